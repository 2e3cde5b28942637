import { COMPLAINT, HOURS, HOURS_TOWN } from './halls'
import { implCode, implementAt } from './implementation'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（六）：扬州市卫生健康委员会（出生/死亡医学证明、生育登记、预防接种证、独生子女父母奖励、医师/护士执业注册），
 * 扬州市残疾人联合会（残疾人证、两项补贴），扬州市退役军人事务局（优待证、定期抚恤），扬州市司法局（法律援助、公证）。
 */

const HOURS_VILLAGE = '周一至周五 8:30-11:30，14:00-17:00；可电话预约网格员上门'
const ONLINE = {
  name: '“苏服办”App / 江苏政务服务网扬州旗舰店',
  address: '网上办理：搜索事项名称，实名认证后申请',
  hours: '7×24 小时受理，工作日审核',
}

export const peopleItems6: ServiceItemSeed[] = []

// ═════════════════════════════ 卫生健康 ═════════════════════════════

// ───────────────────────────── 出生医学证明 ─────────────────────────────
peopleItems6.push({
  baseCode: '100500000001',
  implCode: implCode('100500000001', '321000', 'city'),
  name: '出生医学证明首次签发',
  aliases: ['出生证', '办出生证', '出生证明', '电子出生证'],
  keywords: ['出生医学证明', '助产机构', '新生儿', '出生一件事', '电子证照'],
  department: '扬州市卫生健康委员会',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 80,
  summary:
    '在扬州助产机构出生的新生儿，父母在手机上确认出生信息和姓名，医院签发电子出生医学证明，纸质证明可出院时领取或邮寄。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国母婴保健法》',
        article: '第二十三条',
        text: '医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明；有产妇和婴儿死亡以及新生儿出生缺陷情况的，应当向卫生行政部门报告。',
      },
    ],
    implementer: '扬州市卫生健康委员会',
    acceptingUnit: '新生儿出生的助产机构（出生医学证明签发窗口）',
    conditions: [
      '新生儿在扬州市具有助产技术服务资质的医疗机构内出生。',
      '父母双方（或母亲）身份信息可在线核验；新生儿已确定姓名。',
    ],
    materials: [
      {
        name: '出生医学证明首次签发信息确认单',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”“新生儿出生一件事”或医院小程序',
        required: true,
        sample:
          '新生儿姓名：王一诺，性别：女，出生时间：2026年10月3日 08时15分，出生地点：江苏省扬州市广陵区，出生孕周：39周，体重：3250克；母亲：李婷，身份证号 3210**********2027；父亲：王浩，身份证号 3210**********1813；签发机构：扬州某医院。',
        commonMistakes: [
          '新生儿姓名用了生僻字或同音字笔误，签发后更改须走换发程序。',
          '父亲信息未填写又要求随父落户，派出所无法直接办理。',
          '母亲身份证号为旧的15位号码或已变更，与公安信息不一致。',
        ],
      },
      {
        name: '父母居民身份证',
        form: '电子证照',
        copies: 1,
        source: '系统核验',
        required: true,
        commonMistakes: ['外籍父亲未提供护照信息。'],
      },
      {
        name: '结婚证',
        form: '电子证照',
        copies: 1,
        source: '民政部门共享',
        required: '申请填写父亲信息且父母已登记结婚的',
        commonMistakes: ['未婚生育要求填写父亲信息，未提供亲子鉴定等证明。'],
      },
    ],
    process: [
      { name: '信息采集', description: '分娩后医院采集新生儿出生信息。', days: 0, countsTowardLimit: false },
      { name: '父母确认', description: '父母在线核对信息、填写姓名并签名确认。', days: 0, countsTowardLimit: false },
      {
        name: '签发',
        description: '医院签发电子出生医学证明并推送公安、医保、人社。',
        days: 1,
        countsTowardLimit: true,
      },
      { name: '纸质证明领取', description: '出院时领取或 EMS 邮寄。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 2,
    fee: { charged: false },
    locations: [
      ONLINE,
      {
        name: '各助产机构出生医学证明签发窗口',
        address: '苏北人民医院、扬州市妇幼保健院及各县（市、区）助产机构',
        hours: HOURS,
      },
    ],
    consultPhone: '0514-12320',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子出生医学证明（“苏服办”）', '医院窗口领取纸质证明', 'EMS 邮寄'],
    faq: [
      {
        q: '出生证上的名字写错了怎么办？',
        a: '在签发机构申请换发，须提供错误证明原件、父母身份证和更正说明；已经落户的，还要到派出所同步更正。',
      },
      {
        q: '出生证丢了能补吗？',
        a: '可以向原签发机构申请补发，须提供父母身份证、孩子户口簿及遗失声明，补发证明上会注明“补发”。',
      },
    ],
    updatedAt: '2026-10-20',
  },
})

