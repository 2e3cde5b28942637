import { COMPLAINT, HOURS } from './halls'
import { implCode, implementAt } from './implementation'
import { proxyLetterSample } from './samples'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（二）：扬州市公安局 出入境、车驾管、非机动车登记、无犯罪记录证明。
 */

const HOURS_EXIT = '周一至周五 8:30-12:00，13:30-17:00（夏季 14:00-17:30）；周六 9:00-12:00 出入境延时服务'
const EXIT_HALL = {
  name: '扬州市公安局出入境管理支队 出入境接待大厅',
  address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）出入境服务区',
  hours: HOURS_EXIT,
}
const DMV = {
  name: '扬州市公安局交通警察支队车辆管理所',
  address: '扬州市车辆管理所业务大厅（具体站点以“交管12123”App 公布为准）',
  hours: '周一至周日 8:30-12:00，13:30-17:00（法定节假日除外）',
}
const APP_12123 = {
  name: '“交管12123”App',
  address: '网上办理：登录“交管12123”App 或 js.122.gov.cn',
  hours: '7×24 小时受理',
}
const NIA_APP = {
  name: '“移民局”App / “江苏出入境”微信公众号',
  address: '网上预约、填表、缴费与进度查询',
  hours: '7×24 小时',
}
const EXIT_PHONE = '0514-12367'

export const peopleItems2: ServiceItemSeed[] = []

