import { COMPLAINT, HOURS, HOURS_TOWN } from './halls'
import { implCode, implementAt } from './implementation'
import { proxyLetterSample } from './samples'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（三）：扬州市人力资源和社会保障局 —— 社会保障卡、城乡居民养老保险、职工退休、失业、就业、工伤。
 */

const HOURS_VILLAGE = '周一至周五 8:30-11:30，14:00-17:00；行动不便的可预约网格员上门代办'
const CITY_RS = {
  name: '扬州市政务服务中心 人社综合窗口',
  address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼人社服务区',
  hours: HOURS,
}
const ONLINE_RS = {
  name: '“江苏智慧人社”App / 江苏政务服务网扬州旗舰店 / “苏服办”',
  address: '网上办理：搜索事项名称，刷脸实名后在线申报',
  hours: '7×24 小时受理，工作日审核',
}
const PHONE = '0514-12333'

export const peopleItems3: ServiceItemSeed[] = []

// ───────────────────────────── 社会保障卡申领 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000001',
  implCode: implCode('100200000001', '321000', 'city'),
  name: '社会保障卡申领',
  aliases: ['办社保卡', '申请社保卡', '第三代社保卡', '新生儿社保卡', '电子社保卡'],
  keywords: ['社会保障卡', '社保卡', '金融账户', '即时制卡', '一卡通'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 86,
  summary: '在扬参保人员首次申领第三代社会保障卡，网上提交照片和邮寄地址，制卡后邮寄，同时可领电子社保卡。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第五十八条',
        text: '……国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保障卡服务中心（网上受理），各合作银行网点可即时制卡',
    conditions: [
      '在扬州参加社会保险（含城乡居民医保、城乡居民养老保险）的人员，或扬州户籍新生儿。',
      '此前未在全国任何地方申领过社会保障卡（已有外地社保卡的请办理“跨省转移换卡”）。',
    ],
    materials: [
      {
        name: '社会保障卡申领信息（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”App 在线填写',
        required: true,
        sample:
          '申请人：王一诺（未成年，监护人李婷代办），身份证号 3210**********0021；合作银行：选择某银行；联系电话 138****6688；邮寄地址：扬州市广陵区文峰街道某小区8幢；照片：已上传（白底、露双耳）。',
        commonMistakes: [
          '为孩子申领时用监护人本人的身份证号登录后直接提交，系统将申请人识别为监护人本人。',
          '邮寄地址不完整，快递退回后须到网点领取。',
        ],
      },
      {
        name: '本人近期免冠彩色照片（白底）',
        form: '电子证照',
        copies: 1,
        source: '申请人上传或调用公安制证照片',
        required: true,
        commonMistakes: ['照片为生活照、侧脸或戴帽子。', '婴儿照片有家长的手或其他人入镜。'],
      },
      {
        name: '居民身份证',
        form: '电子证照',
        copies: 1,
        source: '系统核验',
        required: true,
        commonMistakes: ['身份证已过期，影响银行账户激活。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '刷脸认证，填写信息，上传照片，选择银行和领卡方式。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '审核', description: '核验参保信息与照片。', days: 1, countsTowardLimit: true },
      { name: '制卡', description: '省级制卡中心制卡，写入金融功能。', days: 7, countsTowardLimit: true },
      {
        name: '邮寄与激活',
        description: 'EMS 寄出；收卡后到银行网点或在 App 上激活金融账户。',
        days: 3,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      ONLINE_RS,
      CITY_RS,
      {
        name: '合作银行即时制卡网点',
        address: '全市各合作银行社保卡即时制卡网点（以“扬州人社”公众号公布为准）',
        hours: '以银行网点营业时间为准',
      },
    ],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '银行网点领取', '电子社保卡（“江苏智慧人社”“电子社保卡”小程序）'],
    faq: [
      {
        q: '急用社保卡，能当天拿到吗？',
        a: '可以到合作银行的即时制卡网点现场拍照制卡，一般30分钟左右可取。',
      },
      {
        q: '新生儿社保卡有什么用？',
        a: '新生儿参加城乡居民医保后，凭社保卡可在定点医院直接结算医疗费用；“新生儿出生一件事”中可一并申请。',
      },
    ],
    updatedAt: '2026-10-25',
  },
})