// ───────────────────────────── 居民死亡医学证明 ─────────────────────────────
peopleItems6.push({
  baseCode: '100500000002',
  implCode: implCode('100500000002', '321000', 'city'),
  name: '居民死亡医学证明（推断）书开具',
  aliases: ['死亡证明', '开死亡证明', '在家去世开证明', '死亡推断书'],
  keywords: ['死亡医学证明', '死亡推断', '身后一件事', '火化', '户口注销'],
  department: '扬州市卫生健康委员会',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 50,
  summary:
    '在医院死亡的由医院出具，在家中或养老机构死亡的由社区卫生服务中心或乡镇卫生院调查后出具，家属到场签字领取一次。',
  guide: {
    basis: [
      {
        law: '《国家卫生计生委 公安部 民政部关于进一步规范人口死亡医学证明和信息登记管理工作的通知》（国卫规划发〔2013〕57号）',
        article: '二',
        text: '……在医疗卫生机构内死亡的，由负责救治的执业医师填写《居民死亡医学证明（推断）书》；……在家中、养老服务机构、其他场所正常死亡的，由本辖区社区卫生服务机构或乡镇卫生院负责调查的执业（助理）医师根据死亡申报材料、调查询问结果，进行死因推断并出具……',
      },
    ],
    implementer: '扬州市卫生健康委员会',
    acceptingUnit: '死亡发生地的医疗机构；在家中死亡的，由辖区社区卫生服务中心或乡镇卫生院出具',
    conditions: [
      '正常死亡；非正常死亡（如意外、涉嫌刑事案件）须由公安机关出具死亡证明。',
      '家属须到场一次：核对逝者信息并在证明上签字确认，医学证明第二联由家属领取用于火化、户口注销。',
    ],
    materials: [
      {
        name: '死亡申报及家属签字确认',
        form: '原件',
        copies: 1,
        source: '出具机构提供，家属签字',
        required: true,
        sample:
          '逝者：周某某，男，身份证号 3210**********0318，死亡时间：2026年9月12日6时；死亡地点：家中（广陵区东关街道某巷）；既往病史：慢性阻塞性肺病10年，长期居家吸氧；申报人：周某（子），电话 139****0088；签字：周某。',
        commonMistakes: [
          '在家去世后未先报社区医生即联系殡仪馆，殡仪馆无法接收。',
          '既往病史只说“年纪大了”，未提供病历，医生难以推断死因。',
        ],
      },
      {
        name: '逝者居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['身份证丢失又未带户口簿。'],
      },
      {
        name: '逝者既往病历',
        form: '原件',
        copies: 1,
        source: '医疗机构出具',
        required: '在家中或养老机构死亡的',
        commonMistakes: ['病历年代久远不能反映近期病情。'],
      },
    ],
    process: [
      { name: '死亡申报', description: '家属向医院或社区卫生服务中心报告。', days: 0, countsTowardLimit: true },
      {
        name: '调查推断',
        description: '医生核实身份、查看病历，确认死亡并推断死因。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '出具证明',
        description: '出具医学证明并上传死因监测系统，信息共享公安、民政。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '辖区社区卫生服务中心 / 乡镇卫生院',
        address: '逝者死亡地所在街道（乡镇）的社区卫生服务中心或卫生院',
        hours: '工作时间内办理，夜间死亡可次日上午办理',
      },
    ],
    consultPhone: '0514-12320',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场领取'],
    faq: [
      {
        q: '半夜老人在家去世了，先找谁？',
        a: '先拨打辖区社区卫生服务中心电话或120确认死亡；殡仪馆接运一般须出示死亡医学证明或由医生确认后的证明材料，可先电话联系殡仪馆说明情况。',
      },
      {
        q: '死亡证明要开几份？',
        a: '医学证明一式多联，分别用于火化、户口注销和家属留存；办理继承、保险理赔时可复印家属联或在“身后一件事”中调取电子信息。',
      },
    ],
    updatedAt: '2026-10-09',
  },
})

// ───────────────────────────── 生育登记 ─────────────────────────────
const birthPlan: ServiceItemSeed = {
  baseCode: '100500000003',
  implCode: implCode('100500000003', '321000', 'city'),
  name: '生育登记',
  aliases: ['准生证', '生育服务证', '怀孕登记', '二孩登记', '三孩登记'],
  keywords: ['生育登记', '生育服务', '孕产', '三孩', '优生优育'],
  department: '扬州市卫生健康委员会',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 71,
  summary: '夫妻在怀孕后或孩子出生后，在手机上办理生育登记，不设前置审批，即时办结，可用于产前检查建档和生育保险。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国人口与计划生育法》',
        article: '第十八条',
        text: '国家提倡适龄婚育、优生优育。一对夫妻可以生育三个子女。……',
      },
    ],
    implementer: '扬州市卫生健康委员会',
    acceptingUnit: '户籍地或现居住地乡镇（街道）卫生健康办；网上申请即时办结',
    conditions: ['夫妻一方户籍在扬州，或在扬州居住。', '不论生育第几个孩子均可登记，不需要提供其他证明。'],
    materials: [
      {
        name: '生育登记信息（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或“江苏卫健”小程序',
        required: true,
        sample:
          '女方：张琳，身份证号 3210**********0646；男方：吴涛，身份证号 3210**********3619；登记子女：第二孩；孕情：孕12周，预产期2027年4月20日；现居住地：扬州市邗江区双桥街道某小区。',
        commonMistakes: ['已生育子女数未包括再婚前所生子女，登记孩次错误。', '预产期填写为建档日期。'],
      },
      {
        name: '夫妻双方居民身份证',
        form: '电子证照',
        copies: 1,
        source: '系统核验',
        required: true,
        commonMistakes: ['一方为外省户籍时身份信息填写不全。'],
      },
    ],
    process: [
      { name: '网上登记', description: '填写夫妻和孕情信息提交。', days: 0, countsTowardLimit: true },
      { name: '即时办结', description: '系统生成电子生育登记服务单。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE],
    consultPhone: '0514-12320',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子生育登记服务单（在线下载）'],
    faq: [
      {
        q: '现在还要办准生证吗？',
        a: '“准生证”（生育服务证）审批已取消，改为生育登记服务，网上登记即可，不影响孩子落户和医保报销。',
      },
      {
        q: '孩子出生后才登记可以吗？',
        a: '可以。孕期和出生后都可以登记，出生后登记的按实际情况填写出生信息。',
      },
    ],
    updatedAt: '2026-09-14',
  },
}
peopleItems6.push(
  birthPlan,
  implementAt(birthPlan, {
    level: 'village',
    divisionCode: '321081100',
    department: '仪征市真州镇胥浦社区居民委员会',
    popularity: 14,
    handlingMode: 'once',
    visitCount: 1,
    summary: '不方便在手机上操作的夫妻，可到社区卫生健康专干处代为办理生育登记。',
    guide: {
      implementer: '仪征市卫生健康委员会',
      acceptingUnit: '胥浦社区党群服务中心 卫生健康专干（代收代办）',
      locations: [
        { name: '胥浦社区党群服务中心', address: '仪征市真州镇胥浦社区党群服务中心一楼', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-83469012',
    },
  }),
)

// ───────────────────────────── 预防接种证 ─────────────────────────────
peopleItems6.push({
  baseCode: '100500000004',
  implCode: implCode('100500000004', '321003011', 'town'),
  name: '预防接种证办理',
  aliases: ['打疫苗本', '接种本', '宝宝疫苗本', '疫苗接种证', '补办接种证'],
  keywords: ['预防接种证', '疫苗', '免疫规划', '儿童', '入托入学查验'],
  department: '邗江区西湖街道社区卫生服务中心',
  level: 'town',
  divisionCode: '321003011',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 54,
  summary: '儿童出生后一个月内，监护人带孩子到居住地接种门诊建卡、办理预防接种证，并预约后续疫苗。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国疫苗管理法》',
        article: '第四十七条',
        text: '国家对儿童实行预防接种证制度。在儿童出生后一个月内，其监护人应当到儿童居住地承担预防接种工作的接种单位或者出生医院为其办理预防接种证。接种单位或者出生医院不得拒绝办理。监护人应当妥善保管预防接种证。',
      },
    ],
    implementer: '邗江区卫生健康委员会',
    acceptingUnit: '邗江区西湖街道社区卫生服务中心 预防接种门诊',
    conditions: [
      '儿童居住在西湖街道辖区（不限户籍）。',
      '须带孩子到场一次：建卡时核对出生医院已接种的乙肝疫苗、卡介苗记录，并当场预约下一针。',
    ],
    materials: [
      {
        name: '儿童预防接种信息登记卡',
        form: '原件',
        copies: 1,
        source: '接种门诊现场填写',
        required: true,
        sample:
          '儿童：吴小满，男，出生日期：2026年10月11日，出生医院：扬州某医院；已接种：乙肝疫苗第1剂、卡介苗（出生医院）；监护人：吴某（母），电话 138****4421；现住址：邗江区西湖街道某小区。',
        commonMistakes: [
          '现住址填写户籍地址，门诊无法按居住地通知后续接种。',
          '监护人电话填写老人电话，接种提醒无人接收。',
        ],
      },
      {
        name: '出生医学证明',
        form: '电子证照',
        copies: 1,
        source: '助产机构签发',
        required: true,
        commonMistakes: ['出生医学证明尚未签发，可凭出院小结先建卡。'],
      },
      {
        name: '出生医院接种记录（疫苗接种记录单）',
        form: '原件',
        copies: 1,
        source: '出生医院发放',
        required: true,
        commonMistakes: ['记录单遗失，须门诊联系出生医院查询补录。'],
      },
    ],
    process: [
      {
        name: '现场建卡',
        description: '核对出生信息和已接种记录，录入江苏省免疫规划信息系统。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '发证预约',
        description: '发放预防接种证（或电子接种证），预约下一剂次。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '西湖街道社区卫生服务中心 预防接种门诊',
        address: '扬州市邗江区西湖街道社区卫生服务中心二楼',
        hours: '周二、周四、周六 8:00-11:30（以门诊公告为准）',
      },
    ],
    consultPhone: '0514-87978120',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场发放预防接种证', '电子接种证（“江苏疫苗接种”小程序查询）'],
    faq: [
      {
        q: '接种证丢了怎么补？',
        a: '到现居住地接种门诊凭儿童身份信息补办，接种记录从系统中调取，入托入学查验可打印接种记录。',
      },
      {
        q: '搬家到别的区了怎么办？',
        a: '到新居住地接种门诊办理迁入，接种记录在全省系统中共享，无需重新建卡。',
      },
    ],
    updatedAt: '2026-09-02',
  },
})