// ───────────────────────────── 普通护照 ─────────────────────────────
const passport: ServiceItemSeed = {
  baseCode: '100100000011',
  implCode: implCode('100100000011', '321000', 'city'),
  name: '普通护照签发',
  aliases: ['办护照', '护照过期换发', '护照丢了补办', '出国护照'],
  keywords: ['护照', '出入境', '出国', '全国通办', '换发', '补发'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 84,
  summary: '首次申请、换发、补发普通护照，全国通办，本人到出入境大厅采集一次指纹照片，证件可邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国护照法》',
        article: '第五条',
        text: '公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，由本人向户籍所在地的县级以上地方人民政府公安机关出入境管理机构申请普通护照。',
      },
      {
        law: '《中华人民共和国护照法》',
        article: '第六条',
        text: '公民申请普通护照，应当提交本人的居民身份证、户口簿、近期免冠照片以及申请事由的相关材料。……公安机关出入境管理机构应当自收到申请材料之日起十五日内签发普通护照……',
      },
      {
        law: '《中华人民共和国出境入境管理法》',
        article: '第九条',
        text: '中国公民出境入境，应当依法申请办理护照或者其他旅行证件。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局出入境管理支队及各县（市、区）公安局出入境管理大队（全国通办，非扬州户籍也可申请）',
    conditions: [
      '中国内地居民，不属于《出境入境管理法》第十二条规定的不准出境情形。',
      '国家工作人员须按规定先经所在单位人事部门备案并出具意见。',
      '须本人到场采集指纹和照片；未满16周岁的由监护人陪同。',
    ],
    materials: [
      {
        name: '中国公民出入境证件申请表',
        form: '在线填写',
        copies: 1,
        source: '“移民局”App 预填或大厅自助机填写',
        required: true,
        sample:
          '申请人：吴佳怡，身份证号 3210**********0044；申请类别：首次申请；出境事由：旅游；紧急联系人：吴某（父），电话 139****5678；取证方式：EMS 邮寄至扬州市广陵区文峰街道某小区；签名：吴佳怡。',
        commonMistakes: [
          '紧急联系人填写本人手机号。',
          '申请类别选错：护照遗失应选“补发”，有效期不足6个月或签证页用完应选“换发”。',
          '未满16周岁申请人由祖父母签字，但未提供监护人委托书。',
        ],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['身份证已过期，须先换领身份证或同时持临时身份证。'],
      },
      {
        name: '出入境证件数码照片回执',
        form: '电子证照',
        copies: 1,
        source: '大厅现场拍摄或出入境认可照相点',
        required: true,
        commonMistakes: ['在普通照相馆拍的照片不是出入境证件照片标准，不能使用。'],
      },
      {
        name: '原护照',
        form: '原件',
        copies: 1,
        source: '公安机关出入境管理机构签发',
        required: '换发的',
        commonMistakes: ['原护照内有有效签证却被剪角作废，未提前告知民警保留。'],
      },
      {
        name: '国家工作人员备案证明或单位意见',
        form: '原件',
        copies: 1,
        source: '所在单位人事部门出具',
        required: '属于登记备案国家工作人员的',
        commonMistakes: ['单位意见未加盖人事部门公章。'],
      },
    ],
    process: [
      {
        name: '预约与填表',
        description: '在“移民局”App 预约并预填申请表（可不预约，现场取号）。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '现场受理', description: '核验身份证，采集照片和指纹，缴费。', days: 0, countsTowardLimit: true },
      { name: '审批制证', description: '出入境管理机构审批，省厅统一制证。', days: 6, countsTowardLimit: true },
      { name: '领证', description: 'EMS 邮寄到家或凭回执到大厅领取。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 7,
    fee: {
      charged: true,
      basis: '《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格规〔2019〕914号）',
      standard: '普通护照每本120元；EMS 邮寄费另计（到付）。',
    },
    locations: [EXIT_HALL, NIA_APP],
    consultPhone: EXIT_PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '大厅领取'],
    faq: [
      {
        q: '外地户口能在扬州办护照吗？',
        a: '可以。普通护照已实行全国通办，持本人身份证即可在扬州任一出入境接待大厅申请，无需居住证。',
      },
      {
        q: '护照还没到期能提前换吗？',
        a: '护照有效期不足6个月、签证页即将用完或登记项目变更的，可申请换发；其他情况一般不予提前换发。',
      },
      {
        q: '拿到护照就能出国吗？',
        a: '护照只是身份证件，前往国家要求签证的，还须向该国驻华使领馆申请签证。',
      },
    ],
    updatedAt: '2026-10-14',
  },
}
peopleItems2.push(
  passport,
  implementAt(passport, {
    level: 'county',
    divisionCode: '321023',
    department: '宝应县公安局',
    popularity: 40,
    guide: {
      implementer: '宝应县公安局',
      acceptingUnit: '宝应县公安局出入境管理大队接待大厅',
      locations: [
        { name: '宝应县政务服务中心 出入境窗口', address: '宝应县安宜镇宝应县政务服务中心二楼', hours: HOURS },
        NIA_APP,
      ],
      consultPhone: '0514-88291367',
    },
  }),
)

// ───────────────────────────── 往来港澳通行证 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000012',
  implCode: implCode('100100000012', '321000', 'city'),
  name: '往来港澳通行证及签注签发',
  aliases: ['港澳通行证', '办港澳通行证', '去香港办证', '港澳签注', '去澳门'],
  keywords: ['往来港澳通行证', '签注', '团队旅游', '个人旅游', '探亲', '出入境'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 80,
  summary: '首次申请、换发、补发电子往来港澳通行证并同时申请签注，全国通办，到大厅一次，可邮寄。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国出境入境管理法》',
        article: '第十条',
        text: '中国公民往来内地与香港特别行政区、澳门特别行政区，中国公民往来大陆与台湾地区，应当依法申请办理通行证件，并遵守本法有关规定。……',
      },
      {
        law: '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》',
        article: '第三条',
        text: '内地公民因私事前往香港、澳门，凭我国公安机关签发的前往港澳通行证或者往来港澳通行证……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局出入境管理支队及各县（市、区）出入境管理大队',
    conditions: [
      '中国内地居民，不属于不准出境情形。',
      '申请探亲签注须有港澳居民亲属；商务签注须为在扬备案企业人员。',
      '须本人到场采集指纹照片；已有有效证件、仅申请再次签注的，可使用大厅自助签注机即时办理。',
    ],
    materials: [
      {
        name: '中国公民出入境证件申请表',
        form: '在线填写',
        copies: 1,
        source: '“移民局”App 预填或大厅自助机填写',
        required: true,
        sample:
          '申请人：杨帆，身份证号 3210**********5513；申请证件：往来港澳通行证（首次）；签注：香港个人旅游一次有效、澳门团队旅游一次有效；取证方式：EMS；签名：杨帆。',
        commonMistakes: [
          '前往香港选了“团队旅游”，实际自由行，入境时须签注类型与行程一致。',
          '探亲签注未填写港澳亲属姓名及证件号码。',
        ],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['身份证过期。'],
      },
      {
        name: '出入境证件数码照片回执',
        form: '电子证照',
        copies: 1,
        source: '大厅现场拍摄',
        required: true,
        commonMistakes: ['照片与护照用同一回执号但已超过6个月。'],
      },
      {
        name: '港澳亲属身份证明及亲属关系证明',
        form: '原件和复印件',
        copies: 1,
        source: '申请人自备',
        required: '申请探亲签注的',
        commonMistakes: ['亲属关系证明为口头说明，未提供结婚证、出生证等书面证明。'],
      },
    ],
    process: [
      {
        name: '现场受理',
        description: '核验身份，采集照片指纹，确定签注种类并缴费。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审批制证',
        description: '审批后统一制作电子往来港澳通行证并加注签注。',
        days: 6,
        countsTowardLimit: true,
      },
      { name: '领证', description: 'EMS 邮寄或大厅领取。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 7,
    fee: {
      charged: true,
      basis: '发改价格规〔2019〕914号；《国家发展改革委 财政部关于出入境证照收费标准的通知》',
      standard: '电子往来港澳通行证每证60元；签注一次有效每件15元、二次有效每件30元。',
    },
    locations: [EXIT_HALL, NIA_APP],
    consultPhone: EXIT_PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '大厅领取', '自助签注机当场签注'],
    faq: [
      {
        q: '只是签注用完了，还要排队吗？',
        a: '持有效电子往来港澳通行证的，可在出入境大厅或部分派出所的自助签注机上即时办理再次签注，几分钟可取。',
      },
      {
        q: '团队旅游签注可以自己去吗？',
        a: '不可以。团队旅游签注须随旅行社团队出入境，自由行应申请个人旅游签注。',
      },
    ],
    updatedAt: '2026-10-14',
  },
})

// ───────────────────────────── 往来台湾 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000013',
  implCode: implCode('100100000013', '321000', 'city'),
  name: '往来台湾通行证及签注签发',
  aliases: ['台湾通行证', '大通证', '去台湾办证', '赴台签注'],
  keywords: ['往来台湾通行证', '签注', '出入境', '赴台'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 32,
  summary: '大陆居民因探亲、商务、学习等事由赴台，申请电子往来台湾通行证及相应签注。',
  guide: {
    basis: [
      {
        law: '《中国公民往来台湾地区管理办法》',
        article: '第五条',
        text: '大陆居民前往台湾，凭公安机关出入境管理部门签发的旅行证件，从开放的或者指定的出入境口岸边防检查站出境。',
      },
      {
        law: '《中华人民共和国出境入境管理法》',
        article: '第十条',
        text: '……中国公民往来大陆与台湾地区，应当依法申请办理通行证件……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局出入境管理支队',
    conditions: [
      '大陆居民，不属于不准出境情形。',
      '须提供与赴台事由相符的证明材料（如台湾居民邀请、亲属关系证明、学校录取文件）。',
    ],
    materials: [
      {
        name: '中国公民出入境证件申请表',
        form: '在线填写',
        copies: 1,
        source: '“移民局”App 预填或大厅自助机填写',
        required: true,
        sample:
          '申请人：钱立，身份证号 3210**********2719；申请证件：往来台湾通行证（首次）；签注：探亲一次有效；台湾亲属：钱某，台湾居民身份证号 A1********；签名：钱立。',
        commonMistakes: ['赴台事由与签注种类不对应（如探亲选了商务）。', '台湾亲属信息只写姓名，未写证件号和地址。'],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['携带户口簿而未带身份证原件。'],
      },
      {
        name: '赴台事由证明',
        form: '原件和复印件',
        copies: 1,
        source: '台湾邀请方或有关单位出具',
        required: true,
        commonMistakes: ['邀请函为传真件，字迹模糊。'],
      },
    ],
    process: [
      { name: '现场受理', description: '核验材料，采集照片指纹。', days: 0, countsTowardLimit: true },
      { name: '审批制证', description: '审批，制作电子往来台湾通行证并加注签注。', days: 9, countsTowardLimit: true },
      { name: '领证', description: 'EMS 邮寄或大厅领取。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 10,
    fee: {
      charged: true,
      basis: '发改价格规〔2019〕914号',
      standard: '电子往来台湾通行证每证60元；一次有效签注每件15元。',
    },
    locations: [EXIT_HALL],
    consultPhone: EXIT_PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '大厅领取'],
    faq: [
      {
        q: '办了往来台湾通行证就能直接去台湾吗？',
        a: '除通行证和签注外，还须取得台湾方面的入台许可，具体以台湾有关方面规定为准。',
      },
    ],
    updatedAt: '2026-08-30',
  },
})

// ───────────────────────────── 驾驶证期满换证 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000014',
  implCode: implCode('100100000014', '321000', 'city'),
  name: '机动车驾驶证期满换证',
  aliases: ['驾照到期换证', '换驾照', '驾驶证过期', '驾照换本'],
  keywords: ['驾驶证', '驾照', '机动车驾驶证', '交管12123', '体检', '换证'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 82,
  summary: '驾驶证有效期满前90日内，在“交管12123”上传体检信息即可申请换证，新证邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路交通安全法》',
        article: '第十九条',
        text: '驾驶机动车，应当依法取得机动车驾驶证。……驾驶人应当按照驾驶证载明的准驾车型驾驶机动车……',
      },
      {
        law: '《中华人民共和国道路交通安全法实施条例》',
        article: '第二十六条',
        text: '机动车驾驶人在机动车驾驶证的6年有效期内，每个记分周期均未达到12分的，换发10年有效期的机动车驾驶证；在机动车驾驶证的10年有效期内，每个记分周期均未达到12分的，换发长期有效的机动车驾驶证。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局交通警察支队车辆管理所（网上受理）',
    conditions: [
      '驾驶证有效期满前90日内（因故不能按期换证的，可在有效期满前提出延期申请）。',
      '已取得医疗机构出具并联网上传的《机动车驾驶人身体条件证明》。',
      '无未处理的交通违法、交通事故和逾期未缴罚款。',
    ],
    materials: [
      {
        name: '机动车驾驶证换证申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“交管12123”App',
        required: true,
        sample:
          '申请人：张伟，驾驶证号 3210**********6612，准驾车型：C1，有效期至2026年12月20日；申请事项：期满换证；体检医院：扬州某医院（已联网上传）；邮寄地址：扬州市江都区仙女镇某路某号，收件人张伟，电话 138****1234。',
        commonMistakes: [
          '体检后未选择联网上传，系统查不到身体条件证明。',
          '提前超过90日申请，系统不予受理。',
          '有未处理违法记录，提交后被退回。',
        ],
      },
      {
        name: '机动车驾驶人身体条件证明',
        form: '电子证照',
        copies: 1,
        source: '县级或者部队团级以上医疗机构、经备案的体检机构出具',
        required: true,
        commonMistakes: ['体检超过6个月有效期。'],
      },
      {
        name: '本人近期免冠照片',
        form: '电子证照',
        copies: 1,
        source: '体检时同步采集或认可照相点',
        required: true,
        commonMistakes: ['自行上传的照片背景非白色。'],
      },
    ],
    process: [
      { name: '体检', description: '到联网体检机构体检，结果自动上传。', days: 0, countsTowardLimit: false },
      {
        name: '网上申请',
        description: '“交管12123”提交换证申请，填写邮寄地址并缴费。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '审核制证', description: '车管所审核，制作新驾驶证。', days: 1, countsTowardLimit: true },
      { name: '邮寄', description: 'EMS 寄递，收件时交回旧证（或自行剪角留存）。', days: 3, countsTowardLimit: false },
    ],
    legalLimitDays: 1,
    promisedLimitDays: 1,
    fee: {
      charged: true,
      basis: '机动车驾驶证工本费收费标准（国家发展改革委、财政部核定）',
      standard: '机动车驾驶证工本费每证10元；邮寄费用另计。',
    },
    locations: [APP_12123, DMV],
    consultPhone: '0514-12123',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '机动车驾驶人体检机构',
        basis: '《机动车驾驶证申领和使用规定》',
        fee: '按医疗机构收费公示（一般 50～80 元）',
        days: 1,
      },
    ],
    delivery: ['EMS 邮寄', '车管所窗口领取', '电子驾驶证（“交管12123”）'],
    faq: [
      {
        q: '驾照过期了还能换吗？',
        a: '超过有效期不满一年的，仍可直接申请换证；超过一年的驾驶证将被注销，注销未超过两年的可参加科目一考试恢复驾驶资格，超过两年的须重新考试申领。',
      },
      {
        q: '人在外地能换吗？',
        a: '可以。换证实行全国通办，在“交管12123”选择任一车管所受理，新证寄到指定地址。',
      },
    ],
    updatedAt: '2026-10-21',
  },
})