// ───────────────────────────── 社会保障卡补换 ─────────────────────────────
const cardReplace: ServiceItemSeed = {
  baseCode: '100200000002',
  implCode: implCode('100200000002', '321000', 'city'),
  name: '社会保障卡补领、换领',
  aliases: ['社保卡丢了', '补办社保卡', '社保卡坏了', '换社保卡', '社保卡换新'],
  keywords: ['社会保障卡', '社保卡', '补卡', '换卡', '消磁', '芯片损坏'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 85,
  summary: '社保卡丢失、损坏或信息变更的，先挂失（丢失时）再申请补换，网上办理邮寄到家，也可到网点即时制卡。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第七十四条',
        text: '……社会保险经办机构应当及时、完整、准确地记录参加社会保险的个人缴费和用人单位为其缴费，以及享受社会保险待遇等个人权益记录……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保障卡服务中心；各县（市、区）人社窗口、街道（乡镇）便民服务中心可代办',
    conditions: ['持有扬州社保卡，卡片丢失、芯片或磁条损坏、姓名等信息变更。', '卡片丢失的，须先办理正式挂失。'],
    materials: [
      {
        name: '社会保障卡补换卡申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”App 或窗口打印',
        required: true,
        sample:
          '申请人：周红梅，身份证号 3210**********1548；原卡号：********；补换原因：卡片丢失（已于2026年11月3日正式挂失）；领卡方式：邮寄至扬州市广陵区东关街道某巷某号；联系电话 135****7788。',
        commonMistakes: [
          '只做了临时挂失（仅冻结5天左右），未转正式挂失即申请补卡，系统提示原卡状态不符。',
          '换卡原因选“损坏”却未交回旧卡。',
        ],
      },
      {
        name: '原社会保障卡',
        form: '原件',
        copies: 1,
        source: '人社部门发放',
        required: '因损坏、信息变更换领的',
        commonMistakes: ['剪断后交回，导致无法读取原卡信息核对。'],
      },
      {
        name: '代办人居民身份证及委托书',
        form: '原件',
        copies: 1,
        source: '申请人自备',
        required: '委托他人到窗口办理的',
        sample: proxyLetterSample({
          principal: '刘某（身份证号 3210**********2468，社会保障卡已于2026年10月8日挂失）',
          agent: '刘某某（身份证号 3210**********1357，系委托人之女）',
          matter: '补换社会保障卡（原卡遗失）',
          scope: '提交补卡申请、确认制卡照片、领取新卡并设置密码',
        }),
        commonMistakes: ['委托书未注明委托事项为“补换社会保障卡”。'],
      },
    ],
    process: [
      { name: '申请', description: '网上或窗口提交补换卡申请，丢失的先正式挂失。', days: 0, countsTowardLimit: false },
      { name: '审核制卡', description: '审核后制卡，原卡金融账户余额转入新卡账户。', days: 7, countsTowardLimit: true },
      { name: '送达', description: 'EMS 邮寄或网点领取。', days: 3, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 7,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '窗口或银行网点领取'],
    faq: [
      {
        q: '补卡期间看病怎么办？',
        a: '可以使用电子社保卡或医保电子凭证在定点医院、药店结算，不影响待遇享受。',
      },
      {
        q: '旧卡里的钱会丢吗？',
        a: '不会。社保卡金融账户余额、医保个人账户余额都会随卡号变更转移到新卡，可在“江苏智慧人社”查询。',
      },
    ],
    updatedAt: '2026-10-25',
  },
}
peopleItems3.push(
  cardReplace,
  implementAt(cardReplace, {
    level: 'county',
    divisionCode: '321002',
    department: '广陵区人力资源和社会保障局',
    popularity: 52,
    handlingMode: 'once',
    visitCount: 1,
    summary: '在广陵区政务服务中心人社窗口现场补换社保卡，即时制卡，当场取卡。',
    guide: {
      implementer: '扬州市人力资源和社会保障局',
      acceptingUnit: '广陵区人力资源和社会保障局 社保卡服务窗口',
      process: [
        { name: '现场受理', description: '核验身份，正式挂失（丢失时），现场拍照。', days: 0, countsTowardLimit: true },
        { name: '即时制卡', description: '窗口即时制卡机制卡，当场领取并激活。', days: 0, countsTowardLimit: true },
      ],
      promisedLimitDays: 0,
      locations: [{ name: '广陵区政务服务中心 人社窗口', address: '扬州市广陵区政务服务中心二楼人社区', hours: HOURS }],
      consultPhone: '0514-87363652',
    },
  }),
  implementAt(cardReplace, {
    level: 'town',
    divisionCode: '321002001',
    department: '广陵区东关街道便民服务中心',
    popularity: 30,
    handlingMode: 'once',
    visitCount: 1,
    summary: '东关街道居民可在街道便民服务中心申请补换社保卡，新卡寄到中心或家中。',
    guide: {
      implementer: '扬州市人力资源和社会保障局',
      acceptingUnit: '广陵区东关街道便民服务中心 人社服务窗口（代收代办）',
      process: [
        { name: '窗口受理', description: '核验身份，协助挂失、拍照并提交补换申请。', days: 0, countsTowardLimit: true },
        { name: '制卡', description: '市社保卡服务中心审核制卡。', days: 7, countsTowardLimit: true },
        {
          name: '领取',
          description: '新卡寄回街道便民服务中心，短信通知领取，或直接邮寄到家。',
          days: 3,
          countsTowardLimit: false,
        },
      ],
      locations: [
        { name: '东关街道便民服务中心', address: '扬州市广陵区东关街道便民服务中心一楼人社窗口', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87341023',
    },
  }),
)

// ───────────────────────────── 社会保障卡挂失 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000003',
  implCode: implCode('100200000003', '321000', 'city'),
  name: '社会保障卡挂失、解挂',
  aliases: ['社保卡挂失', '社保卡丢了怎么挂失', '社保卡解挂', '冻结社保卡'],
  keywords: ['社会保障卡', '社保卡', '挂失', '临时挂失', '正式挂失', '金融账户'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 60,
  summary: '社保卡丢失后立即通过 App、12333 或银行挂失，防止医保个人账户和金融账户被盗用；找回后可解挂。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第八十八条',
        text: '以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的社会保险金……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保障卡服务中心',
    conditions: ['持卡人本人申请；丢失后应尽快挂失。', '社保功能挂失与银行金融功能挂失须分别确认，App 可一并办理。'],
    materials: [
      {
        name: '挂失申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”App 或 12333 电话',
        required: true,
        sample:
          '持卡人：严冬，身份证号 3210**********0913；挂失类型：正式挂失（社保功能+金融功能）；丢失时间：2026年11月6日；验证方式：刷脸。',
        commonMistakes: [
          '只挂失了金融功能，社保（医保结算）功能仍可使用。',
          '电话临时挂失后未在有效期内转正式挂失，卡片自动解挂。',
        ],
      },
    ],
    process: [
      { name: '挂失', description: 'App 刷脸或 12333 验证身份后即时挂失。', days: 0, countsTowardLimit: true },
      {
        name: '解挂（找回时）',
        description: '持卡及身份证到窗口或在 App 解除挂失；已补卡的原卡不能解挂。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      ONLINE_RS,
      { name: '12333 人社服务热线', address: '电话挂失：拨打 0514-12333 按语音提示操作', hours: '7×24 小时' },
    ],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['即时生效，App 消息通知'],
    faq: [
      {
        q: '挂失了还能用医保吗？',
        a: '挂失后实体卡不能使用，可用医保电子凭证就医结算，补卡后恢复。',
      },
    ],
    updatedAt: '2026-08-12',
  },
})

// ───────────────────────────── 城乡居民基本养老保险参保登记 ─────────────────────────────
const residentPensionJoin: ServiceItemSeed = {
  baseCode: '100200000004',
  implCode: implCode('100200000004', '321003', 'county'),
  name: '城乡居民基本养老保险参保登记',
  aliases: ['农村养老保险', '新农保', '居民养老保险参保', '城乡居保', '交居民养老保险'],
  keywords: ['城乡居民养老保险', '养老保险', '参保', '缴费档次', '个人账户'],
  department: '邗江区人力资源和社会保障局',
  level: 'county',
  divisionCode: '321003',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 68,
  summary: '年满16周岁、未参加职工养老保险的城乡居民，网上参保登记并选择缴费档次，通过税务渠道缴费。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十条、第二十二条',
        text: '国家建立和完善新型农村社会养老保险制度。……国家建立和完善城镇居民社会养老保险制度。……',
      },
      {
        law: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
        article: '五、参保范围',
        text: '年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保险。',
      },
    ],
    implementer: '邗江区人力资源和社会保障局',
    acceptingUnit: '邗江区社会保险经办窗口；各镇（街道）便民服务中心、村（社区）可代办',
    conditions: [
      '邗江区户籍，年满16周岁（不含在校学生）。',
      '未参加职工基本养老保险，且不属于机关事业单位养老保险覆盖范围。',
    ],
    materials: [
      {
        name: '城乡居民基本养老保险参保登记表',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”在线填写或窗口领取',
        required: true,
        sample:
          '参保人：韩桂兰，身份证号 3210**********2642，户籍地址：邗江区公道镇某村某组；参保类别：城乡居民养老保险；缴费方式：按年缴费，经税务“江苏税务”App 缴纳；联系电话 139****5021。',
        commonMistakes: [
          '已在单位参加职工养老保险仍登记居民养老保险，造成重复参保，须清理退费。',
          '户籍地址写现居住地，应填写户口簿上的地址。',
        ],
      },
      {
        name: '居民身份证或户口簿',
        form: '电子证照',
        copies: 1,
        source: '系统核验',
        required: true,
        commonMistakes: ['16周岁学生以学生身份申请，不属于参保范围。'],
      },
      {
        name: '残疾人证、低保证等困难群体证明',
        form: '电子证照',
        copies: 1,
        source: '残联、民政部门共享',
        required: '申请政府代缴最低档次保费的',
        commonMistakes: ['证件已过期或未年审。'],
      },
    ],
    process: [
      { name: '参保申请', description: '网上或窗口提交参保登记。', days: 0, countsTowardLimit: false },
      { name: '审核登记', description: '核查重复参保，建立个人账户。', days: 2, countsTowardLimit: true },
      {
        name: '缴费',
        description: '通过税务渠道（App、银行、村代收）按年缴费，政府按档次给予缴费补贴。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 2,
    fee: { charged: false },
    locations: [
      ONLINE_RS,
      { name: '邗江区政务服务中心 社保窗口', address: '扬州市邗江区政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-87863333',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['参保结果短信通知', '“江苏智慧人社”查询参保凭证'],
    faq: [
      {
        q: '居民养老保险一年交多少？',
        a: '设有多个缴费档次，由参保人自愿选择，档次越高政府补贴越多、将来养老金越高；当年标准以区人社局公布为准。',
      },
      {
        q: '以后进厂上班了，已经交的怎么办？',
        a: '参加职工养老保险后，居民养老保险个人账户可以按规定转入职工养老保险，缴费年限不简单合并计算，具体以转移接续办法为准。',
      },
    ],
    updatedAt: '2026-09-03',
  },
}
peopleItems3.push(
  residentPensionJoin,
  implementAt(residentPensionJoin, {
    level: 'town',
    divisionCode: '321003100',
    department: '邗江区公道镇便民服务中心',
    popularity: 28,
    handlingMode: 'once',
    visitCount: 1,
    summary: '公道镇居民可在镇便民服务中心社保窗口办理城乡居民养老保险参保，当场提交。',
    guide: {
      implementer: '邗江区人力资源和社会保障局',
      acceptingUnit: '邗江区公道镇便民服务中心 劳动保障窗口',
      locations: [
        { name: '公道镇便民服务中心', address: '扬州市邗江区公道镇便民服务中心一楼劳动保障窗口', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87590106',
    },
  }),
  implementAt(residentPensionJoin, {
    level: 'village',
    divisionCode: '321003100',
    department: '邗江区公道镇公道村村民委员会',
    popularity: 15,
    handlingMode: 'once',
    visitCount: 1,
    summary: '村民可在村便民服务站由村协理员代为登记城乡居民养老保险参保，不出村办理。',
    guide: {
      implementer: '邗江区人力资源和社会保障局',
      acceptingUnit: '公道村党群服务中心 便民服务站（劳动保障协理员代办）',
      locations: [{ name: '公道村便民服务站', address: '邗江区公道镇公道村党群服务中心', hours: HOURS_VILLAGE }],
      consultPhone: '0514-87590106',
    },
  }),
)

// ───────────────────────────── 城乡居民养老保险待遇领取 ─────────────────────────────
const residentPensionBenefit: ServiceItemSeed = {
  baseCode: '100200000005',
  implCode: implCode('100200000005', '321012', 'county'),
  name: '城乡居民基本养老保险待遇申领',
  aliases: ['领养老金', '农村养老金领取', '60岁领养老金', '居民养老金申请'],
  keywords: ['城乡居民养老保险', '养老金', '待遇领取', '基础养老金', '年满60周岁'],
  department: '江都区人力资源和社会保障局',
  level: 'county',
  divisionCode: '321012',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 70,
  summary: '参加城乡居民养老保险、年满60周岁、累计缴费满15年的，网上申请按月领取养老金，次月起发放到社保卡。',
  guide: {
    basis: [
      {
        law: '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
        article: '八、养老保险待遇领取条件',
        text: '参加城乡居民养老保险的个人，年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民养老保险待遇。……',
      },
    ],
    implementer: '江都区人力资源和社会保障局',
    acceptingUnit: '江都区社会保险经办窗口；各镇便民服务中心代办',
    conditions: [
      '参加城乡居民养老保险，年满60周岁。',
      '累计缴费满15年；不足15年的可按规定补缴后领取。',
      '未领取职工基本养老金等国家规定的基本养老保障待遇。',
    ],
    materials: [
      {
        name: '城乡居民基本养老保险待遇申领表',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”在线填写或窗口领取',
        required: true,
        sample:
          '申请人：朱长根，身份证号 3210**********1011；出生日期：1966年12月；累计缴费：15年；领取账户：本人社会保障卡金融账户；是否领取其他养老待遇：否；签名（或代办人）：朱长根。',
        commonMistakes: [
          '领取账户填了子女的银行卡，待遇只能发放到本人社保卡。',
          '同时在领取企业职工养老金或机关事业单位退休金却勾选“否”，将被追回重复领取的待遇。',
        ],
      },
      {
        name: '居民身份证',
        form: '电子证照',
        copies: 1,
        source: '系统核验',
        required: true,
        commonMistakes: ['身份证登记的出生日期与档案不一致，须先核定。'],
      },
      {
        name: '社会保障卡（已激活金融功能）',
        form: '电子证照',
        copies: 1,
        source: '人社部门发放',
        required: true,
        commonMistakes: ['社保卡金融功能未激活，待遇无法到账。'],
      },
    ],
    process: [
      {
        name: '申请',
        description: '年满60周岁前后网上提交，或由镇便民服务中心代办。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '审核核定', description: '核定缴费年限、个人账户和基础养老金。', days: 5, countsTowardLimit: true },
      { name: '发放', description: '自年满60周岁的次月起按月发放至社保卡。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      ONLINE_RS,
      { name: '江都区政务服务中心 社保窗口', address: '扬州市江都区政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-86523333',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['待遇核定结果短信通知', '按月发放至社会保障卡'],
    faq: [
      {
        q: '到60岁会自动发吗？',
        a: '多数情况下系统会提醒并由村（社区）协理员协助申请，但仍需本人确认申领；未申请的不会自动发放。',
      },
      {
        q: '每年还要认证吗？',
        a: '需要。领取待遇后每年进行一次领取资格认证，可在“江苏智慧人社”刷脸完成，也可由村协理员上门协助。',
      },
    ],
    updatedAt: '2026-09-03',
  },
}
peopleItems3.push(
  residentPensionBenefit,
  implementAt(residentPensionBenefit, {
    level: 'town',
    divisionCode: '321012114',
    department: '江都区邵伯镇便民服务中心',
    popularity: 26,
    handlingMode: 'once',
    visitCount: 1,
    summary: '邵伯镇参保居民到镇便民服务中心申请城乡居民养老金，工作人员代为提交。',
    guide: {
      implementer: '江都区人力资源和社会保障局',
      acceptingUnit: '江都区邵伯镇便民服务中心 劳动保障窗口',
      locations: [{ name: '邵伯镇便民服务中心', address: '扬州市江都区邵伯镇便民服务中心一楼', hours: HOURS_TOWN }],
      consultPhone: '0514-86931025',
    },
  }),
)

// ───────────────────────────── 职工退休 ─────────────────────────────
const retire: ServiceItemSeed = {
  baseCode: '100200000006',
  implCode: implCode('100200000006', '321000', 'city'),
  name: '企业职工基本养老保险退休申请（正常退休、弹性退休）',
  aliases: ['办退休', '退休手续', '到龄退休', '养老金核定', '灵活就业人员退休'],
  keywords: ['职工养老保险', '退休', '养老金', '弹性退休', '延迟退休', '待遇核定'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 80,
  summary: '达到法定退休年龄、累计缴费满最低年限的参保人，由单位或本人网上申请退休，核定养老金后按月发放。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第十六条',
        text: '参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。……',
      },
      {
        law: '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》',
        article: '一',
        text: '同步启动延迟男、女职工的法定退休年龄，用十五年时间，逐步将男职工的法定退休年龄从原六十周岁延迟至六十三周岁，将女职工的法定退休年龄从原五十周岁、五十五周岁，分别延迟至五十五周岁、五十八周岁。',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构（网上受理）',
    conditions: [
      '达到本人法定退休年龄（按渐进式延迟退休办法计算），或符合弹性提前、弹性延迟退休条件。',
      '职工基本养老保险累计缴费年限达到当年最低缴费年限（2030年前为15年，之后逐步提高）。',
      '参保档案中的出生日期、参加工作时间、视同缴费年限已核实。',
    ],
    materials: [
      {
        name: '职工退休申请表',
        form: '在线填写',
        copies: 1,
        source: '用人单位或本人在线填写',
        required: true,
        sample:
          '申请人：钱国平，身份证号 3210**********1533；出生日期：1965年8月；退休类型：正常退休；单位：扬州某机械有限公司（灵活就业人员填“个人”）；累计缴费：28年3个月（含视同缴费5年）；领取账户：本人社会保障卡。',
        commonMistakes: [
          '按老的“男60女50”计算退休时间，未按渐进式延迟后的月份申报。',
          '视同缴费年限未提供人事档案中的招工、转正材料。',
        ],
      },
      {
        name: '本人人事档案',
        form: '原件',
        copies: 1,
        source: '档案保管机构（单位、人才中心）',
        required: '有视同缴费年限或档案出生日期需要认定的',
        commonMistakes: ['档案中出生日期前后记载不一致，又未按最早记载认定。'],
      },
      {
        name: '弹性退休书面申请',
        form: '电子证照',
        copies: 1,
        source: '本人提出；延迟的须与单位协商一致',
        required: '申请弹性提前或弹性延迟退休的',
        commonMistakes: ['提前时间超过3年或早于原法定退休年龄。'],
      },
    ],
    process: [
      { name: '申请', description: '达到退休年龄前一个月内网上提交申请。', days: 0, countsTowardLimit: false },
      { name: '资格审核', description: '审核年龄、缴费年限和档案。', days: 5, countsTowardLimit: true },
      {
        name: '待遇核定',
        description: '计算基础养老金、个人账户养老金和过渡性养老金。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '发放',
        description: '自退休次月起按月发放，退休核准信息推送医保部门。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['待遇核定表电子送达（“江苏智慧人社”下载）', '按月发放至社会保障卡'],
    faq: [
      {
        q: '缴费不满15年怎么办？',
        a: '可以延长缴费至满最低缴费年限后按月领取；也可以申请转入城乡居民养老保险，按城乡居民养老保险规定享受待遇。',
      },
      {
        q: '退休后医保还要交吗？',
        a: '职工医保累计缴费年限达到扬州市规定年限的，退休后不再缴费；不足的须一次性补足，具体咨询医保部门。',
      },
    ],
    updatedAt: '2026-11-02',
  },
}
peopleItems3.push(
  retire,
  implementAt(retire, {
    level: 'county',
    divisionCode: '321081',
    department: '仪征市人力资源和社会保障局',
    popularity: 40,
    summary: '仪征市参保职工由单位或本人网上申请退休，仪征市社保经办机构审核档案、核定待遇，核定表电子送达。',
    guide: {
      implementer: '仪征市人力资源和社会保障局',
      acceptingUnit: '仪征市社会保险经办窗口',
      locations: [
        ONLINE_RS,
        { name: '仪征市政务服务中心 社保窗口', address: '仪征市真州镇仪征市政务服务中心二楼', hours: HOURS },
      ],
      consultPhone: '0514-83423333',
    },
  }),
)

// ───────────────────────────── 丧葬补助金、抚恤金 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000007',
  implCode: implCode('100200000007', '321000', 'city'),
  name: '参保人员死亡后丧葬补助金、抚恤金申领及待遇停发',
  aliases: ['丧葬费', '抚恤金', '退休人员去世领丧葬费', '养老金停发', '个人账户继承'],
  keywords: ['丧葬补助金', '抚恤金', '遗属', '个人账户余额', '身后一件事', '待遇停发'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 55,
  summary: '参保人员因病或非因工死亡的，遗属网上申领丧葬补助金、抚恤金及个人账户余额，同时停发养老金。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第十七条',
        text: '参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金；……所需资金从基本养老保险基金中支付。',
      },
      {
        law: '《中华人民共和国社会保险法》',
        article: '第十四条',
        text: '个人账户不得提前支取，记账利率不得低于银行定期存款利率，免征利息税。个人死亡的，个人账户余额可以继承。',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构（网上受理）',
    conditions: [
      '死者生前参加扬州市企业职工基本养老保险（含已退休人员）。',
      '已办理户口注销或有死亡信息共享记录。',
      '由配偶、子女、父母等法定继承人申领；多个继承人的，推选一人代表申领。',
    ],
    materials: [
      {
        name: '丧葬补助金、抚恤金申领表',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”或“苏服办”“身后一件事”',
        required: true,
        sample:
          '死者：周某某，身份证号 3210**********0318，死亡日期：2026年9月12日，原领取养老金；申领人：周某（子），身份证号 3210**********2519，与死者关系：子；领取账户：申领人本人银行卡；其他继承人：周某某（女），已签署同意书。',
        commonMistakes: [
          '死亡当月之后已多发的养老金未退回，核定时会从丧葬费中扣减。',
          '其他继承人未签同意书，或同意书签名非本人所签。',
        ],
      },
      {
        name: '居民死亡医学证明或户口注销证明',
        form: '电子证照',
        copies: 1,
        source: '卫健、公安部门共享',
        required: true,
        commonMistakes: ['外省死亡信息未共享，须上传死亡证明扫描件。'],
      },
      {
        name: '亲属关系证明',
        form: '电子证照',
        copies: 1,
        source: '户籍信息共享或公证处出具',
        required: '申领人与死者不在同一户籍的',
        commonMistakes: ['仅提供村委会证明，未能体现具体亲属关系。'],
      },
    ],
    process: [
      { name: '申请', description: '网上提交申领。', days: 0, countsTowardLimit: false },
      {
        name: '审核核定',
        description: '停发养老金，核定丧葬补助金、抚恤金和个人账户余额，扣回多发待遇。',
        days: 5,
        countsTowardLimit: true,
      },
      { name: '支付', description: '一次性支付至申领人账户。', days: 3, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 8,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['一次性支付至申领人银行账户', '核定结果短信通知'],
    faq: [
      {
        q: '丧葬费和抚恤金是多少？',
        a: '按江苏省现行标准，丧葬补助金和抚恤金与死者生前待遇、缴费年限及当地平均工资相关，核定结果在“江苏智慧人社”可查询明细。',
      },
      {
        q: '老人去世两个月后才申报，养老金怎么办？',
        a: '死亡次月起的养老金属于多发待遇，须退还；通常在核定丧葬补助金时直接抵扣。',
      },
    ],
    updatedAt: '2026-10-09',
  },
})

// ───────────────────────────── 失业保险金申领 ─────────────────────────────
const unemployment: ServiceItemSeed = {
  baseCode: '100200000008',
  implCode: implCode('100200000008', '321000', 'city'),
  name: '失业保险金申领',
  aliases: ['领失业金', '失业金申请', '失业补助', '被辞退领钱'],
  keywords: ['失业保险金', '失业保险', '失业登记', '医保代缴', '失业'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 79,
  summary: '非因本人意愿中断就业、失业前缴纳失业保险满一年的，网上申领失业保险金，凭身份证即可办理。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第四十五条',
        text: '失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。',
      },
      {
        law: '《中华人民共和国社会保险法》',
        article: '第四十八条',
        text: '失业人员在领取失业保险金期间，参加职工基本医疗保险，享受基本医疗保险待遇。……',
      },
      {
        law: '《失业保险条例》',
        article: '第十七条',
        text: '失业人员失业前所在单位和本人按照规定累计缴费时间满1年不足5年的，领取失业保险金的期限最长为12个月；……满5年不足10年的……最长为18个月；……10年以上的……最长为24个月。……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构（失业保险）',
    conditions: [
      '失业前单位和本人累计缴纳失业保险费满1年。',
      '非因本人意愿中断就业（合同到期单位不续签、单位解除合同等；主动辞职的不符合）。',
      '已办理失业登记并有求职要求（网上申领时同步完成失业登记）。',
      '单位已在系统中办理减员、停保。',
    ],
    materials: [
      {
        name: '失业保险金申领登记表',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”或国家社会保险公共服务平台',
        required: true,
        sample:
          '申请人：黄蕾，身份证号 3210**********4420；原单位：扬州某电子有限公司；离职日期：2026年8月31日；离职原因：劳动合同期满单位不续订；累计缴纳失业保险：6年2个月；领取账户：本人社会保障卡；求职意向：行政文员。',
        commonMistakes: [
          '离职原因选“个人原因”，不符合非自愿失业条件而被退回。',
          '原单位尚未办理停保减员即申请，系统提示参保状态为“在职”。',
        ],
      },
      {
        name: '解除或终止劳动关系证明',
        form: '电子证照',
        copies: 1,
        source: '原用人单位出具（单位已网上减员的可免交）',
        required: '系统无法查询到离职原因的',
        commonMistakes: ['单位出具的证明写“自愿离职”，与实际不符时应先与单位协商或申请劳动仲裁。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交申请并完成失业登记。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '核定缴费时间、领取期限和标准。', days: 3, countsTowardLimit: true },
      { name: '发放', description: '按月发放至社保卡，同时代缴职工医保费。', days: 2, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['按月发放至社会保障卡', '审核结果短信通知'],
    faq: [
      {
        q: '失业金每月多少钱？',
        a: '按扬州市现行标准发放，不低于城市居民最低生活保障标准、不高于当地最低工资标准，具体金额以核定结果为准。',
      },
      {
        q: '领失业金期间找到工作了怎么办？',
        a: '重新就业后停止领取，未领完的期限可保留，下次失业时合并计算，最长不超过24个月。',
      },
    ],
    updatedAt: '2026-09-17',
  },
}
peopleItems3.push(
  unemployment,
  implementAt(unemployment, {
    level: 'county',
    divisionCode: '321084',
    department: '高邮市人力资源和社会保障局',
    popularity: 38,
    guide: {
      implementer: '高邮市人力资源和社会保障局',
      acceptingUnit: '高邮市社会保险经办机构（失业保险）',
      locations: [
        ONLINE_RS,
        { name: '高邮市政务服务中心 人社窗口', address: '高邮市高邮街道高邮市政务服务中心二楼', hours: HOURS },
      ],
      consultPhone: '0514-84683333',
    },
  }),
)

// ───────────────────────────── 就业登记 ─────────────────────────────
const employReg: ServiceItemSeed = {
  baseCode: '100200000009',
  implCode: implCode('100200000009', '321000', 'city'),
  name: '就业登记（灵活就业、个体经营、单位招用）',
  aliases: ['就业登记', '灵活就业登记', '就业创业证', '就业失业登记证'],
  keywords: ['就业', '灵活就业', '就业创业证', '创业补贴', '社保补贴'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 50,
  summary: '劳动者实现就业后办理就业登记，作为享受社保补贴、创业扶持等政策的依据，网上提交、即时办结。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国就业促进法》',
        article: '第三十五条',
        text: '县级以上人民政府建立健全公共就业服务体系，设立公共就业服务机构，为劳动者免费提供下列服务……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市公共就业人才服务机构；各街道（乡镇）劳动保障服务所',
    conditions: ['在法定劳动年龄内，已实现就业（含灵活就业、个体经营）。', '登记信息须真实，享受补贴的将进行核查。'],
    materials: [
      {
        name: '就业登记信息（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”或江苏公共就业服务平台',
        required: true,
        sample:
          '登记人：陆晓敏，身份证号 3210**********0725；就业形式：灵活就业（网络主播）；就业起始日期：2026年7月1日；就业地：扬州市广陵区；是否申请社保补贴：是（就业困难人员）。',
        commonMistakes: [
          '就业形式选“单位就业”但单位未参保，系统无法匹配。',
          '就业起始日期晚于社保缴费月份，补贴期间计算错误。',
        ],
      },
      {
        name: '就业困难人员认定材料',
        form: '电子证照',
        copies: 1,
        source: '人社部门认定',
        required: '申请灵活就业社保补贴的',
        commonMistakes: ['未先办理就业困难人员认定。'],
      },
    ],
    process: [
      { name: '网上登记', description: '填写就业信息提交。', days: 0, countsTowardLimit: true },
      { name: '即时办结', description: '系统比对后即时登记，生成电子就业创业证。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子就业创业证（“江苏智慧人社”）'],
    faq: [
      {
        q: '就业创业证还有纸质的吗？',
        a: '已全面推行电子就业创业证，不再发放纸质证件；需要证明的可在 App 下载打印。',
      },
    ],
    updatedAt: '2026-07-30',
  },
}
peopleItems3.push(
  employReg,
  implementAt(employReg, {
    level: 'town',
    divisionCode: '321002004',
    department: '广陵区曲江街道便民服务中心',
    popularity: 22,
    handlingMode: 'once',
    visitCount: 1,
    summary: '曲江街道劳动保障服务所现场帮助辖区居民办理就业登记和就业困难人员认定。',
    guide: {
      implementer: '广陵区人力资源和社会保障局',
      acceptingUnit: '广陵区曲江街道劳动保障服务所（设在街道便民服务中心）',
      locations: [
        {
          name: '曲江街道便民服务中心 劳动保障窗口',
          address: '扬州市广陵区曲江街道便民服务中心一楼',
          hours: HOURS_TOWN,
        },
      ],
      consultPhone: '0514-87368012',
    },
  }),
)

// ───────────────────────────── 灵活就业人员参保 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000010',
  implCode: implCode('100200000010', '321000', 'city'),
  name: '灵活就业人员参加企业职工基本养老保险登记',
  aliases: ['个人交社保', '自由职业交社保', '灵活就业参保', '个人缴养老保险'],
  keywords: ['灵活就业', '职工养老保险', '参保登记', '个人缴费', '新就业形态'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 66,
  summary: '无雇工的个体工商户、自由职业者等灵活就业人员，网上登记参加职工养老保险，按月或按年通过税务缴费。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第十条',
        text: '……无雇工的个体工商户、未在用人单位参加基本养老保险的非全日制从业人员以及其他灵活就业人员可以参加基本养老保险，由个人缴纳基本养老保险费。……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构',
    conditions: ['年满16周岁至法定退休年龄，在扬州灵活就业。', '未在用人单位参加职工养老保险。'],
    materials: [
      {
        name: '灵活就业人员参保登记表',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”在线填写',
        required: true,
        sample:
          '参保人：沈浩，身份证号 3210**********3619；户籍：江苏省扬州市；参保险种：企业职工基本养老保险（同时选择职工医保）；缴费基数：按扬州市公布的下限；缴费方式：按月由“江苏税务”App 扣款。',
        commonMistakes: [
          '已在城乡居民养老保险参保未先停保，造成同一时期重复参保。',
          '选择缴费基数时低于当年公布的下限。',
        ],
      },
    ],
    process: [
      { name: '网上登记', description: '填写参保信息，选择险种和缴费基数。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '核查重复参保，完成登记并推送税务部门。', days: 1, countsTowardLimit: true },
      { name: '缴费', description: '通过税务渠道缴费。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [ONLINE_RS, CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['参保结果短信通知'],
    faq: [
      {
        q: '外地户口能在扬州以灵活就业身份交社保吗？',
        a: '可以，已取消就业地参保的户籍限制，外地户籍在扬州灵活就业的可直接登记。',
      },
      {
        q: '交的钱什么时候能退休领？',
        a: '达到法定退休年龄且累计缴费满最低年限后，按职工养老保险办法计发养老金。',
      },
    ],
    updatedAt: '2026-08-22',
  },
})

// ───────────────────────────── 技能提升补贴 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000011',
  implCode: implCode('100200000011', '321000', 'city'),
  name: '职业技能提升补贴申领',
  aliases: ['技能补贴', '考证补贴', '技能人才补贴', '拿证领钱', '职业资格证补贴'],
  keywords: ['技能提升补贴', '失业保险', '职业技能等级证书', '职业资格证书', '技能人才'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 62,
  summary: '参加失业保险满1年、取得职业资格证书或职业技能等级证书的企业职工，在发证12个月内网上申领补贴。',
  guide: {
    basis: [
      {
        law: '《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》（人社部发〔2017〕40号）',
        article: '一、二',
        text: '……依法参加失业保险，累计缴纳失业保险费……取得职业资格证书或职业技能等级证书的企业职工，可申请参保职工技能提升补贴……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构（失业保险）',
    conditions: [
      '在扬州参加失业保险，累计缴费满1年（以现行政策为准）。',
      '取得初级（五级）、中级（四级）、高级（三级）职业资格证书或职业技能等级证书，证书可在全国联网查询。',
      '自证书核发之日起12个月内申请；同一职业同一等级只能申领一次。',
    ],
    materials: [
      {
        name: '技能提升补贴申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”在线填写',
        required: true,
        sample:
          '申请人：蔡俊，身份证号 3210**********5836；证书：职业技能等级证书（电工 四级/中级工），证书编号 S00*************，发证日期：2026年6月18日；领取账户：本人社会保障卡。',
        commonMistakes: [
          '证书编号抄错一位，系统无法联网核验。',
          '超过发证12个月才申请。',
          '同一等级证书已在外地领过补贴再次申请。',
        ],
      },
    ],
    process: [
      { name: '网上申请', description: '填写证书信息。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '核验参保缴费和证书信息。', days: 10, countsTowardLimit: true },
      { name: '公示', description: '审核通过名单在“扬州人社”网站公示。', days: 5, countsTowardLimit: false },
      { name: '发放', description: '补贴发放至本人社会保障卡。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [ONLINE_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['补贴发放至社会保障卡', '审核结果短信通知'],
    faq: [
      {
        q: '补贴标准是多少？',
        a: '按证书等级发放，初级、中级、高级标准依次提高（常见为1000元、1500元、2000元），以扬州市当年公布的标准为准。',
      },
      {
        q: '已经退休或正在领失业金的能申请吗？',
        a: '技能提升补贴面向在职参保职工；领取失业保险金人员可申请职业培训补贴，两者不重复享受。',
      },
    ],
    updatedAt: '2026-06-30',
  },
})

// ───────────────────────────── 工伤认定 ─────────────────────────────
const injury: ServiceItemSeed = {
  baseCode: '100200000012',
  implCode: implCode('100200000012', '321000', 'city'),
  name: '工伤认定申请',
  aliases: ['认定工伤', '上班受伤', '工伤申报', '上下班路上出车祸'],
  keywords: ['工伤保险', '工伤认定', '职业病', '事故伤害', '认定决定书'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 58,
  summary: '职工因工受伤或患职业病，由单位30日内、个人或近亲属1年内提出工伤认定申请，现场核对原件并接受调查核实。',
  guide: {
    basis: [
      {
        law: '《工伤保险条例》',
        article: '第十七条',
        text: '职工发生事故伤害或者按照职业病防治法规定被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请。……用人单位未按前款规定提出工伤认定申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日或者被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请。',
      },
      {
        law: '《工伤保险条例》',
        article: '第二十条',
        text: '社会保险行政部门应当自受理工伤认定申请之日起60日内作出工伤认定的决定，并书面通知申请工伤认定的职工或者其近亲属和该职工所在单位。社会保险行政部门对受理的事实清楚、权利义务明确的工伤认定申请，应当在15日内作出工伤认定的决定。……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市人力资源和社会保障局 工伤保险处（市政务服务中心人社窗口受理）',
    conditions: [
      '受伤职工与用人单位存在劳动关系（含事实劳动关系）。',
      '在申请时限内：单位30日，职工或近亲属、工会1年。',
      '须到窗口提交：诊断证明、病历等须核对原件，申请人须当面接受询问并签署调查笔录，认定书须本人签收。',
    ],
    materials: [
      {
        name: '工伤认定申请表',
        form: '原件',
        copies: 2,
        source: '窗口领取或网站下载',
        required: true,
        sample:
          '受伤职工：刘建军，身份证号 3210**********2213；用人单位：扬州某建筑工程有限公司；受伤时间：2026年10月15日9时30分；地点：公司承建的某项目3号楼施工现场；经过：在脚手架上绑扎钢筋时踩空坠落，致左小腿骨折；申请人：扬州某建筑工程有限公司（盖章）。',
        commonMistakes: [
          '受伤经过只写“工作时摔伤”，未写明时间、地点、从事的工作和受伤部位。',
          '受伤时间与医院首诊病历时间相差较大又无说明。',
          '单位申请时未加盖单位公章，个人申请时未签名。',
        ],
      },
      {
        name: '劳动合同或其他劳动关系证明',
        form: '原件和复印件',
        copies: 1,
        source: '用人单位或申请人提供',
        required: true,
        commonMistakes: ['没有劳动合同时只提供口头说明，应提供工资流水、工作证、考勤记录等。'],
      },
      {
        name: '医疗诊断证明或职业病诊断证明书',
        form: '原件和复印件',
        copies: 1,
        source: '医疗机构出具',
        required: true,
        commonMistakes: ['只有出院小结，没有首诊病历。'],
      },
      {
        name: '交通事故认定书',
        form: '复印件',
        copies: 1,
        source: '公安机关交通管理部门出具',
        required: '上下班途中发生交通事故的',
        commonMistakes: ['事故认定书显示本人负主要责任，不符合认定条件仍坚持提交。'],
      },
    ],
    process: [
      {
        name: '窗口受理',
        description: '核对原件，材料完整的出具受理决定书；不完整的一次性告知补正。',
        days: 5,
        countsTowardLimit: false,
      },
      { name: '调查核实', description: '向单位、证人调查取证，制作笔录。', days: 30, countsTowardLimit: true },
      { name: '作出决定', description: '作出认定或不予认定工伤决定。', days: 10, countsTowardLimit: true },
      { name: '送达', description: '申请人到窗口签收或邮寄送达工伤认定决定书。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 45,
    fee: { charged: false },
    locations: [CITY_RS],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口签收', 'EMS 邮寄送达'],
    faq: [
      {
        q: '单位不给申报工伤怎么办？',
        a: '职工本人或近亲属可在受伤之日起1年内直接申请；单位不认可劳动关系的，可先申请劳动仲裁确认劳动关系，仲裁期间工伤认定时限中止。',
      },
      {
        q: '下班顺路去买菜被车撞了算工伤吗？',
        a: '在合理时间、合理路线的上下班途中（含顺路接送孩子、买菜等日常必要活动），受到非本人主要责任的交通事故伤害，可以认定为工伤。',
      },
      {
        q: '认定完工伤就能拿赔偿了吗？',
        a: '还需进行劳动能力鉴定，再按鉴定等级申领一次性伤残补助金等工伤保险待遇。',
      },
    ],
    updatedAt: '2026-10-27',
  },
}
peopleItems3.push(
  injury,
  implementAt(injury, {
    level: 'county',
    divisionCode: '321002',
    department: '广陵区人力资源和社会保障局',
    popularity: 30,
    visitCount: 1,
    summary: '用人单位在广陵区参加工伤保险的，到区政务服务中心人社窗口提交工伤认定申请，认定书邮寄送达。',
    guide: {
      implementer: '广陵区人力资源和社会保障局',
      acceptingUnit: '广陵区人力资源和社会保障局 工伤认定窗口',
      locations: [{ name: '广陵区政务服务中心 人社窗口', address: '扬州市广陵区政务服务中心二楼人社区', hours: HOURS }],
      delivery: ['EMS 邮寄送达'],
      consultPhone: '0514-87363652',
    },
  }),
)

// ───────────────────────────── 养老待遇资格认证 ─────────────────────────────
peopleItems3.push({
  baseCode: '100200000013',
  implCode: implCode('100200000013', '321000', 'city'),
  name: '领取社会保险待遇资格认证',
  aliases: ['养老金认证', '刷脸认证', '生存认证', '退休人员年审', '领养老金认证'],
  keywords: ['待遇资格认证', '养老金', '刷脸', '社保认证', '异地居住'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 75,
  summary: '领取养老金、工伤长期待遇的人员每年完成一次资格认证，手机刷脸即可，行动不便的可预约上门。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第八十八条',
        text: '以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的，由社会保险行政部门责令退回骗取的社会保险金，处骗取金额二倍以上五倍以下的罚款。',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构',
    conditions: ['按月领取扬州基本养老保险、工伤保险长期待遇的人员。', '认证周期为12个月，到期前系统会短信提醒。'],
    materials: [
      {
        name: '人脸识别认证（App 操作）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”App 或“电子社保卡”小程序',
        required: true,
        sample:
          '认证人：陈秀英，身份证号 3210**********0026；认证方式：子女手机“为家人认证”刷脸；认证结果：通过，下次认证截止日期 2027年11月。',
        commonMistakes: [
          '光线太暗或戴老花镜、口罩，人脸比对失败。',
          '子女用自己的脸为老人认证，属于冒认，将暂停待遇。',
        ],
      },
    ],
    process: [
      { name: '刷脸认证', description: 'App 中按提示眨眼、摇头完成比对。', days: 0, countsTowardLimit: true },
      {
        name: '上门认证（可选）',
        description: '失能、高龄人员由社区工作人员预约上门认证。',
        days: 3,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      ONLINE_RS,
      { name: '社区（村）便民服务站', address: '各街道（乡镇）、社区（村）便民服务站可协助认证', hours: HOURS_TOWN },
    ],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['认证结果即时显示'],
    faq: [
      {
        q: '老人住在外地子女家怎么认证？',
        a: '全国范围内都可以用手机刷脸认证，不受居住地限制；也可以到居住地社保经办机构协助认证。',
      },
      {
        q: '忘了认证养老金会停吗？',
        a: '超过认证期限未认证的暂停发放，补做认证后恢复，暂停期间的待遇可补发。',
      },
    ],
    updatedAt: '2026-11-15',
  },
})
