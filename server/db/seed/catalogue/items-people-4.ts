import { COMPLAINT, HOURS, HOURS_TOWN } from './halls'
import { implCode, implementAt } from './implementation'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（四）：扬州市医疗保障局 —— 城乡居民医保参保、异地就医备案、门诊慢特病、生育津贴、转移接续、零星报销、
 * 参保凭证；另含人社“个人参保证明”打印（打证明类高频事项）。
 */

const HOURS_VILLAGE = '周一至周五 8:30-11:30，14:00-17:00；集中缴费期周六上午加班代办'
const CITY_YB = {
  name: '扬州市政务服务中心 医保综合窗口',
  address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼医保服务区',
  hours: HOURS,
}
const ONLINE_YB = {
  name: '“江苏医保云”App / 国家医保服务平台 App / “苏服办”',
  address: '网上办理：搜索事项名称，医保电子凭证或刷脸登录',
  hours: '7×24 小时受理，工作日审核',
}
const PHONE = '0514-12393'

export const peopleItems4: ServiceItemSeed[] = []

// ───────────────────────────── 城乡居民医保参保 ─────────────────────────────
const residentMedical: ServiceItemSeed = {
  baseCode: '100300000001',
  implCode: implCode('100300000001', '321003', 'county'),
  name: '城乡居民基本医疗保险参保登记',
  aliases: ['交居民医保', '新农合', '居民医保参保', '小孩交医保', '学生医保', '新生儿参保'],
  keywords: ['城乡居民医保', '医保', '医疗保险', '参保缴费', '集中缴费期', '新生儿'],
  department: '邗江区医疗保障局',
  level: 'county',
  divisionCode: '321003',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 83,
  summary: '未参加职工医保的城乡居民、学生儿童和新生儿，网上参保登记后通过税务渠道缴纳下一年度居民医保费。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十五条',
        text: '国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。',
      },
      {
        law: '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）',
        article: '二、（一）统一覆盖范围',
        text: '城乡居民医保制度覆盖范围包括现有城镇居民医保和新农合所有应参保（合）人员，即覆盖除职工基本医疗保险应参保人员以外的其他所有城乡居民。……',
      },
    ],
    implementer: '邗江区医疗保障局',
    acceptingUnit: '邗江区医疗保障经办窗口；各街道（镇）便民服务中心、社区（村）代办',
    conditions: [
      '邗江区户籍居民，或持有邗江区居住证的非本地户籍居民，且未参加职工基本医疗保险。',
      '在校学生、婴幼儿可在户籍地、居住地或就读地参保。',
      '新生儿出生后90日内参保缴费的，自出生之日起享受待遇。',
    ],
    materials: [
      {
        name: '城乡居民医保参保登记信息（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '“江苏医保云”或“苏服办”在线填写',
        required: true,
        sample:
          '参保人：王一诺（新生儿），身份证号 3210**********0021；监护人：李婷，电话 138****6688；参保类别：城乡居民医保（未成年人）；参保地：邗江区；缴费渠道：“江苏税务”App。',
        commonMistakes: [
          '新生儿户口未落好就用父母信息参保，参保人变成了父母本人。',
          '已随单位参加职工医保又登记居民医保，造成重复参保，须办理退费。',
        ],
      },
      {
        name: '居住证',
        form: '电子证照',
        copies: 1,
        source: '公安机关核发',
        required: '非邗江区户籍居民以居住地身份参保的',
        commonMistakes: ['居住证未按年签注，已失效。'],
      },
      {
        name: '低保、特困、残疾人等资助参保身份证明',
        form: '电子证照',
        copies: 1,
        source: '民政、残联部门共享',
        required: '申请政府资助个人缴费的',
        commonMistakes: ['身份认定在缴费期结束后才取得，当年已按普通居民缴费，需申请退费补差。'],
      },
    ],
    process: [
      { name: '参保登记', description: '网上填报或社区代办登记。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '核查重复参保及资助身份。', days: 1, countsTowardLimit: true },
      {
        name: '缴费',
        description: '集中缴费期内通过“江苏税务”App、微信、银行或社区代收缴费。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '待遇生效',
        description: '集中缴费期缴费的自次年1月1日起享受待遇；新生儿按规定自出生之日起享受。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [
      ONLINE_YB,
      { name: '邗江区政务服务中心 医保窗口', address: '扬州市邗江区政务服务中心二楼医保区', hours: HOURS },
    ],
    consultPhone: '0514-87862393',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['参保结果短信通知', '医保电子凭证即时可用'],
    faq: [
      {
        q: '居民医保什么时候交？错过了怎么办？',
        a: '每年集中缴费期缴纳下一年度费用（具体起止日期以当年通告为准）。集中缴费期外参保的，按规定设置待遇等待期，建议按时缴费、连续参保。',
      },
      {
        q: '交了居民医保，在外地上大学能用吗？',
        a: '在校学生可在就读地参加当地大学生医保；在扬州参保的，在外地就医须先办理异地就医备案。',
      },
      {
        q: '个人缴费标准是多少？',
        a: '按扬州市当年公布的城乡居民医保个人缴费标准执行，低保、特困、重残等人员由政府全额或部分资助。',
      },
    ],
    updatedAt: '2026-10-28',
  },
}
peopleItems4.push(
  residentMedical,
  implementAt(residentMedical, {
    level: 'town',
    divisionCode: '321003010',
    department: '邗江区竹西街道便民服务中心',
    popularity: 35,
    handlingMode: 'once',
    visitCount: 1,
    summary: '竹西街道居民可到街道便民服务中心医保窗口现场登记参保，工作人员协助在手机上完成缴费。',
    guide: {
      implementer: '邗江区医疗保障局',
      acceptingUnit: '邗江区竹西街道便民服务中心 医保窗口',
      locations: [
        { name: '竹西街道便民服务中心', address: '扬州市邗江区竹西街道便民服务中心一楼医保窗口', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87328015',
    },
  }),
  implementAt(residentMedical, {
    level: 'village',
    divisionCode: '321003010',
    department: '邗江区竹西街道竹西社区居民委员会',
    popularity: 18,
    handlingMode: 'once',
    visitCount: 1,
    summary: '社区居民可在社区党群服务中心由医保协理员代办参保登记，老人不会用手机的可现场代收缴费。',
    guide: {
      implementer: '邗江区医疗保障局',
      acceptingUnit: '竹西社区党群服务中心 医保代办点',
      locations: [
        { name: '竹西社区党群服务中心', address: '扬州市邗江区竹西街道竹西社区党群服务中心一楼', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-87328015',
    },
  }),
  implementAt(residentMedical, {
    level: 'village',
    divisionCode: '321012114',
    department: '江都区邵伯镇邵伯社区居民委员会',
    popularity: 14,
    handlingMode: 'once',
    visitCount: 1,
    summary: '邵伯镇居民在社区便民服务站由网格员代办居民医保参保登记和缴费。',
    guide: {
      implementer: '江都区医疗保障局',
      acceptingUnit: '邵伯社区便民服务站（网格员代办）',
      conditions: [
        '江都区户籍居民，或持有江都区居住证的非本地户籍居民，且未参加职工基本医疗保险。',
        '在校学生、婴幼儿可在户籍地、居住地或就读地参保。',
        '新生儿出生后90日内参保缴费的，自出生之日起享受待遇。',
      ],
      locations: [
        { name: '邵伯社区便民服务站', address: '扬州市江都区邵伯镇邵伯社区党群服务中心', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-86932393',
    },
  }),
)

// ───────────────────────────── 异地就医备案 ─────────────────────────────
peopleItems4.push({
  baseCode: '100300000002',
  implCode: implCode('100300000002', '321000', 'city'),
  name: '基本医疗保险跨省异地就医备案',
  aliases: ['异地就医', '异地就医备案', '外地看病备案', '异地安置', '去上海看病备案', '医保异地备案'],
  keywords: ['异地就医', '备案', '直接结算', '长期居住', '临时外出', '转诊'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 87,
  summary: '到省外长期居住或临时外出就医的参保人，手机上办理备案，承诺制、即时生效，可在就医地直接结算。',
  guide: {
    basis: [
      {
        law: '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
        article: '二、（一）',
        text: '……跨省异地就医直接结算的住院、普通门诊和门诊慢特病医疗费用，原则上执行就医地规定的支付范围及有关规定……参保地执行本统筹地区规定的基本医疗保险起付标准、支付比例和最高支付限额等有关政策。',
      },
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十九条',
        text: '……社会保险行政部门和卫生行政部门应当建立异地就医医疗费用结算制度，方便参保人员享受基本医疗保险待遇。',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构（网上受理，即时办结）',
    conditions: [
      '参加扬州市职工医保或城乡居民医保，参保状态正常。',
      '异地长期居住人员：异地安置退休人员、异地长期居住人员、常驻异地工作人员。',
      '临时外出就医人员：异地转诊就医、异地急诊抢救、其他临时外出就医人员。',
    ],
    materials: [
      {
        name: '跨省异地就医备案表（含个人承诺书）',
        form: '在线填写',
        copies: 1,
        source: '国家医保服务平台 App、“江苏医保云”在线填写',
        required: true,
        sample:
          '参保人：丁桂芳，身份证号 3210**********2441；参保险种：职工医保（退休）；备案类型：异地长期居住；就医地：上海市浦东新区；备案开始日期：2026年12月1日；承诺：本人在就医地居住半年以上，所填信息真实，如有虚假愿承担相应责任。',
        commonMistakes: [
          '实际是临时去外地做手术，却按“异地长期居住”备案，回扬州就医时报销比例受影响。',
          '就医地只选到省，未选到具体城市，结算时显示备案地不符。',
          '备案开始日期晚于入院日期，入院期间费用不能直接结算。',
        ],
      },
    ],
    process: [
      { name: '网上备案', description: '选择备案类型和就医地，签署承诺书提交。', days: 0, countsTowardLimit: true },
      {
        name: '即时生效',
        description: '系统校验参保状态后即时备案成功，就医时出示医保电子凭证或社保卡。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE_YB, CITY_YB],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['备案结果即时显示，短信通知'],
    faq: [
      {
        q: '在外地住院了才想起没备案，还能补吗？',
        a: '可以在出院结算前补办备案，补办后可直接结算；已经出院的，回扬州按零星报销办理。',
      },
      {
        q: '备案后回扬州看病还能报吗？',
        a: '异地长期居住备案的，在备案有效期内回参保地就医仍可按规定报销；临时外出备案不影响在扬州就医。',
      },
      {
        q: '临时外出备案的报销比例会降低吗？',
        a: '按扬州现行政策，临时外出就医人员的支付比例较参保地同级医疗机构有所降低，具体以医保部门公布为准。',
      },
    ],
    updatedAt: '2026-11-08',
  },
})

// ───────────────────────────── 门诊慢特病认定 ─────────────────────────────
const chronic: ServiceItemSeed = {
  baseCode: '100300000003',
  implCode: implCode('100300000003', '321000', 'city'),
  name: '门诊慢特病待遇认定',
  aliases: ['慢性病认定', '办慢病卡', '特殊病种申请', '门慢门特', '大病门诊'],
  keywords: ['门诊慢特病', '慢性病', '特殊病', '高血压', '糖尿病', '恶性肿瘤', '透析'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 72,
  summary: '患有规定病种的参保人，网上上传病历检查资料申请认定，认定后门诊费用按慢特病政策报销。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十八条',
        text: '符合基本医疗保险药品目录、诊疗项目、医疗服务设施标准以及急诊、抢救的医疗费用，按照国家规定从基本医疗保险基金中支付。',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构；具备认定资格的定点医疗机构',
    conditions: [
      '参加扬州市基本医疗保险，参保状态正常。',
      '所患疾病属于江苏省统一的门诊慢特病病种目录，且病情符合该病种认定标准。',
      '病历、检查检验报告应为二级及以上医疗机构近期出具。',
    ],
    materials: [
      {
        name: '门诊慢特病认定申请表',
        form: '在线填写',
        copies: 1,
        source: '“江苏医保云”在线填写',
        required: true,
        sample:
          '申请人：孙建华，身份证号 3210**********1817；申请病种：糖尿病（合并慢性并发症）；诊断医院：扬州某三级医院内分泌科；病程：2019年确诊，2026年出现糖尿病肾病；定点治疗机构：扬州某社区卫生服务中心。',
        commonMistakes: [
          '只有门诊处方，没有能证明诊断的检查报告（如糖化血红蛋白、尿微量白蛋白）。',
          '申请病种写“糖尿病”，但病历未体现并发症，达不到对应病种认定标准。',
        ],
      },
      {
        name: '病历资料及检查检验报告',
        form: '电子证照',
        copies: 1,
        source: '医疗机构出具（上传照片或电子病历）',
        required: true,
        commonMistakes: ['上传照片模糊或缺页，专家无法判断。'],
      },
    ],
    process: [
      { name: '网上申请', description: '上传病历资料，选择定点治疗机构。', days: 0, countsTowardLimit: false },
      {
        name: '专家认定',
        description: '认定机构按病种标准审核，必要时通知补充检查。',
        days: 10,
        countsTowardLimit: true,
      },
      {
        name: '备案生效',
        description: '认定通过后系统备案，次日起门诊费用按慢特病政策结算。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [ONLINE_YB, CITY_YB],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['认定结果短信通知', '“江苏医保云”查询'],
    faq: [
      {
        q: '慢特病认定后有效期多久？',
        a: '不同病种有效期不同，部分病种长期有效，部分病种到期须复审，具体以认定结果通知为准。',
      },
      {
        q: '认定没通过可以再申请吗？',
        a: '可以。病情变化达到认定标准后，可补充新的检查资料重新申请。',
      },
    ],
    updatedAt: '2026-09-25',
  },
}
peopleItems4.push(
  chronic,
  implementAt(chronic, {
    level: 'county',
    divisionCode: '321023',
    department: '宝应县医疗保障局',
    popularity: 34,
    handlingMode: 'once',
    visitCount: 1,
    summary: '宝应县参保人可携病历到县医保窗口或县人民医院慢特病认定点现场申请，认定结果短信告知。',
    guide: {
      implementer: '宝应县医疗保障局',
      acceptingUnit: '宝应县医疗保障经办窗口；宝应县人民医院等认定机构',
      locations: [{ name: '宝应县政务服务中心 医保窗口', address: '宝应县安宜镇宝应县政务服务中心二楼', hours: HOURS }],
      consultPhone: '0514-88262393',
    },
  }),
)

// ───────────────────────────── 生育津贴 ─────────────────────────────
peopleItems4.push({
  baseCode: '100300000004',
  implCode: implCode('100300000004', '321000', 'city'),
  name: '生育津贴申领',
  aliases: ['领生育津贴', '产假工资', '生育保险报销', '生育金'],
  keywords: ['生育保险', '生育津贴', '产假', '职工医保', '计划生育手术'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 74,
  summary: '参加生育保险的职工生育或施行计划生育手术后，网上申领生育津贴，按单位上年度职工月平均工资和产假天数计发。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第五十六条',
        text: '职工有下列情形之一的，可以按照国家规定享受生育津贴：（一）女职工生育享受产假；（二）享受计划生育手术休假；（三）法律、法规规定的其他情形。生育津贴按照职工所在用人单位上年度职工月平均工资计发。',
      },
      {
        law: '《女职工劳动保护特别规定》',
        article: '第七条',
        text: '女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天；生育多胞胎的，每多生育1个婴儿，增加产假15天。……',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构（生育保险）',
    conditions: [
      '生育或施行计划生育手术时，用人单位已为职工参加生育保险（职工医保）并正常缴费。',
      '符合法律法规规定生育。',
      '已在分娩医院完成生育医疗费用结算或已办理零星报销。',
    ],
    materials: [
      {
        name: '生育津贴申领表',
        form: '在线填写',
        copies: 1,
        source: '“江苏医保云”或单位经办人网上填报',
        required: true,
        sample:
          '申领人：潘雨，身份证号 3210**********3725；单位：扬州某软件有限公司；生育日期：2026年5月20日；分娩方式：剖宫产（难产）；胎数：1；产假天数：98+30+15=143天；领取方式：发放至本人社会保障卡。',
        commonMistakes: [
          '难产（剖宫产）未勾选，少计15天产假。',
          '生育日期按出院日期填写，应按出生医学证明上的日期。',
          '单位已垫付工资又选择发给个人，造成重复领取。',
        ],
      },
      {
        name: '出生医学证明',
        form: '电子证照',
        copies: 1,
        source: '助产机构签发，系统共享',
        required: '生育的',
        commonMistakes: ['在省外分娩，出生医学证明信息未共享，须上传扫描件。'],
      },
      {
        name: '医疗机构出具的诊断证明或出院小结',
        form: '电子证照',
        copies: 1,
        source: '医疗机构出具',
        required: '难产、多胞胎或计划生育手术的',
        commonMistakes: ['出院小结未写明手术方式。'],
      },
    ],
    process: [
      { name: '网上申领', description: '个人或单位提交申领信息。', days: 0, countsTowardLimit: false },
      {
        name: '审核核定',
        description: '核定产假天数、缴费情况及单位上年度职工月平均工资。',
        days: 5,
        countsTowardLimit: true,
      },
      { name: '支付', description: '按申领方式支付至个人社保卡或单位账户。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [ONLINE_YB, CITY_YB],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['支付至社会保障卡或单位账户', '核定结果短信通知'],
    faq: [
      {
        q: '生育津贴比我工资低，单位要补差吗？',
        a: '生育津贴低于本人产假前工资标准的，由用人单位补足；高于的，按生育津贴标准发放。',
      },
      {
        q: '丈夫的护理假有津贴吗？',
        a: '男方护理假期间的工资由单位照发，不属于生育津贴支付范围。',
      },
    ],
    updatedAt: '2026-09-19',
  },
})

// ───────────────────────────── 医保关系转移接续 ─────────────────────────────
peopleItems4.push({
  baseCode: '100300000005',
  implCode: implCode('100300000005', '321000', 'city'),
  name: '基本医疗保险关系转移接续',
  aliases: ['医保转移', '医保转到扬州', '医保转出', '换城市工作医保怎么办'],
  keywords: ['医保关系', '转移接续', '缴费年限', '跨省通办', '参保凭证'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 58,
  summary: '跨统筹地区就业、居住的参保人，在转入地网上申请医保关系转移，缴费年限累计计算，无需两地跑。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第三十二条',
        text: '个人跨统筹地区就业的，其基本医疗保险关系随本人转移，缴费年限累计计算。',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构（转入地、转出地均可在线受理）',
    conditions: [
      '已在转入地参保（职工医保由新单位参保，居民医保在转入地登记）。',
      '转出地已中止参保；两地同时参保期间的重复缴费须先清理。',
    ],
    materials: [
      {
        name: '医保关系转移接续申请（网上填报）',
        form: '在线填写',
        copies: 1,
        source: '国家医保服务平台 App 或“江苏医保云”',
        required: true,
        sample:
          '申请人：郑凯，身份证号 3205**********1214；转出地：江苏省苏州市（职工医保，2018年3月—2026年6月）；转入地：江苏省扬州市（职工医保，2026年7月起）；转移内容：参保缴费年限、个人账户余额。',
        commonMistakes: ['转入地尚未参保即申请，系统无法接收。', '转出地选错统筹区（如选了省本级）。'],
      },
    ],
    process: [
      { name: '网上申请', description: '在转入地发起转移申请。', days: 0, countsTowardLimit: false },
      {
        name: '转出地审核',
        description: '转出地核对缴费信息，生成参保凭证并转出个人账户余额。',
        days: 10,
        countsTowardLimit: true,
      },
      { name: '转入地接续', description: '转入地接收信息，累计缴费年限。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [ONLINE_YB, CITY_YB],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['办理结果短信通知', 'App 查询转移进度'],
    faq: [
      {
        q: '转移期间生病了能报销吗？',
        a: '转入地参保缴费后即按规定享受待遇，不因转移手续尚在办理中而中断。',
      },
      {
        q: '以前交的医保年限会清零吗？',
        a: '不会。职工医保缴费年限累计计算，用于确定退休后是否还需要缴费。',
      },
    ],
    updatedAt: '2026-08-05',
  },
})

// ───────────────────────────── 零星报销 ─────────────────────────────
const manualClaim: ServiceItemSeed = {
  baseCode: '100300000006',
  implCode: implCode('100300000006', '321000', 'city'),
  name: '医疗费用零星报销（手工报销）',
  aliases: ['医保报销', '手工报销', '回来报销', '外地看病报销', '零星报销'],
  keywords: ['零星报销', '医疗费用', '异地就医', '急诊', '发票', '费用清单'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 77,
  summary: '因急诊、未备案异地就医或系统故障未能直接结算的医疗费用，网上提交电子票据和病历申请报销。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十九条',
        text: '参保人员医疗费用中应当由基本医疗保险基金支付的部分，由社会保险经办机构与医疗机构、药品经营单位直接结算。……',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构',
    conditions: [
      '参保人在就医时参保状态正常，因客观原因未能直接结算。',
      '费用发生之日起2年内申请（以扬州现行规定为准）。',
      '已在其他渠道（商业保险、工伤保险）报销的部分不重复报销。',
    ],
    materials: [
      {
        name: '医疗费用零星报销申请表',
        form: '在线填写',
        copies: 1,
        source: '“江苏医保云”在线填写',
        required: true,
        sample:
          '申请人：高文，身份证号 3210**********0616；就医医院：南京某三级医院（未备案，急诊）；就医类型：住院；住院时间：2026年8月3日—8月10日；总费用：23,418.60元；收款账户：本人社会保障卡。',
        commonMistakes: [
          '总费用按自付金额填写，应按发票上的医疗费用总额。',
          '急诊未附急诊病历，按未备案异地就医降低比例报销。',
        ],
      },
      {
        name: '医疗收费票据',
        form: '电子证照',
        copies: 1,
        source: '医疗机构开具（电子票据可直接关联；纸质票据须邮寄原件）',
        required: true,
        commonMistakes: ['提交的是发票复印件或刷卡小票。', '发票抬头不是参保人本人姓名。'],
      },
      {
        name: '费用明细清单、出院小结或门诊病历',
        form: '电子证照',
        copies: 1,
        source: '医疗机构出具',
        required: true,
        commonMistakes: ['明细清单未加盖医院收费专用章。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '填表，关联电子票据或上传材料；纸质票据按提示寄送。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '审核', description: '逐项审核费用的合规性，按目录计算报销金额。', days: 15, countsTowardLimit: true },
      { name: '支付', description: '报销款支付至社保卡金融账户。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [ONLINE_YB, CITY_YB],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['报销款支付至社会保障卡', '审核结果短信通知'],
    faq: [
      {
        q: '药店买药能零星报销吗？',
        a: '在定点药店应直接刷医保电子凭证或社保卡结算；非定点药店购药的费用不予报销。',
      },
      {
        q: '报销比例和直接结算一样吗？',
        a: '已备案的与直接结算一致；未备案的异地就医费用按扬州规定降低支付比例。',
      },
    ],
    updatedAt: '2026-10-11',
  },
}
peopleItems4.push(
  manualClaim,
  implementAt(manualClaim, {
    level: 'county',
    divisionCode: '321084',
    department: '高邮市医疗保障局',
    popularity: 36,
    handlingMode: 'window',
    visitCount: 1,
    summary: '持纸质发票原件的高邮市参保人，到市医保窗口当面提交原件审核，报销款打入社保卡。',
    guide: {
      implementer: '高邮市医疗保障局',
      acceptingUnit: '高邮市医疗保障经办窗口',
      conditions: [
        '参保人在就医时参保状态正常，因客观原因未能直接结算。',
        '费用发生之日起2年内申请（以扬州现行规定为准）。',
        '持纸质票据的须到窗口当面提交原件：原件经审核后留存归档，不能邮寄复印件代替，因此须跑一次窗口。',
      ],
      process: [
        { name: '窗口受理', description: '核对发票原件与明细，材料齐全当场受理。', days: 0, countsTowardLimit: true },
        { name: '审核', description: '审核费用并计算报销金额。', days: 15, countsTowardLimit: true },
        { name: '支付', description: '报销款支付至社保卡，短信通知。', days: 5, countsTowardLimit: true },
      ],
      locations: [
        { name: '高邮市政务服务中心 医保窗口', address: '高邮市高邮街道高邮市政务服务中心二楼', hours: HOURS },
      ],
      consultPhone: '0514-84682393',
    },
  }),
)

// ───────────────────────────── 医保参保凭证打印 ─────────────────────────────
peopleItems4.push({
  baseCode: '100300000007',
  implCode: implCode('100300000007', '321000', 'city'),
  name: '基本医疗保险参保凭证（缴费证明）打印',
  aliases: ['打医保证明', '医保缴费证明', '医保参保证明', '医保缴费记录'],
  keywords: ['参保凭证', '医保', '缴费明细', '证明', '自助打印'],
  department: '扬州市医疗保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 65,
  summary: '个人或单位网上查询并下载带电子签章的医保参保凭证、缴费明细，用于落户、入学、购房等。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第七十四条',
        text: '……用人单位和个人可以免费向社会保险经办机构查询、核对其缴费和享受社会保险待遇记录，要求社会保险经办机构提供社会保险咨询等相关服务。',
      },
    ],
    implementer: '扬州市医疗保障局',
    acceptingUnit: '扬州市医疗保障经办机构',
    conditions: ['在扬州参加基本医疗保险的个人或单位。'],
    materials: [
      {
        name: '参保凭证打印申请（网上选择）',
        form: '在线填写',
        copies: 1,
        source: '“江苏医保云”或国家医保服务平台 App',
        required: true,
        sample:
          '查询人：邹宁，身份证号 3210**********2829；凭证类型：个人参保缴费明细；起止年月：2021年1月—2026年10月；用途：子女入学。',
        commonMistakes: [
          '打印的是养老保险缴费证明，学校要求的是医保参保凭证。',
          '截图代替带电子签章的 PDF，单位不认可。',
        ],
      },
    ],
    process: [
      {
        name: '在线生成',
        description: '选择类型和时间段，即时生成带电子签章的凭证。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      ONLINE_YB,
      { name: '医保自助服务终端', address: '市、县（市、区）政务服务中心医保区自助终端', hours: HOURS },
    ],
    consultPhone: PHONE,
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['在线下载 PDF', '自助终端打印'],
    faq: [
      {
        q: '凭证上的二维码有什么用？',
        a: '使用单位可扫码核验凭证真伪，无须再到医保窗口盖章。',
      },
    ],
    updatedAt: '2026-07-24',
  },
})

// ───────────────────────────── 个人参保证明（人社） ─────────────────────────────
peopleItems4.push({
  baseCode: '100200000014',
  implCode: implCode('100200000014', '321000', 'city'),
  name: '个人社会保险参保缴费证明打印',
  aliases: ['打社保证明', '社保缴费证明', '社保清单', '养老保险缴费记录', '打证明'],
  keywords: ['参保证明', '社保', '缴费记录', '权益记录', '购房', '积分入学'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 81,
  summary: '个人网上查询并下载养老、失业、工伤保险参保缴费证明，带电子签章，可用于购房、入学、落户等。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第七十四条',
        text: '社会保险经办机构通过业务经办、统计、调查获取社会保险工作所需的数据……社会保险经办机构应当定期将个人权益记录单免费寄送本人。……',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险经办机构',
    conditions: ['在扬州参加（或曾参加）企业职工养老、失业、工伤保险或城乡居民养老保险的个人。'],
    materials: [
      {
        name: '参保证明打印申请（网上选择）',
        form: '在线填写',
        copies: 1,
        source: '“江苏智慧人社”或自助终端',
        required: true,
        sample:
          '查询人：施文杰，身份证号 3210**********1438；证明类型：企业职工养老保险参保缴费证明（明细）；起止年月：2020年1月—2026年10月；用途：购房资格审核。',
        commonMistakes: [
          '购房资格审核需要“连续缴费证明”，却打印了“参保状态证明”。',
          '选择的时间段不足购房政策要求的月数。',
        ],
      },
    ],
    process: [
      { name: '在线生成', description: '即时生成带电子签章和验证码的 PDF。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '“江苏智慧人社”App / 江苏政务服务网扬州旗舰店',
        address: '网上办理：搜索“参保证明”',
        hours: '7×24 小时',
      },
      { name: '人社自助服务一体机', address: '市、县（市、区）政务服务中心及部分街道便民服务中心', hours: HOURS },
    ],
    consultPhone: '0514-12333',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['在线下载 PDF', '自助终端打印'],
    faq: [
      {
        q: '证明上缴费记录少了几个月？',
        a: '当月缴费一般次月才能体现；如确有漏缴，请联系单位核实，或携带劳动合同、工资流水到社保窗口申请补缴核查。',
      },
    ],
    updatedAt: '2026-07-24',
  },
})