// ───────────────────────────── 驾驶证补证 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000015',
  implCode: implCode('100100000015', '321000', 'city'),
  name: '机动车驾驶证遗失、损毁补证',
  aliases: ['驾照丢了', '补办驾照', '驾驶证补办', '驾照损坏'],
  keywords: ['驾驶证', '驾照', '补证', '交管12123', '遗失'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 62,
  summary: '驾驶证遗失或损毁无法辨认的，在“交管12123”申请补领，审核后邮寄新证，原证同时作废。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路交通安全法》',
        article: '第十九条',
        text: '驾驶机动车，应当依法取得机动车驾驶证。申请机动车驾驶证，应当符合国务院公安部门规定的驾驶许可条件；经考试合格后，由公安机关交通管理部门发给相应类别的机动车驾驶证。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局交通警察支队车辆管理所',
    conditions: ['驾驶证在有效期内且状态正常。', '驾驶证遗失或损毁无法辨认；驾驶证被扣押、暂扣期间不得申请补证。'],
    materials: [
      {
        name: '机动车驾驶证补证申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“交管12123”App',
        required: true,
        sample:
          '申请人：顾晨，驾驶证号 3210**********0531，准驾车型：C1；补证原因：遗失；遗失时间：2026年9月；邮寄地址：扬州市邗江区蒋王街道某小区，收件人顾晨，电话 139****0011。',
        commonMistakes: [
          '驾驶证被交警暂扣却选择“遗失”补证，系统不予受理。',
          '补证原因选“损毁”但未寄回或交回损毁的原证。',
        ],
      },
      {
        name: '本人近期免冠照片',
        form: '电子证照',
        copies: 1,
        source: '系统调用或认可照相点',
        required: '系统中无近期照片的',
        commonMistakes: ['上传生活照。'],
      },
    ],
    process: [
      { name: '网上申请', description: '“交管12123”提交补证申请并缴费。', days: 0, countsTowardLimit: false },
      {
        name: '审核制证',
        description: '车管所审核后制作新证，原证号码不变、原证作废。',
        days: 1,
        countsTowardLimit: true,
      },
      { name: '邮寄', description: 'EMS 寄递。', days: 3, countsTowardLimit: false },
    ],
    legalLimitDays: 1,
    promisedLimitDays: 1,
    fee: {
      charged: true,
      basis: '机动车驾驶证工本费收费标准（国家发展改革委、财政部核定）',
      standard: '机动车驾驶证工本费每证10元。',
    },
    locations: [APP_12123, DMV],
    consultPhone: '0514-12123',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '电子驾驶证（“交管12123”）'],
    faq: [
      {
        q: '补证期间能开车吗？',
        a: '可以在“交管12123”申领电子驾驶证，与纸质驾驶证具有同等效力，民警检查时出示即可。',
      },
    ],
    updatedAt: '2026-10-21',
  },
})