// ───────────────────────────── 独生子女父母奖励 ─────────────────────────────
const onlyChild: ServiceItemSeed = {
  baseCode: '100500000005',
  implCode: implCode('100500000005', '321023100', 'town'),
  name: '独生子女父母奖励申请（计划生育家庭奖励扶助）',
  aliases: ['独生子女费', '独生子女奖励', '独生子女父母退休奖励', '计生奖励扶助'],
  keywords: ['独生子女父母光荣证', '奖励扶助', '计划生育', '一次性奖励', '特别扶助'],
  department: '宝应县安宜镇人民政府',
  level: 'town',
  divisionCode: '321023100',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 48,
  summary:
    '领取《独生子女父母光荣证》的夫妻，按江苏省规定申请独生子女父母奖励及年满60周岁后的奖励扶助，网上提交，镇审核后发放。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国人口与计划生育法》',
        article: '第二十七条',
        text: '在国家提倡一对夫妻生育一个子女期间，自愿终身只生育一个子女的夫妻，国家发给《独生子女父母光荣证》。获得《独生子女父母光荣证》的夫妻，按照国家和省、自治区、直辖市有关规定享受独生子女父母奖励。……',
      },
    ],
    implementer: '宝应县卫生健康委员会',
    acceptingUnit: '宝应县安宜镇人民政府 卫生健康办（设在镇便民服务中心）',
    conditions: [
      '持有《独生子女父母光荣证》（或经认定符合独生子女家庭条件）。',
      '申请人户籍在安宜镇；企业退休人员一次性奖励须在办理退休后申请。',
      '农村部分计划生育家庭奖励扶助须年满60周岁。',
    ],
    materials: [
      {
        name: '计划生育家庭奖励扶助申请表',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写或镇窗口领取',
        required: true,
        sample:
          '申请人：唐建国，身份证号 3210**********1217；配偶：周红，身份证号 3210**********1225；独生子女：唐某，1990年出生；光荣证编号：苏宝字第*****号；申请类别：年满60周岁奖励扶助；发放账户：本人社会保障卡。',
        commonMistakes: [
          '光荣证遗失又未到原发证机关查询存档，直接填写“无”。',
          '夫妻再婚后双方合计子女数超过一个，仍按独生子女家庭申请。',
        ],
      },
      {
        name: '独生子女父母光荣证',
        form: '原件和复印件',
        copies: 1,
        source: '原计划生育部门核发',
        required: true,
        commonMistakes: ['光荣证上姓名与身份证不一致（曾用名）且未提供户籍证明。'],
      },
      {
        name: '退休证明',
        form: '电子证照',
        copies: 1,
        source: '人社部门共享',
        required: '申请企业退休人员一次性奖励的',
        commonMistakes: ['机关事业单位退休人员误申请企业退休人员奖励。'],
      },
    ],
    process: [
      { name: '申请', description: '网上提交或到镇卫生健康办申请。', days: 0, countsTowardLimit: false },
      { name: '村（社区）初审', description: '核实家庭生育情况。', days: 5, countsTowardLimit: true },
      { name: '公示', description: '在村（社区）公示7天。', days: 7, countsTowardLimit: false },
      { name: '镇审核、县确认', description: '镇审核后报县卫生健康委确认。', days: 10, countsTowardLimit: true },
      { name: '发放', description: '资金发放至社会保障卡或银行账户。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [
      ONLINE,
      { name: '安宜镇便民服务中心 卫生健康办', address: '宝应县安宜镇便民服务中心一楼', hours: HOURS_TOWN },
    ],
    consultPhone: '0514-88212180',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['奖励资金发放至社会保障卡', '审核结果短信通知'],
    faq: [
      {
        q: '三孩政策放开了，独生子女奖励还有吗？',
        a: '政策调整前已领取光荣证的家庭，仍按江苏省规定享受相应奖励和扶助，不因政策调整而取消。',
      },
      {
        q: '奖励标准是多少？',
        a: '按江苏省、扬州市现行标准执行，不同类别（独生子女父母奖励、退休一次性奖励、60周岁以上奖励扶助、特别扶助）标准不同，以审核结果为准。',
      },
    ],
    updatedAt: '2026-08-20',
  },
}
peopleItems6.push(
  onlyChild,
  implementAt(onlyChild, {
    level: 'village',
    divisionCode: '321084001',
    department: '高邮市高邮街道蝶园社区居民委员会',
    popularity: 12,
    handlingMode: 'once',
    visitCount: 1,
    summary: '高邮街道居民可在社区卫生健康专干处提交独生子女父母奖励申请，社区代为初审和上报。',
    guide: {
      implementer: '高邮市卫生健康委员会',
      acceptingUnit: '蝶园社区党群服务中心 卫生健康专干（代收代办）',
      locations: [
        { name: '蝶园社区党群服务中心', address: '高邮市高邮街道蝶园社区党群服务中心一楼', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-84612180',
    },
  }),
)

// ───────────────────────────── 医师执业注册 ─────────────────────────────
peopleItems6.push({
  baseCode: '100500000006',
  implCode: implCode('100500000006', '321000', 'city'),
  name: '医师执业注册（首次注册、变更注册）',
  aliases: ['医师注册', '执业医师注册', '医师变更执业地点', '医师多点执业'],
  keywords: ['医师执业证书', '电子化注册', '执业范围', '执业地点', '医师资格'],
  department: '扬州市卫生健康委员会',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 36,
  summary: '取得医师资格的人员通过国家医师电子化注册系统申请首次执业注册或变更执业地点、范围，审核通过后发放电子证照。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国医师法》',
        article: '第十三条',
        text: '国家实行医师执业注册制度。取得医师资格的，可以向所在地县级以上地方人民政府卫生健康主管部门申请注册。医疗卫生机构可以为本机构中的申请人集体办理注册手续。除有本法规定不予注册的情形外，卫生健康主管部门应当自受理申请之日起二十个工作日内准予注册，将注册信息录入国家信息平台，并发给医师执业证书。……',
      },
    ],
    implementer: '扬州市卫生健康委员会',
    acceptingUnit: '扬州市卫生健康委员会（拟执业机构为市属医疗机构的）；其他由所在县（市、区）卫生健康部门受理',
    conditions: [
      '已取得医师资格证书。',
      '有拟执业的医疗卫生机构，且执业范围与机构诊疗科目相符。',
      '不存在《医师法》第十六条规定的不予注册情形。',
    ],
    materials: [
      {
        name: '医师执业注册申请审核表',
        form: '在线填写',
        copies: 1,
        source: '国家医师电子化注册系统在线填写，机构审核',
        required: true,
        sample:
          '申请人：姜某，身份证号 3210**********0822；医师资格类别：临床；资格证书编码：2025*********；执业类别：临床；执业范围：内科专业；主要执业机构：扬州某医院；申请类型：首次注册。',
        commonMistakes: ['执业范围选了医疗机构未登记的诊疗科目。', '体检报告超过6个月或未盖医疗机构公章。'],
      },
      {
        name: '健康体检证明',
        form: '电子证照',
        copies: 1,
        source: '县级以上医疗机构出具',
        required: true,
        commonMistakes: ['体检项目缺少传染病筛查。'],
      },
      {
        name: '医疗机构拟聘用证明',
        form: '电子证照',
        copies: 1,
        source: '拟执业机构出具',
        required: true,
        commonMistakes: ['证明未加盖机构公章。'],
      },
    ],
    process: [
      { name: '网上申请', description: '个人填报，机构审核后提交。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '卫生健康部门审核资格和执业条件。', days: 5, countsTowardLimit: true },
      { name: '发证', description: '准予注册的发放电子医师执业证书。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      { name: '国家医师电子化注册系统', address: '网上办理：医师电子化注册系统（个人端、机构端）', hours: '7×24 小时' },
      {
        name: '扬州市政务服务中心 卫健窗口',
        address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼',
        hours: HOURS,
      },
    ],
    consultPhone: '0514-87368190',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子医师执业证书'],
    faq: [
      {
        q: '去别的医院多点执业要重新注册吗？',
        a: '不需要重新注册，在电子化注册系统中增加执业机构备案即可。',
      },
    ],
    updatedAt: '2026-06-25',
  },
})

// ───────────────────────────── 护士执业注册 ─────────────────────────────
peopleItems6.push({
  baseCode: '100500000007',
  implCode: implCode('100500000007', '321000', 'city'),
  name: '护士执业注册（首次、延续、变更）',
  aliases: ['护士注册', '护士证注册', '护士延续注册', '护士变更注册'],
  keywords: ['护士执业证书', '电子化注册', '护士执业资格考试', '延续注册'],
  department: '扬州市卫生健康委员会',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 34,
  summary: '通过护士执业资格考试的人员在3年内通过护士电子化注册系统申请执业注册，有效期5年，届满前30日申请延续。',
  guide: {
    basis: [
      {
        law: '《护士条例》',
        article: '第七条',
        text: '护士执业，应当经执业注册取得护士执业证书。申请护士执业注册，应当具备下列条件：（一）具有完全民事行为能力；（二）在中等职业学校、高等学校完成国务院教育主管部门和国务院卫生主管部门规定的普通全日制3年以上的护理、助产专业课程学习……并取得相应学历证书；（三）通过国务院卫生主管部门组织的护士执业资格考试；（四）符合国务院卫生主管部门规定的健康标准。护士执业注册申请，应当自通过护士执业资格考试之日起3年内提出……',
      },
      {
        law: '《护士条例》',
        article: '第八条',
        text: '申请护士执业注册的，应当向批准设立拟执业医疗机构或者为该医疗机构备案的卫生主管部门提出申请。收到申请的卫生主管部门应当自收到申请之日起20个工作日内做出决定……',
      },
    ],
    implementer: '扬州市卫生健康委员会',
    acceptingUnit: '批准设立或备案拟执业医疗机构的卫生健康部门',
    conditions: ['通过护士执业资格考试（首次注册须在3年内提出）。', '有拟执业的医疗机构。', '符合健康标准。'],
    materials: [
      {
        name: '护士执业注册申请审核表',
        form: '在线填写',
        copies: 1,
        source: '国家护士电子化注册系统',
        required: true,
        sample:
          '申请人：季某，身份证号 3210**********2126；学历：护理专业大专（全日制3年），2025年毕业；资格考试：2025年通过，成绩合格证明编号 ********；拟执业机构：扬州某医院；申请类型：首次注册。',
        commonMistakes: ['考试通过超过3年才申请，须先完成临床实践培训。', '延续注册在有效期届满后才申请。'],
      },
      {
        name: '健康体检证明',
        form: '电子证照',
        copies: 1,
        source: '二级以上医疗机构出具',
        required: true,
        commonMistakes: ['体检证明超过6个月。'],
      },
    ],
    process: [
      { name: '网上申请', description: '个人填报，医疗机构审核提交。', days: 0, countsTowardLimit: false },
      { name: '审核决定', description: '卫生健康部门审核作出决定。', days: 5, countsTowardLimit: true },
      { name: '发证', description: '发放电子护士执业证书。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      { name: '国家护士电子化注册系统', address: '网上办理：护士电子化注册系统（个人端、机构端）', hours: '7×24 小时' },
    ],
    consultPhone: '0514-87368190',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子护士执业证书'],
    faq: [
      {
        q: '换医院工作要重新考试吗？',
        a: '不用。在新医院办理变更注册即可，变更注册一般即时办结。',
      },
    ],
    updatedAt: '2026-06-25',
  },
})

// ═════════════════════════════ 残疾人联合会 ═════════════════════════════

// ───────────────────────────── 残疾人证 ─────────────────────────────
const disabilityCard: ServiceItemSeed = {
  baseCode: '100600000001',
  implCode: implCode('100600000001', '321003', 'county'),
  name: '残疾人证新办',
  aliases: ['办残疾证', '残疾证', '申请残疾证', '评残'],
  keywords: ['残疾人证', '残疾评定', '残疾等级', '智能化残疾人证', '指定评定机构'],
  department: '邗江区残疾人联合会',
  level: 'county',
  divisionCode: '321003',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 57,
  summary: '网上提交申请后到指定医院进行残疾评定（唯一一次到场），评定合格的由区残联审核发放智能化残疾人证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国残疾人保障法》',
        article: '第二条',
        text: '残疾人是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常，全部或者部分丧失以正常方式从事某种活动能力的人。残疾人包括视力残疾、听力残疾、言语残疾、肢体残疾、智力残疾、精神残疾、多重残疾和其他残疾的人。……',
      },
    ],
    implementer: '邗江区残疾人联合会',
    acceptingUnit: '邗江区残疾人联合会；各镇（街道）残疾人工作服务站代为受理',
    conditions: [
      '邗江区户籍（持居住证的可在居住地申请，按当地规定）。',
      '符合《残疾人残疾分类和分级》国家标准。',
      '须到指定评定医院当面评定一次：残疾类别和等级必须由评定医生当面检查确定，不能网上完成。',
    ],
    materials: [
      {
        name: '残疾人证申请表',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或全国残联信息化服务平台在线填写',
        required: true,
        sample:
          '申请人：邱某，男，身份证号 3210**********5519；户籍：邗江区瓜洲镇；申请残疾类别：肢体残疾；致残原因：2025年工伤，右下肢截肢；监护人/代理人：无；评定医院：选择扬州某医院骨科评残门诊。',
        commonMistakes: [
          '残疾类别选择与实际不符（如听力问题选了言语残疾），须重新评定。',
          '精神残疾申请未提供连续治疗病历（一般须病程满一年）。',
        ],
      },
      {
        name: '本人近期免冠照片（白底）',
        form: '电子证照',
        copies: 1,
        source: '申请人上传',
        required: true,
        commonMistakes: ['照片有遮挡或为生活照。'],
      },
      {
        name: '近期病历、检查报告',
        form: '原件',
        copies: 1,
        source: '医疗机构出具',
        required: true,
        commonMistakes: ['智力残疾儿童未带发育评估材料。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交申请，预约评定医院和时间。', days: 0, countsTowardLimit: false },
      { name: '残疾评定', description: '到指定医院当面评定，出具评定结论。', days: 10, countsTowardLimit: false },
      { name: '审核', description: '区残联审核评定结论。', days: 5, countsTowardLimit: true },
      {
        name: '制证发证',
        description: '制作智能化残疾人证，邮寄或到镇（街道）服务站领取。',
        days: 5,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      ONLINE,
      { name: '邗江区残疾人联合会 服务窗口', address: '扬州市邗江区政务服务中心二楼残联窗口', hours: HOURS },
    ],
    consultPhone: '0514-12385',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '镇（街道）残疾人工作服务站领取', '电子残疾人证'],
    faq: [
      {
        q: '评残要收费吗？',
        a: '在指定机构进行残疾评定的费用按扬州市规定由残联承担或减免，具体以评定机构告知为准。',
      },
      {
        q: '残疾人证有什么用？',
        a: '是享受两项补贴、城乡居民养老保险代缴、乘车优惠、就业扶持等政策的凭证。',
      },
    ],
    updatedAt: '2026-09-12',
  },
}
peopleItems6.push(
  disabilityCard,
  implementAt(disabilityCard, {
    level: 'town',
    divisionCode: '321003103',
    department: '邗江区瓜洲镇便民服务中心',
    popularity: 20,
    summary: '瓜洲镇居民可到镇残疾人工作服务站提交残疾人证申请，服务站协助预约评定医院。',
    guide: {
      implementer: '邗江区残疾人联合会',
      acceptingUnit: '瓜洲镇残疾人工作服务站（设在镇便民服务中心）',
      locations: [
        { name: '瓜洲镇便民服务中心 残联窗口', address: '扬州市邗江区瓜洲镇便民服务中心一楼', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87688235',
    },
  }),
)

// ───────────────────────────── 残疾人两项补贴 ─────────────────────────────
const twoSubsidies: ServiceItemSeed = {
  baseCode: '100600000002',
  implCode: implCode('100600000002', '321084', 'county'),
  name: '困难残疾人生活补贴和重度残疾人护理补贴申领',
  aliases: ['残疾人两项补贴', '残疾人补贴', '重残护理补贴', '困难残疾人生活补贴'],
  keywords: ['两项补贴', '残疾人', '护理补贴', '生活补贴', '跨省通办'],
  department: '高邮市残疾人联合会',
  level: 'county',
  divisionCode: '321084',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 53,
  summary: '低保等困难家庭的残疾人申领生活补贴，一、二级重度残疾人申领护理补贴，网上申请，按月发放。',
  guide: {
    basis: [
      {
        law: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
        article: '二、（二）',
        text: '……困难残疾人生活补贴主要补助残疾人因残疾产生的额外生活支出，对象为低保家庭中的残疾人，有条件的地方可逐步扩大到低收入残疾人及其他困难残疾人。重度残疾人护理补贴主要补助残疾人因残疾产生的额外长期照护支出，对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人……',
      },
    ],
    implementer: '高邮市残疾人联合会、高邮市民政局',
    acceptingUnit: '户籍所在地镇（街道）便民服务中心；网上申请由市残联统一分办',
    conditions: [
      '持有第二代（或智能化）残疾人证。',
      '生活补贴：低保家庭或扬州市规定的其他困难家庭中的残疾人。',
      '护理补贴：残疾等级一级、二级（及扬州市规定的三级、四级智力、精神残疾）且需长期照护。',
      '已享受工伤保险生活护理费、特困供养等同类补贴的不重复享受。',
    ],
    materials: [
      {
        name: '残疾人两项补贴申请审批表',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或全国残疾人两项补贴信息系统',
        required: true,
        sample:
          '申请人：严某，女，身份证号 3210**********4628；残疾人证号：3210**********462842（残疾类别等级：肢体二级）；家庭类别：低保家庭；申请补贴：困难残疾人生活补贴、重度残疾人护理补贴；代理人：严某某（女儿）；发放账户：本人社会保障卡。',
        commonMistakes: ['残疾人证未按期换领或等级已调整，系统提示证件状态异常。', '已享受工伤护理费又申请护理补贴。'],
      },
    ],
    process: [
      { name: '网上申请', description: '本人或代理人提交申请。', days: 0, countsTowardLimit: false },
      { name: '镇（街道）初审', description: '核对残疾人证、低保身份和照护需求。', days: 5, countsTowardLimit: true },
      { name: '市残联审核、民政审定', description: '残联审核、民政部门审定。', days: 10, countsTowardLimit: true },
      { name: '发放', description: '自审定次月起按月发放。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [
      ONLINE,
      { name: '高邮市政务服务中心 残联窗口', address: '高邮市高邮街道高邮市政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-84612385',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['按月发放至社会保障卡', '审定结果短信通知'],
    faq: [
      {
        q: '户口不在扬州能申请吗？',
        a: '两项补贴已实行“跨省通办”，可在居住地提交申请，由户籍地审核发放。',
      },
      {
        q: '家里不是低保能申请护理补贴吗？',
        a: '可以。护理补贴不以低保为条件，只要残疾等级和照护需求符合规定即可。',
      },
    ],
    updatedAt: '2026-09-12',
  },
}
peopleItems6.push(
  twoSubsidies,
  implementAt(twoSubsidies, {
    level: 'village',
    divisionCode: '321084101',
    department: '高邮市龙虬镇龙虬村村民委员会',
    popularity: 10,
    handlingMode: 'once',
    visitCount: 1,
    summary: '村残疾人专职委员上门或在村便民服务站代为提交两项补贴申请。',
    guide: {
      implementer: '高邮市残疾人联合会、高邮市民政局',
      acceptingUnit: '龙虬村便民服务站 残疾人专职委员（代收代办）',
      locations: [{ name: '龙虬村便民服务站', address: '高邮市龙虬镇龙虬村党群服务中心', hours: HOURS_VILLAGE }],
      consultPhone: '0514-84512385',
    },
  }),
)

// ═════════════════════════════ 退役军人事务 ═════════════════════════════

const veteranCard: ServiceItemSeed = {
  baseCode: '100700000001',
  implCode: implCode('100700000001', '321012', 'county'),
  name: '退役军人和其他优抚对象优待证申领',
  aliases: ['优待证', '退役军人优待证', '军属优待证', '办优待证'],
  keywords: ['优待证', '退役军人', '优抚对象', '烈士遗属', '优待'],
  department: '江都区退役军人事务局',
  level: 'county',
  divisionCode: '321012',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 45,
  summary: '已完成信息采集的退役军人和烈士、因公牺牲、病故军人遗属，网上申领优待证，制证后由服务站发放。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国退役军人保障法》',
        article: '第三条',
        text: '退役军人为国防和军队建设做出了重要贡献，是社会主义现代化建设的重要力量。尊重、关爱退役军人是全社会的共同责任。国家关心、优待退役军人，加强退役军人保障体系建设，保障退役军人依法享有相应的权益。',
      },
    ],
    implementer: '江都区退役军人事务局',
    acceptingUnit: '江都区退役军人服务中心；各镇退役军人服务站',
    conditions: [
      '户籍在江都区的退役军人，或烈士遗属、因公牺牲军人遗属、病故军人遗属。',
      '已在退役军人信息系统完成信息采集。',
    ],
    materials: [
      {
        name: '优待证申领信息（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或退役军人服务平台',
        required: true,
        sample:
          '申请人：包某，身份证号 3210**********0711；人员类别：退役士兵（2012年入伍，2017年退役）；部队番号：略（按系统提示填写）；领证地点：邵伯镇退役军人服务站；照片：已上传。',
        commonMistakes: ['入伍、退役时间与退役证不一致。', '照片穿着军装或佩戴军衔标志，不符合优待证照片要求。'],
      },
      {
        name: '退役证件或烈士证明书等身份证明',
        form: '电子证照',
        copies: 1,
        source: '部队或退役军人事务部门核发',
        required: true,
        commonMistakes: ['退役证遗失未先补办或未提供档案证明。'],
      },
    ],
    process: [
      { name: '网上申领', description: '提交申领信息和照片。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '区退役军人事务局审核身份。', days: 5, countsTowardLimit: true },
      { name: '制证', description: '省级统一制证（与合作银行联名）。', days: 15, countsTowardLimit: true },
      { name: '发放激活', description: '服务站通知领取并协助激活。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [
      ONLINE,
      { name: '江都区退役军人服务中心', address: '扬州市江都区政务服务中心二楼退役军人事务窗口', hours: HOURS },
    ],
    consultPhone: '0514-86522801',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['服务站领取', '电子优待证'],
    faq: [
      {
        q: '优待证能享受哪些优待？',
        a: '包括公园景区、公共交通等优待，以及合作单位提供的优待服务，具体以国家和江苏省、扬州市公布的优待目录为准。',
      },
    ],
    updatedAt: '2026-08-01',
  },
}
peopleItems6.push(
  veteranCard,
  implementAt(veteranCard, {
    level: 'town',
    divisionCode: '321003002',
    department: '邗江区蒋王街道退役军人服务站',
    popularity: 15,
    handlingMode: 'once',
    visitCount: 1,
    summary: '蒋王街道退役军人可到街道退役军人服务站现场采集照片、提交优待证申领。',
    guide: {
      implementer: '邗江区退役军人事务局',
      acceptingUnit: '蒋王街道退役军人服务站',
      conditions: [
        '户籍在邗江区蒋王街道的退役军人，或烈士遗属、因公牺牲军人遗属、病故军人遗属。',
        '已在退役军人信息系统完成信息采集。',
      ],
      locations: [
        { name: '蒋王街道退役军人服务站', address: '扬州市邗江区蒋王街道便民服务中心一楼', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87518801',
    },
  }),
)

peopleItems6.push({
  baseCode: '100700000002',
  implCode: implCode('100700000002', '321023', 'county'),
  name: '烈士遗属、因公牺牲军人遗属、病故军人遗属定期抚恤金给付',
  aliases: ['军属抚恤金', '烈属抚恤', '遗属定期抚恤', '抚恤'],
  keywords: ['定期抚恤金', '烈士遗属', '病故军人', '优抚', '军人抚恤优待条例'],
  department: '宝应县退役军人事务局',
  level: 'county',
  divisionCode: '321023',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 18,
  summary: '符合条件的烈士、因公牺牲军人、病故军人遗属，到县退役军人事务局申请定期抚恤金，按月发放。',
  guide: {
    basis: [
      {
        law: '《军人抚恤优待条例》',
        article: '第二条',
        text: '……烈士遗属、因公牺牲军人遗属、病故军人遗属……是本条例规定的抚恤优待对象，依照本条例的规定享受抚恤优待。',
      },
    ],
    implementer: '宝应县退役军人事务局',
    acceptingUnit: '宝应县退役军人事务局 优抚股（县政务服务中心窗口受理）',
    conditions: [
      '烈士、因公牺牲军人、病故军人的父母（抚养人）、配偶、子女等遗属。',
      '符合《军人抚恤优待条例》规定的定期抚恤金享受条件（如父母无劳动能力或无生活费来源、子女未满18周岁等）。',
      '须本人（或监护人）到窗口一次：核验烈士证明书等原件并签署承诺，定期抚恤对象须建档。',
    ],
    materials: [
      {
        name: '定期抚恤金申请表',
        form: '原件',
        copies: 1,
        source: '窗口领取',
        required: true,
        sample:
          '申请人：谢某某，身份证号 3210**********0824，与牺牲军人关系：母亲；牺牲军人：谢某，2019年因公牺牲；证明书：因公牺牲军人证明书编号 *****；家庭收入：无固定收入，年满60周岁；发放账户：本人社会保障卡。',
        commonMistakes: [
          '遗属身份证明与户籍信息关系不一致（如继父母未提供抚养关系证明）。',
          '已领取其他遗属待遇未如实申报。',
        ],
      },
      {
        name: '烈士证明书或因公牺牲、病故军人证明书',
        form: '原件和复印件',
        copies: 1,
        source: '部队或退役军人事务部门颁发',
        required: true,
        commonMistakes: ['证明书遗失未先申请补发。'],
      },
      {
        name: '居民身份证、户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['未成年子女由监护人代办时未提供监护关系证明。'],
      },
    ],
    process: [
      { name: '窗口受理', description: '核验原件，填写申请。', days: 0, countsTowardLimit: true },
      { name: '审核审批', description: '核实遗属条件，报县局审批。', days: 15, countsTowardLimit: true },
      { name: '发放', description: '按月发放至社会保障卡。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [
      { name: '宝应县政务服务中心 退役军人事务窗口', address: '宝应县安宜镇宝应县政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-88291801',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['按月发放至社会保障卡', '审批结果书面告知'],
    faq: [
      {
        q: '定期抚恤金会调整吗？',
        a: '国家按规定定期调整定期抚恤金标准，调整后自动按新标准发放，无需重新申请。',
      },
    ],
    updatedAt: '2026-07-10',
  },
})

// ═════════════════════════════ 司法行政 ═════════════════════════════

const legalAid: ServiceItemSeed = {
  baseCode: '100800000001',
  implCode: implCode('100800000001', '321000', 'city'),
  name: '法律援助申请',
  aliases: ['法律援助', '免费请律师', '讨薪法律援助', '申请援助律师'],
  keywords: ['法律援助', '经济困难', '农民工讨薪', '工伤赔偿', '法律援助中心', '12348'],
  department: '扬州市司法局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 56,
  summary: '经济困难或属于免予核查情形的公民，就追索劳动报酬、工伤赔偿、赡养抚养等事项网上申请法律援助，7日内决定。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国法律援助法》',
        article: '第三十一条',
        text: '下列事项的当事人，因经济困难没有委托代理人的，可以向法律援助机构申请法律援助：（一）依法请求国家赔偿；（二）请求给予社会保险待遇或者社会救助；……（五）请求给付赡养费、抚养费、扶养费；（六）请求确认劳动关系或者支付劳动报酬；……',
      },
      {
        law: '《中华人民共和国法律援助法》',
        article: '第四十二条',
        text: '法律援助申请人有材料证明属于下列人员之一的，免予核查经济困难状况：（一）无固定生活来源的未成年人、老年人、残疾人等特定群体；（二）社会救助、司法救助或者优抚对象；（三）申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员；……',
      },
      {
        law: '《中华人民共和国法律援助法》',
        article: '第四十三条',
        text: '法律援助机构应当自收到法律援助申请之日起七日内进行审查，作出是否给予法律援助的决定；决定给予法律援助的，应当自作出决定之日起三日内指派法律援助人员为受援人提供法律援助……',
      },
    ],
    implementer: '扬州市司法局',
    acceptingUnit: '扬州市法律援助中心；各县（市、区）法律援助中心及乡镇（街道）法律援助工作站',
    conditions: [
      '申请事项属于《法律援助法》规定的法律援助范围。',
      '经济困难（个人诚信承诺，法律援助机构核查），或属于免予核查经济困难的人员。',
      '诉讼事项向办案机关所在地、非诉讼事项向争议处理机关所在地或事由发生地的法律援助机构申请。',
    ],
    materials: [
      {
        name: '法律援助申请表（含经济困难状况个人诚信承诺）',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”或“江苏法律服务网”在线填写',
        required: true,
        sample:
          '申请人：杨某，身份证号 3408**********2219，务工人员；对方当事人：扬州某建筑劳务公司；案由：追索劳动报酬（2026年6—9月工资共计18,600元未支付）；证据：考勤照片、工友证言、微信催款记录；经济状况：属进城务工人员讨薪，免予核查；承诺：以上信息真实。',
        commonMistakes: [
          '案情只写“老板不给钱”，未写明欠薪期间、金额和对方单位全称。',
          '对方当事人写包工头外号，未写真实姓名或单位名称。',
        ],
      },
      {
        name: '与所申请事项有关的证据材料',
        form: '电子证照',
        copies: 1,
        source: '申请人自备',
        required: true,
        commonMistakes: ['只上传聊天截图，未包含对方身份信息的页面。'],
      },
      {
        name: '代理人身份证明及代理关系证明',
        form: '电子证照',
        copies: 1,
        source: '申请人自备',
        required: '无民事行为能力或限制民事行为能力人由法定代理人代为申请的',
        commonMistakes: ['监护关系证明缺失。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交申请表和证据材料。', days: 0, countsTowardLimit: false },
      { name: '审查决定', description: '审查是否属于援助范围、是否经济困难。', days: 3, countsTowardLimit: true },
      { name: '指派', description: '指派律师或基层法律服务工作者承办，通知申请人。', days: 2, countsTowardLimit: true },
    ],
    legalLimitDays: 7,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      ONLINE,
      { name: '扬州市法律援助中心', address: '扬州市公共法律服务中心（市法律援助中心接待大厅）', hours: HOURS },
    ],
    consultPhone: '0514-12348',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['给予（或不予）法律援助决定书电子送达', '短信通知承办人员信息'],
    faq: [
      {
        q: '法律援助真的不收钱吗？',
        a: '法律援助是国家为经济困难公民和特定案件当事人提供的无偿法律服务，承办人员不得向受援人收取任何财物。',
      },
      {
        q: '不符合条件被拒绝了怎么办？',
        a: '对不予法律援助决定有异议的，可以自收到决定之日起15日内向设立该法律援助机构的司法行政部门提出异议。',
      },
    ],
    updatedAt: '2026-10-22',
  },
}
peopleItems6.push(
  legalAid,
  implementAt(legalAid, {
    level: 'county',
    divisionCode: '321012',
    department: '江都区司法局',
    popularity: 28,
    guide: {
      implementer: '江都区司法局',
      acceptingUnit: '江都区法律援助中心',
      locations: [
        ONLINE,
        { name: '江都区公共法律服务中心', address: '扬州市江都区公共法律服务中心一楼法律援助窗口', hours: HOURS },
      ],
      consultPhone: '0514-86512348',
    },
  }),
)

peopleItems6.push({
  baseCode: '100800000002',
  implCode: implCode('100800000002', '321000', 'city'),
  name: '证明类公证（出生、亲属关系、学历、无犯罪记录等）',
  aliases: ['公证', '办公证', '亲属关系公证', '出国公证', '学历公证', '继承公证'],
  keywords: ['公证书', '公证处', '涉外公证', '亲属关系', '海牙认证', '翻译'],
  department: '扬州市司法局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 47,
  summary:
    '出国留学、探亲、继承等需要的出生、亲属关系、学历、无犯罪记录等证明类公证，网上申请、视频核验，公证书邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国公证法》',
        article: '第二十五条',
        text: '自然人、法人或者其他组织申请办理公证，可以向住所地、经常居住地、行为地或者事实发生地的公证机构提出。……',
      },
      {
        law: '《中华人民共和国公证法》',
        article: '第三十条',
        text: '公证机构经审查，认为申请提供的证明材料真实、合法、充分，申请公证的事项真实、合法的，应当自受理公证申请之日起十五个工作日内向当事人出具公证书。但是，因不可抗力、补充证明材料或者需要核实有关情况的，所需时间不计算在期限内。',
      },
    ],
    implementer: '扬州市司法局（业务指导）',
    acceptingUnit: '扬州市各公证机构（市区公证处及各县（市、区）公证处）',
    conditions: [
      '申请人住所地、经常居住地或事实发生地在扬州市。',
      '申请事项真实、合法，能提供相应证明材料。',
      '涉外公证须明确使用国家，以确定是否需要译文和认证。',
    ],
    materials: [
      {
        name: '公证申请表',
        form: '在线填写',
        copies: 1,
        source: '“江苏掌上公证”或公证机构小程序在线填写',
        required: true,
        sample:
          '申请人：许某，身份证号 3210**********0320；公证事项：亲属关系公证（申请人与父亲许某某、母亲王某的关系）；用途：赴英国留学；使用国：英国；译文：英文；份数：2份；领取方式：EMS 邮寄。',
        commonMistakes: [
          '未写明使用国，公证书缺少所需译文或未办理后续认证。',
          '亲属关系只写“父母”，未写父母姓名和出生日期。',
        ],
      },
      {
        name: '居民身份证、户口簿',
        form: '电子证照',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['户口簿上亲属已分户，不能直接证明亲属关系，须补充档案证明。'],
      },
      {
        name: '证明事项的有关材料（出生医学证明、学历证书、无犯罪记录证明等）',
        form: '电子证照',
        copies: 1,
        source: '相关部门出具',
        required: true,
        commonMistakes: ['学历证书上传的是复印件照片，公证处须核对原件（可视频核验或邮寄）。'],
      },
    ],
    process: [
      { name: '网上申请', description: '选择公证事项，上传材料，视频核验身份。', days: 0, countsTowardLimit: false },
      { name: '审查核实', description: '审查材料，必要时向有关单位核实。', days: 5, countsTowardLimit: true },
      { name: '出具公证书', description: '制作公证书及译文，缴费后出证。', days: 2, countsTowardLimit: true },
      { name: '送达', description: 'EMS 邮寄或到公证处领取。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 7,
    fee: {
      charged: true,
      basis: '江苏省公证服务收费标准（省价格主管部门会同司法行政部门制定）',
      standard: '证明类公证按件收费，译文、副本另计；具体以公证机构收费公示为准。低保对象等可申请减免。',
    },
    locations: [
      { name: '“江苏掌上公证” / 公证机构小程序', address: '网上申请：选择扬州市公证机构', hours: '7×24 小时受理' },
      { name: '扬州市公证处 接待大厅', address: '扬州市公共法律服务中心（公证接待区）', hours: HOURS },
    ],
    consultPhone: '0514-12348',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '公证处领取'],
    faq: [
      {
        q: '公证书出来后还要做认证吗？',
        a: '使用国为《取消外国公文书认证要求的公约》缔约国的，办理附加证明书（海牙认证）即可；其他国家须办理领事认证，可委托公证处代办。',
      },
      {
        q: '继承房产的公证能网上办吗？',
        a: '继承公证涉及全部继承人到场表态和较复杂的核实，一般需要到公证处办理，本事项仅限证明类公证网上办理。',
      },
    ],
    updatedAt: '2026-09-26',
  },
})