// ───────────────────────────── 驾驶证审验 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000016',
  implCode: implCode('100100000016', '321000', 'city'),
  name: '机动车驾驶证审验（网上审验教育）',
  aliases: ['驾照审验', '驾驶证年审', 'A照审验', 'B照审验', '审验教育'],
  keywords: ['驾驶证', '审验', '记分', '大中型客货车', '交管12123', '学习'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '其他行政权力',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 48,
  summary: '大中型客货车驾驶人每个记分周期结束后30日内审验，可在“交管12123”完成审验教育并提交。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路交通安全法》',
        article: '第二十四条',
        text: '公安机关交通管理部门对机动车驾驶人违反道路交通安全法律、法规的行为，除依法给予行政处罚外，实行累积记分制度。……对在一年内无累积记分的机动车驾驶人，可以延长机动车驾驶证的审验期。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局交通警察支队车辆管理所',
    conditions: [
      '持大型客车、重型牵引挂车、城市公交车、中型客车、大型货车驾驶证。',
      '记分周期内的交通违法、事故均已处理完毕。',
      '年龄在70周岁以上的驾驶人，每年须提交身体条件证明。',
    ],
    materials: [
      {
        name: '审验申请及审验教育记录',
        form: '在线填写',
        copies: 1,
        source: '“交管12123”App 审验教育模块',
        required: true,
        sample:
          '驾驶人：许强，驾驶证号 3210**********7735，准驾车型：A2；记分周期：2025年11月至2026年11月，记分0分；审验教育：网上学习3学时，已完成；审验结果：待车管所确认。',
        commonMistakes: ['学习时未按要求刷脸验证，学时不被计入。', '周期内有未处理违法即申请审验。'],
      },
      {
        name: '机动车驾驶人身体条件证明',
        form: '电子证照',
        copies: 1,
        source: '联网体检机构上传',
        required: '大中型客货车驾驶人及70周岁以上驾驶人',
        commonMistakes: ['体检机构未联网，证明需到窗口提交。'],
      },
    ],
    process: [
      { name: '网上学习', description: '完成审验教育学时。', days: 0, countsTowardLimit: false },
      { name: '提交审验', description: '“交管12123”提交审验申请。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '车管所在线审核，审验合格的记录审验日期。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 1,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [APP_12123, DMV],
    consultPhone: '0514-12123',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子审验结果（“交管12123”查询）'],
    faq: [
      {
        q: '小车C1驾照要年审吗？',
        a: 'C1等小型车驾驶证一般不需要每年审验，在换证时审验；记分周期内有记分且未满12分的驾驶人按规定参加审验教育。',
      },
      {
        q: '逾期没审验会怎样？',
        a: '超过审验期限的，驾驶证状态转为“逾期未审验”，驾驶机动车将按无有效驾驶证处理，连续三个记分周期不参加审验的将被注销。',
      },
    ],
    updatedAt: '2026-07-19',
  },
})

// ───────────────────────────── 机动车检验标志 ─────────────────────────────
peopleItems2.push({
  baseCode: '100100000017',
  implCode: implCode('100100000017', '321000', 'city'),
  name: '机动车检验标志核发（免检车辆）',
  aliases: ['车检', '年检标', '免检申领标志', '6年免检', '领年检贴'],
  keywords: ['机动车安全技术检验', '检验标志', '电子检验标志', '交管12123', '私家车'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 78,
  summary: '注册10年内的非营运小微型载客汽车（面包车除外）免检年份，在“交管12123”申领电子检验标志，无需上线检测。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路交通安全法》',
        article: '第十三条',
        text: '对登记后上道路行驶的机动车，应当依照法律、行政法规的规定，根据车辆用途、载客载货数量、使用年限等不同情况，定期进行安全技术检验。……',
      },
      {
        law: '《中华人民共和国道路交通安全法实施条例》',
        article: '第十六条',
        text: '机动车应当从注册登记之日起，按照下列期限进行安全技术检验：……',
      },
      {
        law: '《公安部 市场监管总局关于深化机动车检验制度改革优化车检服务工作的意见》',
        article: '一',
        text: '……对非营运小微型载客汽车（面包车除外）10年内实行2次上线检验……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局交通警察支队车辆管理所',
    conditions: [
      '非营运小型、微型载客汽车（面包车除外），注册登记10年以内，处于免检年份（第2、4、8年）。',
      '车辆未发生致人伤亡的交通事故，且无未处理的交通违法记录。',
      '交强险在有效期内；车船税已缴纳。',
    ],
    materials: [
      {
        name: '检验标志申领（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“交管12123”App',
        required: true,
        sample:
          '机动车所有人：胡某，号牌号码：苏K·D****，车辆类型：小型普通客车，注册日期：2022年10月；申领事项：免检申领检验标志；交强险保单：有效期至2027年10月；申领结果：电子检验标志。',
        commonMistakes: ['检验有效期满前三个月之外提前申领，系统不受理。', '交强险到期后续保信息尚未同步即申请。'],
      },
      {
        name: '机动车交通事故责任强制保险凭证',
        form: '电子证照',
        copies: 1,
        source: '保险公司出具，系统联网核查',
        required: true,
        commonMistakes: ['车辆在外地投保且保单信息未联网，须上传电子保单。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '在检验有效期满前3个月内通过“交管12123”申请。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审核发标',
        description: '系统自动核查事故、违法与保险信息，核发电子检验标志。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 1,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [APP_12123],
    consultPhone: '0514-12123',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子检验标志（“交管12123”）'],
    faq: [
      {
        q: '电子标志要打印贴在车上吗？',
        a: '不需要。电子检验标志与纸质标志具有同等效力，民警可通过系统核查。',
      },
      {
        q: '我的车第6年了，还能免检吗？',
        a: '不能。非营运小微型载客汽车在注册第6年、第10年须上线检验，超过10年的每年检验一次，请到机动车检验机构检测。',
      },
    ],
    updatedAt: '2026-10-02',
  },
})

// ───────────────────────────── 电动自行车登记 ─────────────────────────────
const ebike: ServiceItemSeed = {
  baseCode: '100100000018',
  implCode: implCode('100100000018', '321003', 'county'),
  name: '电动自行车注册登记（上牌）',
  aliases: ['电动车上牌', '电瓶车上牌', '电动车挂牌', '电动车登记'],
  keywords: ['非机动车', '电动自行车', '号牌', '新国标', '3C', '车辆查验'],
  department: '扬州市公安局邗江分局',
  level: 'county',
  divisionCode: '321003',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 76,
  summary: '购买符合新国标的电动自行车后，骑车到登记点现场查验车辆并当场上牌。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路交通安全法》',
        article: '第十八条',
        text: '依法应当登记的非机动车，经公安机关交通管理部门登记后，方可上道路行驶。依法应当登记的非机动车的种类，由省、自治区、直辖市人民政府根据当地实际情况规定。……',
      },
    ],
    implementer: '扬州市公安局邗江分局',
    acceptingUnit: '扬州市公安局交通警察支队邗江大队非机动车登记点',
    conditions: [
      '车辆列入工业和信息化部《电动自行车行业规范条件》公告目录，并取得 CCC 认证（符合 GB 17761-2018）。',
      '须车辆到场：民警须现场核对车架号、电机号并安装号牌，无法网上办理。',
      '车主年满16周岁。',
    ],
    materials: [
      {
        name: '电动自行车注册登记申请表',
        form: '原件',
        copies: 1,
        source: '登记点领取或扫码填写',
        required: true,
        sample:
          '车主：邵红，身份证号 3210**********1926，电话 137****2210；品牌型号：某品牌 TDT***Z；整车编号：1********；电机编号：******；车身颜色：白；购车日期：2026年10月8日；签名：邵红。',
        commonMistakes: [
          '整车编号抄写有误（字母O与数字0混淆），与车架钢印不一致。',
          '车辆已私自改装（加装电瓶、拆除限速），查验不合格。',
        ],
      },
      {
        name: '车主居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['外地户籍车主未带居住证，部分登记点要求居住登记信息。'],
      },
      {
        name: '购车发票',
        form: '原件',
        copies: 1,
        source: '销售商开具',
        required: true,
        commonMistakes: ['发票上的整车编号与车辆不符。'],
      },
      {
        name: '整车出厂合格证',
        form: '原件',
        copies: 1,
        source: '生产企业随车配发',
        required: true,
        commonMistakes: ['合格证丢失只带了说明书。'],
      },
      {
        name: '委托书及受托人身份证',
        form: '原件',
        copies: 1,
        source: '申请人自备',
        required: '委托他人办理的',
        sample: proxyLetterSample({
          principal: '张某（身份证号 3210**********1234）',
          agent: '张某某（身份证号 3210**********5678，系委托人之子）',
          matter: '电动自行车注册登记（品牌型号：雅迪 TDT××××Z，整车编号：××××××××××××××××）',
          scope: '提交材料、配合车辆查验、领取号牌和行驶证',
        }),
        commonMistakes: ['委托书未写明车辆整车编号。'],
      },
    ],
    process: [
      {
        name: '查验车辆',
        description: '民警核对车辆与合格证、发票信息，检查是否改装。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '登记发牌', description: '录入系统，当场安装号牌并发放行驶证。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 1,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '邗江交警大队非机动车登记点',
        address: '扬州市邗江区（具体登记点以“扬州交警”公众号公布为准）',
        hours: '周一至周日 8:30-11:30，13:30-17:00',
      },
    ],
    consultPhone: '0514-87862122',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['现场发放号牌和行驶证'],
    faq: [
      {
        q: '为什么电动车上牌不能网上办？',
        a: '登记前必须核对车架、电机钢印并检查是否非法改装，号牌也要现场安装，所以需要骑车到登记点；部分销售门店可代办，购车时可咨询。',
      },
      {
        q: '旧国标电动车还能上牌吗？',
        a: '不符合 GB 17761-2018 的超标电动自行车已不能办理正式登记，请按扬州市过渡期政策处理。',
      },
    ],
    updatedAt: '2026-09-10',
  },
}
peopleItems2.push(
  ebike,
  implementAt(ebike, {
    level: 'town',
    divisionCode: '321023100',
    department: '宝应县安宜镇便民服务中心',
    popularity: 33,
    summary: '安宜镇居民可就近在镇便民服务中心非机动车登记点验车上牌，当场发牌。',
    guide: {
      implementer: '宝应县公安局',
      acceptingUnit: '宝应县公安局交警大队安宜镇非机动车登记点（设在镇便民服务中心）',
      locations: [
        {
          name: '安宜镇便民服务中心 非机动车登记点',
          address: '宝应县安宜镇便民服务中心院内',
          hours: '周一至周六 8:30-11:30，14:00-17:00',
        },
      ],
      consultPhone: '0514-88222122',
    },
  }),
)

// ───────────────────────────── 无犯罪记录证明 ─────────────────────────────
const noCrime: ServiceItemSeed = {
  baseCode: '100100000019',
  implCode: implCode('100100000019', '321000', 'city'),
  name: '无犯罪记录证明开具',
  aliases: ['打证明', '开无犯罪证明', '良民证', '无犯罪证明'],
  keywords: ['无犯罪记录', '证明', '政审', '入职', '出国', '电子证明'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 74,
  summary: '因入职、入学、出国等需要，个人可在网上申请开具无犯罪记录证明，审核后下载电子证明。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国刑事诉讼法》',
        article: '第二百八十六条',
        text: '犯罪的时候不满十八周岁，被判处五年有期徒刑以下刑罚的，应当对相关犯罪记录予以封存。犯罪记录被封存的，不得向任何单位和个人提供，但司法机关为办案需要或者有关单位根据国家规定进行查询的除外。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局（网上受理，由户籍地或居住地派出所审核）',
    conditions: ['扬州市户籍人员，或在扬州持有居住证的人员。', '证明仅反映在我国内地的犯罪记录情况。'],
    materials: [
      {
        name: '无犯罪记录证明申请表',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或“江苏公安微警务”在线填写',
        required: true,
        sample:
          '申请人：蒋悦，身份证号 3210**********3426；申请用途：入职（扬州某银行）；查询时间范围：全部；证明类型：电子证明；联系电话 150****6677。',
        commonMistakes: ['用途只写“需要”，未写明具体用途，审核退回。', '代他人申请时未上传委托书。'],
      },
      {
        name: '委托书及受托人身份证',
        form: '电子证照',
        copies: 1,
        source: '申请人自备',
        required: '委托他人办理的',
        sample: proxyLetterSample({
          principal: '陈某（身份证号 3210**********4321）',
          agent: '陈某某（身份证号 3210**********8765，系委托人之父）',
          matter: '无犯罪记录证明开具（用途：应聘扬州市某某学校教师岗位）',
          scope: '提交申请、领取证明',
        }),
        commonMistakes: ['委托书无委托人亲笔签名。'],
      },
    ],
    process: [
      { name: '网上申请', description: '实名认证后填写申请。', days: 0, countsTowardLimit: false },
      { name: '核查', description: '派出所查询违法犯罪人员信息库并审核。', days: 1, countsTowardLimit: true },
      { name: '出具', description: '生成带二维码的电子证明，可下载打印。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [
      { name: '“苏服办”App / “江苏公安微警务”', address: '网上申请：搜索“无犯罪记录证明”', hours: '7×24 小时受理' },
      { name: '户籍地或居住地派出所户籍室', address: '全市各派出所', hours: '周一至周六 8:30-12:00，14:00-17:30' },
    ],
    consultPhone: '0514-87362110',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子证明下载', '派出所窗口领取纸质证明'],
    faq: [
      {
        q: '电子证明单位认不认？',
        a: '电子证明上有二维码和验证码，用人单位可扫码核验真伪，效力与纸质证明相同。',
      },
      {
        q: '出国留学用的证明怎么开？',
        a: '先开具无犯罪记录证明，再到公证处办理公证，必要时办理领事认证或附加证明书（海牙认证）。',
      },
    ],
    updatedAt: '2026-11-11',
  },
}
peopleItems2.push(
  noCrime,
  implementAt(noCrime, {
    level: 'county',
    divisionCode: '321084',
    department: '高邮市公安局',
    popularity: 41,
    guide: {
      implementer: '高邮市公安局',
      acceptingUnit: '高邮市公安局（网上受理，由户籍地派出所审核）',
      locations: [
        { name: '“苏服办”App / “江苏公安微警务”', address: '网上申请：搜索“无犯罪记录证明”', hours: '7×24 小时受理' },
        { name: '高邮市政务服务中心 公安窗口', address: '高邮市高邮街道高邮市政务服务中心一楼', hours: HOURS },
      ],
      consultPhone: '0514-84612110',
    },
  }),
)
