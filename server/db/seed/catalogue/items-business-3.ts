import { implCode } from './implementation'
import {
  CITY_HALL,
  COMPLAINT,
  COUNTY_HALL,
  HOURS,
  HOURS_TOWN,
  HOURS_VILLAGE,
  implAt,
  ONLINE_JS,
  UPDATED,
} from './items-business-shared'
import { proxyLetterSample } from './samples'
import type { ServiceItemSeed } from './types'

/** 扬州市住房公积金管理中心, 扬州市自然资源和规划局（不动产登记中心）, 扬州市住房和城乡建设局 and the 街道/社区 that take housing cases. */

const GJJ_ONLINE = {
  name: '“扬州公积金”App / 扬州市住房公积金管理中心网上服务大厅',
  address: '网上办理（也可在“苏服办”App 搜索“公积金”）',
  hours: '7×24 小时受理，工作日审核',
}
const GJJ_HALL = {
  name: '扬州市住房公积金管理中心营业部',
  address: '扬州市政务服务中心住房公积金窗口',
  hours: HOURS,
}
const REG_HALL = {
  name: '扬州市不动产登记中心服务大厅',
  address: '扬州市政务服务中心不动产登记专区（综合受理窗口）',
  hours: '周一至周五 8:30—12:00，13:30—17:00；周六上午办理预约业务',
}
const REG_ONLINE = {
  name: '扬州市不动产登记网上服务平台 / “苏服办”App',
  address: '网上预约、预审和申请',
  hours: '7×24 小时',
}
const REG_FEE = {
  charged: true as const,
  basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
  standard:
    '住宅类每件80元，非住宅类每件550元；含第一本不动产权证书工本费，每增加一本加收证书工本费10元；小微企业按规定免收登记费。',
}

const gjjPurchase: ServiceItemSeed = {
  baseCode: '200500100000',
  implCode: implCode('200500100000', '321000', 'city'),
  name: '住房公积金提取（购买自住住房）',
  aliases: ['提公积金', '买房提公积金', '公积金取出来', '购房提取'],
  keywords: ['住房公积金', '购房提取', '商品房', '二手房', '配偶提取', '不动产权证书'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 94,
  summary:
    '在扬州买房（含二手房）的缴存职工及配偶，在“扬州公积金”App 刷脸申请提取，房产信息联网核验，资金1个工作日到账。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十四条',
        text: '职工有下列情形之一的，可以提取职工住房公积金账户内的存储余额：（一）购买、建造、翻建、大修自住住房的；（二）离休、退休的；…（五）偿还购房贷款本息的；（六）房租超出家庭工资收入的规定比例的。…',
      },
      {
        law: '《住房公积金管理条例》',
        article: '第二十五条',
        text: '…住房公积金管理中心应当自受理申请之日起3日内作出准予提取或者不准提取的决定，并通知申请人；准予提取的，由受委托银行办理支付手续。',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部及各分中心',
    conditions: [
      '购买本市或异地自住住房，已签订网签合同并缴纳契税或取得不动产权证书，在规定期限内申请（以本中心现行提取办法为准）。',
      '提取总额不超过购房款总额，夫妻双方可同时提取。',
      '账户处于正常缴存状态，无未结清的公积金贷款或违规提取记录。',
    ],
    materials: [
      {
        name: '住房公积金提取申请',
        form: '在线填写',
        copies: 1,
        source: 'App 在线填写，本人刷脸确认',
        required: true,
        sample:
          '提取人：周某（公积金账号 3210××××××）；提取原因：购买商品房；房屋坐落：邗江区××苑×幢×室；购房总价：152万元；本次提取金额：账户余额63,450元；收款账户：本人一类银行卡 6222****1234。',
        commonMistakes: [
          '收款卡填写配偶的银行卡，提取款只能转入提取人本人账户。',
          '本次提取金额加上已提取金额超过购房总价。',
        ],
      },
      {
        name: '购房证明（网签合同、契税完税信息或不动产权证书）',
        form: '电子证照',
        copies: 1,
        source: '住建、税务、不动产登记部门共享，系统自动调取',
        required: true,
        commonMistakes: ['异地购房信息无法共享，未上传购房合同和发票照片。'],
      },
      {
        name: '结婚证',
        form: '电子证照',
        copies: 1,
        source: '民政部门电子证照',
        required: '配偶使用对方名下房产提取的',
        commonMistakes: ['离婚后仍以原配偶名下房产申请提取。'],
      },
    ],
    process: [
      {
        name: '线上申请',
        description: '登录App选择“购房提取”，系统自动比对房产信息。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审核',
        description: '本市房产信息比对一致的系统秒批；异地购房或信息不一致的转人工审核。',
        days: 1,
        countsTowardLimit: true,
      },
      { name: '资金划转', description: '审核通过后受托银行将资金转入本人银行卡。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金转入本人银行账户', '短信通知'],
    faq: [
      {
        q: '父母买房，子女能提公积金吗？',
        a: '按照《住房公积金管理条例》，提取限于本人及配偶的自住住房，父母、子女名下的房屋不能提取。',
      },
      {
        q: '贷款买房，首付可以用公积金吗？',
        a: '可以先按购房提取办理，提取后的资金用于首付或还款；已申请公积金贷款的，提取规则以贷款合同约定和中心规定为准。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjPurchaseGaoyou = implAt(gjjPurchase, {
  divisionCode: '321084',
  level: 'county',
  department: '扬州市住房公积金管理中心高邮分中心',
  popularity: 58,
  summary: '在高邮缴存的职工购房提取，App 申请或到高邮市政务服务中心公积金窗口刷脸即办。',
  guide: {
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心高邮分中心',
    locations: [GJJ_ONLINE, { ...COUNTY_HALL['321084'], name: '高邮市政务服务中心公积金窗口' }],
    process: [
      {
        name: '申请',
        description: 'App 申请时选择归属“高邮分中心”；到窗口的，带身份证和购房合同刷脸办理。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '分中心审核',
        description: '高邮分中心审核，乡镇自建房“建造”情形需镇政府出具的建房批准文件。',
        days: 1,
        countsTowardLimit: true,
      },
      { name: '到账', description: '资金划入本人银行卡。', days: 0, countsTowardLimit: true },
    ],
    faq: [
      {
        q: '在农村老家翻建房子能提公积金吗？',
        a: '可以按“建造、翻建、大修自住住房”提取，须提供乡镇政府或自然资源部门的建房批准文件及相关费用凭证。',
      },
      {
        q: '在高邮缴存，在扬州市区买房能提吗？',
        a: '可以。全市统一政策，高邮分中心与市中心业务通办。',
      },
    ],
  },
})

const gjjRent: ServiceItemSeed = {
  baseCode: '200500200000',
  implCode: implCode('200500200000', '321000', 'city'),
  name: '住房公积金提取（租赁自住住房）',
  aliases: ['租房提公积金', '租房提取', '公积金付房租'],
  keywords: ['住房公积金', '租房提取', '无房职工', '按年提取'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 80,
  summary: '在扬州无自有住房、租房居住的缴存职工，在App 刷脸申请租房提取，按年或按月约定提取。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十四条第一款第（六）项',
        text: '房租超出家庭工资收入的规定比例的。',
      },
      {
        law: '《住房城乡建设部 财政部 中国人民银行关于放宽提取住房公积金支付房租条件的通知》（建金〔2015〕19号）',
        article: '第一条',
        text: '职工连续足额缴存住房公积金满3个月，本人及配偶在缴存城市无自有住房且租赁住房的，可提取夫妻双方住房公积金支付房租。',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部及各分中心',
    conditions: [
      '连续足额缴存满3个月。',
      '本人及配偶在扬州市无自有住房（以不动产登记信息为准）。',
      '每年提取额不超过本中心公布的租房提取限额。',
    ],
    materials: [
      {
        name: '租房提取申请及无房承诺',
        form: '在线填写',
        copies: 1,
        source: 'App 在线填写',
        required: true,
        sample:
          '提取人：孙某；婚姻状况：未婚；租赁房屋：广陵区××新村×幢×室；承诺：本人在扬州市无自有住房；提取方式：按年提取。',
        commonMistakes: [
          '已婚职工婚姻状况选“未婚”，配偶名下有房被系统拦截。',
          '在扬州已购房但房屋尚未办证，仍申请租房提取。',
        ],
      },
      {
        name: '住房租赁合同登记备案信息',
        form: '电子证照',
        copies: 1,
        source: '住建部门租赁备案共享',
        required: '按实际房租金额提取、超过基本限额的',
        commonMistakes: ['租赁合同未备案，只能按基本限额提取。'],
      },
    ],
    process: [
      { name: '申请', description: 'App 提交申请，系统核验无房信息。', days: 0, countsTowardLimit: true },
      { name: '审核', description: '核验通过的即时审批。', days: 0, countsTowardLimit: true },
      {
        name: '到账',
        description: '资金转入本人银行卡；选择按月提取的按月自动划转。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金转入本人银行账户'],
    faq: [
      {
        q: '租的是公租房，能提吗？',
        a: '可以，承租公共租赁住房的可以按实际租金提取。',
      },
      {
        q: '租房提取后还能贷款吗？',
        a: '可以，但贷款额度与账户余额挂钩，频繁提取会降低可贷额度，近期打算买房的职工可以权衡。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjRetire: ServiceItemSeed = {
  baseCode: '200500300000',
  implCode: implCode('200500300000', '321000', 'city'),
  name: '住房公积金提取（离休、退休）',
  aliases: ['退休提公积金', '退休销户', '公积金销户提取'],
  keywords: ['住房公积金', '退休提取', '销户', '养老金'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 60,
  summary: '职工办理退休手续后，凭人社退休信息在App 刷脸一次性提取全部余额并销户。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十四条第二款',
        text: '依照前款第（二）、（三）、（四）项规定，提取职工住房公积金的，应当同时注销职工住房公积金账户。',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部及各分中心',
    conditions: ['已办理离休、退休手续，或达到法定退休年龄。', '公积金贷款已结清（未结清的余额优先用于还贷）。'],
    materials: [
      {
        name: '退休提取申请',
        form: '在线填写',
        copies: 1,
        source: 'App 在线填写',
        required: true,
        sample:
          '提取人：吴某；提取原因：退休；退休时间：2026年8月；提取金额：账户全部余额及利息；收款账户：本人社保卡银行账户。',
        commonMistakes: [
          '单位还未将最后一个月缴存额汇缴到账就申请，销户后缴存退回单位需另行处理。',
          '收款账户填写的是已挂失的旧社保卡。',
        ],
      },
      {
        name: '退休证明',
        form: '电子证照',
        copies: 1,
        source: '人社部门退休信息共享',
        required: true,
        commonMistakes: ['机关事业单位退休信息尚未入库，需提供退休审批表。'],
      },
    ],
    process: [
      { name: '申请', description: 'App 或窗口提交。', days: 0, countsTowardLimit: true },
      { name: '审核销户', description: '核对退休信息后销户结息。', days: 1, countsTowardLimit: true },
      { name: '到账', description: '本息转入本人账户。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金转入本人银行账户'],
    faq: [
      {
        q: '退休后单位还在帮我交公积金，怎么办？',
        a: '退休后不应继续缴存。单位应办理封存，多缴的部分由单位申请退回。',
      },
      {
        q: '本人行动不便，能让子女代办吗？',
        a: '可以委托代理人到窗口办理，带提取人和代理人身份证及经公证的委托书；也可以由子女协助提取人本人在手机上刷脸办理。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjQuit: ServiceItemSeed = {
  baseCode: '200500400000',
  implCode: implCode('200500400000', '321000', 'city'),
  name: '住房公积金提取（与单位终止劳动关系）',
  aliases: ['离职提公积金', '辞职取公积金', '离职提取', '回老家提公积金'],
  keywords: ['住房公积金', '离职提取', '封存', '非本市户籍', '销户'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 74,
  summary: '与单位终止劳动关系、账户封存满规定期限且符合条件的职工，在App 申请提取并销户。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十四条第一款第（三）项',
        text: '完全丧失劳动能力，并与单位终止劳动关系的。',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部及各分中心',
    conditions: [
      '已与单位终止劳动关系，单位已办理账户封存。',
      '完全丧失劳动能力的；或非本市户籍职工账户封存满半年，且在异地未继续缴存。',
      '无未结清的住房公积金贷款。',
    ],
    materials: [
      {
        name: '离职提取申请',
        form: '在线填写',
        copies: 1,
        source: 'App 在线填写',
        required: true,
        sample:
          '提取人：郑某（户籍：安徽省××县）；离职时间：2026年2月；封存时间：2026年3月；异地缴存情况：无；提取原因：非本市户籍离职销户。',
        commonMistakes: ['封存未满半年即申请。', '已在其他城市继续缴存，应办理异地转移而不是提取。'],
      },
      {
        name: '劳动能力鉴定结论',
        form: '原件',
        copies: 1,
        source: '劳动能力鉴定委员会出具',
        required: '因完全丧失劳动能力提取的',
        commonMistakes: ['提供的是医院诊断证明而不是劳动能力鉴定结论。'],
      },
    ],
    process: [
      { name: '申请', description: 'App 刷脸申请，系统核验封存时间和全国缴存信息。', days: 0, countsTowardLimit: true },
      { name: '审核', description: '人工复核异地缴存和户籍信息。', days: 2, countsTowardLimit: true },
      { name: '到账销户', description: '资金转入本人银行卡，账户注销。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 2,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金转入本人银行账户'],
    faq: [
      {
        q: '扬州户口的人离职了能把公积金取出来吗？',
        a: '本市户籍职工单纯离职一般不能提取，账户封存后可在重新就业时继续缴存；符合购房、租房等其他提取情形的可按相应类别提取。',
      },
      {
        q: '去外地工作了，公积金怎么办？',
        a: '建议在新工作城市继续缴存后，通过“全国住房公积金”小程序申请异地转移接续，余额和缴存时间都会转过去。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjLoan: ServiceItemSeed = {
  baseCode: '200500500000',
  implCode: implCode('200500500000', '321000', 'city'),
  name: '个人住房公积金贷款',
  aliases: ['公积金贷款', '用公积金买房贷款', '公积金房贷', '组合贷'],
  keywords: ['住房公积金贷款', '贷款额度', '首套房', '二套房', '抵押', '受托银行'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 86,
  summary: '购买自住住房的缴存职工申请公积金贷款：网上试算预审，到受托银行或中心面签一次、放款后领取合同一次。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十六条',
        text: '缴存住房公积金的职工，在购买、建造、翻建、大修自住住房时，可以向住房公积金管理中心申请住房公积金贷款。住房公积金管理中心应当自受理申请之日起15日内作出准予贷款或者不准贷款的决定，并通知申请人；准予贷款的，由受委托银行办理贷款手续。…',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部、各分中心及受托银行网点',
    conditions: [
      '申请时连续足额缴存住房公积金满规定月数（以本中心现行贷款办法为准）。',
      '购买扬州市行政区域内自住住房，首付款比例符合规定。',
      '借款人及配偶信用良好，具有稳定收入和偿还能力，无未结清的公积金贷款。',
    ],
    materials: [
      {
        name: '个人住房公积金借款申请表',
        form: '原件',
        copies: 1,
        source: 'App 预审后打印，借款人及配偶签字',
        required: true,
        sample:
          '借款人：周某，配偶：钱某；购房坐落：邗江区××苑×幢×室；房价总额：152万元；首付：46万元；申请公积金贷款：60万元，期限25年，按月等额本息还款；还款账户：××银行 6222****1234。',
        commonMistakes: [
          '申请额度超过App 试算的可贷额度，审核时被调减后需重新签字。',
          '贷款期限加借款人年龄超过法定退休年龄后5年的上限。',
          '配偶未到场面签，合同无法生效。',
        ],
      },
      {
        name: '购房合同及首付款凭证',
        form: '原件和复印件',
        copies: 1,
        source: '开发企业或卖方提供，首付款发票或银行转账记录',
        required: true,
        commonMistakes: ['二手房首付款以现金支付，无法提供转账凭证。'],
      },
      {
        name: '婚姻状况证明',
        form: '电子证照',
        copies: 1,
        source: '民政部门电子证照或本人承诺',
        required: true,
        commonMistakes: ['离异的未提供离婚协议或判决书，无法判断房产归属。'],
      },
      {
        name: '个人征信授权书',
        form: '原件',
        copies: 1,
        source: '借款人及配偶签字',
        required: true,
        commonMistakes: ['授权书签字与身份证姓名不一致（用了曾用名）。'],
      },
    ],
    process: [
      { name: '网上试算预审', description: 'App 试算可贷额度并提交预审。', days: 0, countsTowardLimit: false },
      {
        name: '面签受理（第一次到场）',
        description: '借款人及配偶到受托银行或中心窗口签订借款、抵押合同。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审批', description: '中心审批贷款，征信查询和房产核验在此环节完成。', days: 5, countsTowardLimit: true },
      {
        name: '抵押登记与放款',
        description: '受托银行网上办理抵押登记（不见面），登记完成后放款至售房人账户。',
        days: 3,
        countsTowardLimit: false,
      },
      {
        name: '领取合同（第二次到场，可邮寄）',
        description: '领取借款合同等资料。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['贷款资金划入售房人账户', '借款合同窗口领取或邮寄'],
    faq: [
      {
        q: '公积金贷款利率是多少？',
        a: '执行中国人民银行公布的个人住房公积金贷款利率。自2025年5月8日起，首套住房5年以上贷款利率为2.6%，5年及以下为2.1%，第二套另有上浮规定。',
      },
      {
        q: '收费吗？要不要找中介？',
        a: '公积金贷款不收取任何手续费，也不需要担保公司，请勿轻信“包办贷款”的中介。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjEmployer: ServiceItemSeed = {
  baseCode: '200500600000',
  implCode: implCode('200500600000', '321000', 'city'),
  name: '住房公积金单位缴存登记',
  aliases: ['公司开公积金户', '单位公积金开户', '公积金开户'],
  keywords: ['住房公积金', '单位缴存登记', '企业开办全链通', '缴存比例', '职工账户设立'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 56,
  summary: '新设立单位30日内办理公积金缴存登记，企业开办时在全链通平台勾选即可同步完成。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第十四条',
        text: '新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记，并自登记之日起20日内，为本单位职工办理住房公积金账户设立手续。…',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心营业部及各分中心',
    conditions: ['已取得营业执照或其他主体登记证书。'],
    materials: [
      {
        name: '单位缴存登记信息',
        form: '在线填写',
        copies: 1,
        source: '企业开办全链通平台或公积金网上服务大厅填写',
        required: true,
        sample:
          '单位名称：扬州某某科技有限公司；单位缴存比例：5%；职工缴存比例：5%；缴存基数确定方式：上年度月平均工资；经办人：王某；发薪日：每月10日。',
        commonMistakes: ['缴存比例低于5%或高于12%。', '单位与职工缴存比例不一致（本市要求单位和个人比例相同）。'],
      },
    ],
    process: [
      { name: '登记', description: '全链通平台或网上服务大厅提交，系统自动校验。', days: 0, countsTowardLimit: true },
      { name: '开户', description: '生成单位公积金账号，经办人开通网上业务。', days: 0.5, countsTowardLimit: true },
      { name: '职工设户', description: '20日内在网上为职工批量设立个人账户。', days: 0, countsTowardLimit: false },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0.5,
    fee: { charged: false },
    locations: [GJJ_ONLINE, ONLINE_JS, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['单位公积金账号短信告知'],
    faq: [
      {
        q: '小微企业缴存比例能低一些吗？',
        a: '缴存比例在5%—12%之间由单位自主确定；生产经营确有困难的，可按规定申请降低缴存比例或缓缴。',
      },
      {
        q: '个体工商户可以交公积金吗？',
        a: '可以。个体工商户及其雇工、灵活就业人员可以按规定自愿缴存。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjTransfer: ServiceItemSeed = {
  baseCode: '200500700000',
  implCode: implCode('200500700000', '321000', 'city'),
  name: '住房公积金个人账户异地转移接续',
  aliases: ['公积金转移', '公积金转到扬州', '异地转入公积金'],
  keywords: ['住房公积金', '异地转移', '全国住房公积金小程序', '转移接续'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 50,
  summary: '从外地调到扬州工作并已在扬州开户缴存的职工，在“全国住房公积金”小程序申请把原账户余额转入扬州。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第十五条',
        text: '单位录用职工的，应当自录用之日起30日内向住房公积金管理中心办理缴存登记，并办理职工住房公积金账户的设立或者转移手续。……',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心（转入地）',
    conditions: ['已在扬州建立个人账户并正常缴存。', '原账户已封存且无未结清的公积金贷款。'],
    materials: [
      {
        name: '异地转移接续申请',
        form: '在线填写',
        copies: 1,
        source: '“全国住房公积金”小程序在线填写',
        required: true,
        sample:
          '转出地：南京住房公积金管理中心；原个人账号：××××××；转入地：扬州市住房公积金管理中心；扬州个人账号：××××××。',
        commonMistakes: ['原单位尚未办理封存就申请，转出地拒绝。', '选错了转出中心（省直和市中心是两个机构）。'],
      },
    ],
    process: [
      { name: '申请', description: '在小程序提交，扬州中心受理。', days: 0, countsTowardLimit: true },
      {
        name: '联系函与转出',
        description: '通过全国转移接续平台发送联系函，转出地审核划转。',
        days: 3,
        countsTowardLimit: true,
      },
      { name: '入账', description: '资金和缴存时间记入扬州账户。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [{ name: '“全国住房公积金”微信小程序', address: '网上办理', hours: '7×24 小时' }, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金转入扬州个人账户'],
    faq: [
      {
        q: '转过来后以前的缴存时间算吗？',
        a: '算。异地转移接续后，原缴存时间合并计算，申请贷款时可以连续计算。',
      },
      {
        q: '转出地要不要本人回去？',
        a: '不需要，全流程线上办理，两地中心通过全国平台对接。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const gjjProof: ServiceItemSeed = {
  baseCode: '200500800000',
  implCode: implCode('200500800000', '321000', 'city'),
  name: '住房公积金个人缴存证明打印',
  aliases: ['公积金缴存证明', '公积金证明', '打印公积金明细'],
  keywords: ['住房公积金', '缴存证明', '缴存明细', '异地贷款证明'],
  department: '扬州市住房公积金管理中心',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 54,
  summary: '在App 或自助终端即时生成带电子签章的个人缴存证明和缴存明细，可用于异地贷款、购房资格审核。',
  guide: {
    basis: [
      {
        law: '《住房公积金管理条例》',
        article: '第二十九条',
        text: '…职工、单位有权查询本人、本单位住房公积金的缴存、提取情况，住房公积金管理中心、受委托银行不得拒绝。…',
      },
    ],
    implementer: '扬州市住房公积金管理中心',
    acceptingUnit: '扬州市住房公积金管理中心',
    conditions: ['本人已在本中心建立个人账户。'],
    materials: [
      {
        name: '打印申请',
        form: '在线填写',
        copies: 1,
        source: 'App 选择证明类型和期间',
        required: true,
        sample: '证明类型：个人缴存证明（异地贷款用）；起止期间：2024年1月—2026年8月；用途：在南京申请公积金异地贷款。',
        commonMistakes: [
          '异地贷款需要“异地贷款缴存使用证明”，误开了普通缴存明细。',
          '期间只选了当年，未覆盖对方要求的连续缴存月数。',
        ],
      },
    ],
    process: [
      { name: '在线申请', description: '选择证明类型和期间。', days: 0, countsTowardLimit: true },
      { name: '即时生成', description: '生成带电子签章和验证码的PDF。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [GJJ_ONLINE, GJJ_HALL],
    consultPhone: '12329',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['PDF 即时下载', '自助终端打印'],
    faq: [
      {
        q: '电子证明对方单位认吗？',
        a: '证明带电子签章和验证码，接收方可以在中心网站验证真伪，与窗口盖章证明效力相同。',
      },
      {
        q: '可以帮别人打印吗？',
        a: '个人缴存信息属于个人隐私，只能本人刷脸打印，或本人授权委托他人到窗口办理。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const firstRegistration: ServiceItemSeed = {
  baseCode: '200600100000',
  implCode: implCode('200600100000', '321000', 'city'),
  name: '国有建设用地使用权及房屋所有权首次登记（新建商品房）',
  aliases: ['大产证', '开发商办初始登记', '新房首次登记'],
  keywords: ['不动产首次登记', '房屋所有权首次登记', '竣工验收', '房产测绘', '交房即交证'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政确认',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 40,
  summary: '房地产开发企业在项目竣工验收后申请首次登记（俗称“大产证”），为业主“交房即交证”做准备。',
  guide: {
    basis: [
      {
        law: '《不动产登记暂行条例》',
        article: '第二十条',
        text: '不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。',
      },
      {
        law: '《不动产登记暂行条例实施细则》',
        article: '第三十五条',
        text: '申请国有建设用地使用权及房屋所有权首次登记的，应当提交下列材料：（一）不动产权属证书或者土地权属来源材料；（二）建设工程符合规划的材料；（三）房屋已经竣工的材料；（四）房地产调查或者测绘报告；（五）相关税费缴纳凭证；（六）其他必要材料。',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市不动产登记中心',
    conditions: ['已取得国有建设用地使用权不动产权证书。', '已通过规划核实和竣工验收备案。', '房屋已完成实测。'],
    materials: [
      {
        name: '不动产登记申请书',
        form: '原件',
        copies: 1,
        source: '登记大厅领取或网上打印，开发企业盖章',
        required: true,
        sample:
          '申请人：扬州某某置业有限公司；登记类型：首次登记；坐落：邗江区××路××号某某花园1#—6#楼；房屋总套数：528套；总建筑面积：58,416.32㎡。',
        commonMistakes: ['套数、面积与测绘成果不一致。', '申请书盖的是项目公司的合同专用章而非公章。'],
      },
      {
        name: '房屋测绘报告（实测）',
        form: '原件',
        copies: 1,
        source: '具有测绘资质的单位出具',
        required: true,
        commonMistakes: ['测绘报告未经测绘成果审核即提交。'],
      },
      {
        name: '规划核实合格证明和竣工验收备案材料',
        form: '电子证照',
        copies: 1,
        source: '自然资源和规划、住建部门共享',
        required: true,
        commonMistakes: ['分期验收的项目，申请范围超出已验收楼栋。'],
      },
    ],
    process: [
      { name: '网上预审', description: '上传材料预审，问题一次性告知。', days: 1, countsTowardLimit: false },
      {
        name: '窗口受理（到场一次）',
        description: '企业经办人到登记大厅提交原件并缴费。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核登簿', description: '审核、登簿，必要时实地查看。', days: 5, countsTowardLimit: true },
      {
        name: '发证',
        description: '颁发不动产权证书或登记证明（电子证照同步生成）。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 5,
    fee: REG_FEE,
    locations: [REG_ONLINE, REG_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '房产测绘',
        basis: '《中华人民共和国测绘法》《房产测绘管理办法》',
        fee: '按测绘单位合同价格',
        days: 10,
      },
    ],
    delivery: ['窗口领取', '电子证照'],
    faq: [
      {
        q: '首次登记没办完，业主能办房产证吗？',
        a: '不能。业主的转移登记以开发企业首次登记为前提，这也是“交房即交证”的关键环节。',
      },
      {
        q: '车位能一起登记吗？',
        a: '有独立产权、经规划批准并实测的地下车位可以一并首次登记。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const transferRegistration: ServiceItemSeed = {
  baseCode: '200600200000',
  implCode: implCode('200600200000', '321000', 'city'),
  name: '国有建设用地使用权及房屋所有权转移登记（存量房买卖）',
  aliases: ['过户', '二手房过户', '房产过户', '办房产证', '买二手房办证'],
  keywords: ['不动产转移登记', '存量房', '二手房', '一窗受理', '契税', '不动产权证书', '带押过户'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政确认',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 91,
  summary: '买卖二手房，买卖双方到不动产登记大厅“一窗受理”，交易、缴税、登记一次办，1个工作日领证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第二百零九条',
        text: '不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力，但是法律另有规定的除外。…',
      },
      {
        law: '《不动产登记暂行条例实施细则》',
        article: '第三十八条',
        text: '申请国有建设用地使用权及房屋所有权转移登记的，应当根据不同情况，提交下列材料：（一）不动产权属证书；（二）买卖、互换、赠与合同；…（六）相关税费缴纳凭证；…',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市不动产登记中心',
    conditions: [
      '房屋已办理不动产权证书，无查封、异议登记等限制。',
      '已设立抵押的，已还清贷款注销抵押，或经抵押权人同意办理“带押过户”。',
      '买卖双方已签订存量房买卖合同（网签）。',
    ],
    materials: [
      {
        name: '不动产登记申请书',
        form: '在线填写',
        copies: 1,
        source: '一窗受理系统生成，买卖双方签字（或电子签名）',
        required: true,
        sample:
          '权利人（买方）：杨某（身份证号 3210**********3456），共有方式：与配偶刘某共同共有；义务人（卖方）：陈某；坐落：广陵区××花园×幢×单元××室；不动产单元号：321002××××××GB×××××F××××××××；成交价：128万元。',
        commonMistakes: [
          '买方夫妻共有方式未勾选（共同共有/按份共有），事后更正需另办变更登记。',
          '卖方已婚，配偶未到场也未出具经公证的同意出售声明。',
          '坐落信息照抄网签合同中的“俗称”楼名，与登记簿记载不一致。',
        ],
      },
      {
        name: '身份证明',
        form: '原件',
        copies: 1,
        source: '买卖双方居民身份证（企业为营业执照）',
        required: true,
        commonMistakes: ['卖方身份证已过有效期。'],
      },
      {
        name: '存量房买卖合同',
        form: '电子证照',
        copies: 1,
        source: '住建部门网签系统共享',
        required: true,
        commonMistakes: ['网签合同的成交价与申报计税价格不一致。'],
      },
      {
        name: '不动产权证书',
        form: '原件',
        copies: 1,
        source: '卖方持有',
        required: true,
        commonMistakes: ['老证为房产证和土地证两证分开的，只带了房产证。'],
      },
      {
        name: '婚姻状况证明',
        form: '电子证照',
        copies: 1,
        source: '民政部门共享或结婚证、离婚证原件',
        required: '涉及夫妻共有财产或享受税收优惠的',
        commonMistakes: ['离婚后房屋未办理分割登记，仍登记在前配偶名下。'],
      },
    ],
    process: [
      {
        name: '网上预约预审',
        description: '在网上服务平台预约时段并上传材料预审。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '一窗受理（到场一次）',
        description: '买卖双方到登记大厅综合窗口，交易备案、契税和个税申报缴纳、登记申请一次完成。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核登簿', description: '登记机构审核登簿。', days: 1, countsTowardLimit: true },
      {
        name: '领证',
        description: '生成电子证照；纸质证书可选择EMS寄递，无需再跑。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    fee: REG_FEE,
    locations: [REG_ONLINE, REG_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['不动产权证书 EMS 寄递', '窗口领取', '电子证照'],
    faq: [
      {
        q: '卖方房子还有贷款，能过户吗？',
        a: '可以办理“带押过户”：经原抵押银行同意，转移登记、新抵押登记和原抵押注销合并办理，无需卖方先筹钱还贷。',
      },
      {
        q: '买二手房要交哪些税？',
        a: '买方主要缴纳契税；卖方视情况缴纳增值税及附加、个人所得税，满二唯一等情形可免征。具体以一窗受理时系统计税为准。',
      },
      {
        q: '过户后水电气要去哪里办？',
        a: '办理转移登记时勾选“水电气网联动过户”，登记完成后信息推送供水、供电、燃气和有线电视企业，无需另外跑。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const transferJiangdu = implAt(transferRegistration, {
  divisionCode: '321012',
  level: 'county',
  department: '扬州市自然资源和规划局江都分局',
  popularity: 62,
  summary: '江都区二手房过户在江都区不动产登记大厅一窗受理，当日受理、次日领证。',
  guide: {
    implementer: '扬州市自然资源和规划局江都分局',
    acceptingUnit: '扬州市江都区不动产登记中心',
    locations: [
      REG_ONLINE,
      { name: '江都区不动产登记服务大厅', address: '江都区政务服务中心不动产登记专区', hours: HOURS },
    ],
    process: [
      {
        name: '预约',
        description: '在网上服务平台选择“江都区”预约，镇区房屋也可在所在镇便民服务中心代为预约。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '一窗受理',
        description: '买卖双方到江都区不动产登记服务大厅，交易、税务、登记一窗办理。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核登簿', description: '江都区不动产登记中心审核登簿。', days: 1, countsTowardLimit: true },
      { name: '领证', description: '电子证照即时推送，纸质证书可邮寄到家。', days: 0, countsTowardLimit: true },
    ],
    faq: [
      {
        q: '老江都的房子只有房产证没有土地证，能过户吗？',
        a: '可以。房地分开登记的老证，登记中心会一并核查土地权属，必要时补办土地手续后换发统一的不动产权证书。',
      },
      {
        q: '买卖双方都在外地，能委托办理吗？',
        a: '可以委托，代理人需提供经公证的授权委托书；也可以通过“苏服办”远程视频核验后网上签字。',
      },
    ],
  },
})

const transferGaoyou = implAt(transferRegistration, {
  divisionCode: '321084',
  level: 'county',
  department: '高邮市自然资源和规划局',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 44,
  summary: '高邮市二手房过户，到高邮市不动产登记服务大厅一窗办理，承诺3个工作日内办结。',
  guide: {
    implementer: '高邮市自然资源和规划局',
    acceptingUnit: '高邮市不动产登记中心',
    promisedLimitDays: 3,
    locations: [{ name: '高邮市不动产登记服务大厅', address: '高邮市政务服务中心不动产登记专区', hours: HOURS }],
    process: [
      {
        name: '窗口受理',
        description: '买卖双方携带证件到高邮市不动产登记服务大厅取号，一窗提交。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审核（含实地查看）',
        description: '乡镇房屋首次转移的，必要时实地查看房屋现状。',
        days: 3,
        countsTowardLimit: true,
      },
      { name: '领证', description: '电子证照推送，纸质证书窗口领取或邮寄。', days: 0, countsTowardLimit: true },
    ],
    faq: [
      {
        q: '为什么高邮承诺3天，市区只要1天？',
        a: '高邮部分乡镇房屋档案尚在数字化，需调阅纸质档案或实地查看，因此承诺3个工作日；资料完整的通常当日即可办结。',
      },
      {
        q: '农村宅基地上的房子能卖给城里人吗？',
        a: '不能。宅基地上的房屋只能在本集体经济组织成员之间按规定流转，登记中心不予办理向非本集体成员的转移登记。',
      },
    ],
  },
})

const mortgageRegistration: ServiceItemSeed = {
  baseCode: '200600300000',
  implCode: implCode('200600300000', '321000', 'city'),
  name: '抵押权首次登记',
  aliases: ['房产抵押', '抵押登记', '房子抵押贷款', '他项权证'],
  keywords: ['不动产抵押', '抵押权', '银行不动产登记', '不动产登记证明', '不见面'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 64,
  summary: '贷款买房或以房抵押贷款的，由银行在“不动产登记+金融服务”专线网上申请，借款人无需到登记大厅。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第四百零二条',
        text: '以本法第三百九十五条第一款第一项至第三项规定的财产或者第五项规定的正在建造的建筑物抵押的，应当办理抵押登记。抵押权自登记时设立。',
      },
      {
        law: '《不动产登记暂行条例实施细则》',
        article: '第六十六条',
        text: '自然人、法人或者其他组织为保障其债权的实现，依法以不动产设定抵押的，可以由当事人持不动产权属证书、抵押合同与主债权合同等必要材料，共同申请办理抵押登记。…',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市不动产登记中心（银行网点延伸服务点）',
    conditions: ['抵押物已取得不动产权证书且无查封。', '抵押人与抵押权人已签订抵押合同。'],
    materials: [
      {
        name: '不动产登记申请书（抵押）',
        form: '在线填写',
        copies: 1,
        source: '银行在专线系统填写，双方电子签名',
        required: true,
        sample:
          '抵押权人：××银行股份有限公司扬州分行；抵押人：杨某、刘某；坐落：广陵区××花园×幢×单元××室；被担保主债权数额：80万元；债务履行期限：2026年9月20日至2056年9月19日；抵押方式：一般抵押。',
        commonMistakes: ['最高额抵押却按一般抵押填报。', '债务履行期限与借款合同不一致。'],
      },
      {
        name: '抵押合同与主债权合同',
        form: '电子证照',
        copies: 1,
        source: '银行上传',
        required: true,
        commonMistakes: ['抵押合同中的不动产单元号抄错。'],
      },
    ],
    process: [
      {
        name: '银行网上申请',
        description: '银行客户经理在专线系统提交申请和电子材料。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核登簿', description: '登记中心网上审核登簿。', days: 1, countsTowardLimit: true },
      { name: '发放登记证明', description: '电子不动产登记证明推送银行。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    fee: REG_FEE,
    locations: [
      { name: '各合作银行网点（不动产登记延伸服务点）', address: '扬州市区主要商业银行网点', hours: HOURS },
      REG_HALL,
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子不动产登记证明推送抵押权人'],
    faq: [
      {
        q: '抵押登记费谁出？',
        a: '登记费按规定收取，由申请人缴纳；个人住房贷款多由银行承担，具体以借款合同约定为准。',
      },
      {
        q: '还清贷款后要去注销抵押吗？',
        a: '要注销。一般由银行在网上直接申请抵押注销，借款人可以在“苏服办”查询注销结果。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const certReissue: ServiceItemSeed = {
  baseCode: '200600400000',
  implCode: implCode('200600400000', '321000', 'city'),
  name: '不动产权证书补证',
  aliases: ['房产证丢了', '补办房产证', '补房产证', '不动产证遗失'],
  keywords: ['不动产权证书', '遗失', '补发', '遗失声明', '证书损坏换证'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 48,
  summary: '房产证（不动产权证书）遗失、灭失的，申请后登记中心在门户网站刊登遗失声明15个工作日，期满补发新证。',
  guide: {
    basis: [
      {
        law: '《不动产登记暂行条例实施细则》',
        article: '第二十二条',
        text: '不动产权属证书或者不动产登记证明遗失、灭失，不动产权利人申请补发的，由不动产登记机构在其门户网站上刊登遗失声明15个工作日后，予以补发。…',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市不动产登记中心',
    conditions: ['申请人为登记簿记载的权利人。', '共有的，全体共有人共同申请或委托。'],
    materials: [
      {
        name: '补证申请书及遗失声明',
        form: '原件',
        copies: 1,
        source: '窗口填写，权利人签字',
        required: true,
        sample:
          '权利人：陈某；证书号：苏（2019）扬州市不动产权第00××××××号；遗失情况：2026年7月搬家时遗失，经查找未果；本人承诺证书未用于抵押、质押，如有不实愿承担法律责任。',
        commonMistakes: [
          '共有人之一单独申请，未带其他共有人的委托书。',
          '自行登报声明后仍需在登记机构网站刊登，报纸声明不能替代。',
        ],
      },
      {
        name: '身份证明',
        form: '原件',
        copies: 1,
        source: '权利人居民身份证',
        required: true,
        commonMistakes: ['权利人已去世，应办理继承转移登记而不是补证。'],
      },
    ],
    process: [
      { name: '窗口受理', description: '权利人到登记大厅提交申请。', days: 0, countsTowardLimit: true },
      {
        name: '遗失声明公告',
        description: '在市自然资源和规划局门户网站刊登遗失声明15个工作日，公告期不计入承诺时限。',
        days: 15,
        countsTowardLimit: false,
      },
      { name: '补发', description: '公告期满无异议的补发证书，原证书作废。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 1,
    fee: {
      charged: true,
      basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）',
      standard: '补发证书只收取证书工本费，每本10元；不收取登记费。',
    },
    locations: [REG_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 寄递', '窗口领取', '电子证照'],
    faq: [
      {
        q: '证书破损、字迹看不清怎么办？',
        a: '属于换证，不需要公告：带上破损证书原件申请换发，当场或1个工作日办结。',
      },
      {
        q: '补证期间能卖房吗？',
        a: '可以同时申请，补证和转移登记可合并办理，公告期满后一并完成。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const registryQuery: ServiceItemSeed = {
  baseCode: '200600500000',
  implCode: implCode('200600500000', '321000', 'city'),
  name: '不动产登记资料查询',
  aliases: ['查房产', '房产证明', '无房证明', '有房证明', '查名下房产', '房屋产权查询'],
  keywords: ['不动产登记资料', '登记结果查询', '无房证明', '入学房产证明', '权属证明'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 85,
  summary: '本人名下不动产登记结果（有房/无房证明）在“苏服办”刷脸即查即打，用于入学、落户、购房资格审核。',
  guide: {
    basis: [
      {
        law: '《不动产登记暂行条例》',
        article: '第二十七条',
        text: '权利人、利害关系人可以依法查询、复制不动产登记资料，不动产登记机构应当提供。…',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市不动产登记中心',
    conditions: ['查询本人或本单位名下不动产；利害关系人查询须提供利害关系证明。'],
    materials: [
      {
        name: '查询申请',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”App 刷脸后在线填写',
        required: true,
        sample:
          '查询人：王某（身份证号 3210**********4567）；查询范围：扬州市全市；查询目的：子女义务教育入学登记；结果形式：不动产登记结果证明（电子）。',
        commonMistakes: [
          '只选了“市区”范围，名下在高邮、宝应的房产未显示，被学校要求重开。',
          '查询目的留空，部分用途证明无法通过学校核验。',
        ],
      },
      {
        name: '授权委托书',
        form: '原件',
        copies: 1,
        source: '经公证的委托书',
        required: '委托他人到窗口查询的',
        sample: proxyLetterSample({
          principal: '王某（身份证号 3210**********2345），系扬州市广陵区××路××号××室不动产权利人',
          agent: '王某某（身份证号 3210**********6789）',
          matter: '不动产登记资料查询',
          scope: '查询上述不动产的登记结果（权属、抵押、查封情况），查询目的为出售前核验，并领取查询结果证明',
        }),
        commonMistakes: ['委托书未写明查询目的和范围。'],
      },
    ],
    process: [
      { name: '在线申请', description: '刷脸认证后提交查询。', days: 0, countsTowardLimit: true },
      { name: '出具证明', description: '系统即时出具带电子签章的查询结果证明。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [REG_ONLINE, REG_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['PDF 即时下载', '自助终端打印'],
    faq: [
      {
        q: '可以查别人家的房子吗？',
        a: '不可以。除权利人外，只有利害关系人（如诉讼当事人）凭证明材料可以查询有限信息，律师须持法院立案材料。',
      },
      {
        q: '入学用的房产证明学校能直接查到吗？',
        a: '义务教育入学登记系统已与不动产登记信息联网，多数情况下学校可直接核验，无需家长打印。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const planningPermit: ServiceItemSeed = {
  baseCode: '200600600000',
  implCode: implCode('200600600000', '321000', 'city'),
  name: '建设工程规划许可证核发',
  aliases: ['工程规划许可证', '规划许可证', '规划证'],
  keywords: ['建设工程规划许可', '方案审查', '总平面图', '工程建设项目审批'],
  department: '扬州市自然资源和规划局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 38,
  summary: '在城市、镇规划区内建设建筑物、构筑物的，通过工程建设项目审批系统申请建设工程规划许可证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国城乡规划法》',
        article: '第四十条',
        text: '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。…',
      },
    ],
    implementer: '扬州市自然资源和规划局',
    acceptingUnit: '扬州市自然资源和规划局（市政务服务中心工程建设项目审批专区）',
    conditions: ['已取得建设用地规划许可证或不动产权证书（土地）。', '设计方案符合控制性详细规划和规划条件。'],
    materials: [
      {
        name: '建设工程规划许可申请表',
        form: '在线填写',
        copies: 1,
        source: '工程建设项目审批管理系统填写',
        required: true,
        sample:
          '建设单位：扬州某某置业有限公司；项目名称：某某花园二期；用地面积：3.2公顷；总建筑面积：58,600㎡（计容42,300㎡）；容积率：1.32；建筑密度：24.6%；绿地率：35%。',
        commonMistakes: [
          '容积率计算未扣除不计容面积，与总平面图指标表不一致。',
          '建筑退让道路红线距离小于规划条件要求。',
        ],
      },
      {
        name: '建设工程设计方案（总平面图、建筑单体图）',
        form: '在线填写',
        copies: 1,
        source: '具有资质的设计单位编制',
        required: true,
        sample:
          '设计方案说明：项目名称：扬州某某花园二期；用地面积 32,560㎡，总建筑面积 78,900㎡（地上 58,600㎡、地下 20,300㎡）；容积率 1.80，建筑密度 22.6%，绿地率 35.0%，机动车位 620 个；总平面图采用2000国家大地坐标系，标注建筑退让道路红线和用地边界的距离；附日照分析报告，周边××新村住宅大寒日满窗日照不少于2小时。',
        commonMistakes: ['总平面图未使用2000国家大地坐标系。', '日照分析缺少对周边住宅的影响计算。'],
      },
    ],
    process: [
      { name: '网上申请', description: '在系统提交材料。', days: 0, countsTowardLimit: true },
      {
        name: '方案批前公示',
        description: '涉及利害关系人的设计方案批前公示不少于7日，公示期不计入办理时限。',
        days: 7,
        countsTowardLimit: false,
      },
      { name: '审查决定', description: '审查通过后核发电子规划许可证。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      { name: '江苏省工程建设项目审批管理系统', address: '江苏政务服务网“工程建设项目审批”专栏', hours: '7×24 小时' },
      CITY_HALL,
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '建筑设计方案编制',
        basis: '《建设工程勘察设计管理条例》',
        fee: '按设计合同',
        days: 20,
      },
    ],
    delivery: ['电子证照', '窗口领取'],
    faq: [
      {
        q: '农村村民自建住房要办这个证吗？',
        a: '不办建设工程规划许可证，乡村规划区内农村村民住宅建设办理乡村建设规划许可证，向所在镇人民政府申请。',
      },
      {
        q: '批前公示有人反对怎么办？',
        a: '规划部门会听取意见，必要时组织听证，并要求建设单位说明或调整方案。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const presale: ServiceItemSeed = {
  baseCode: '200700100000',
  implCode: implCode('200700100000', '321000', 'city'),
  name: '商品房预售许可',
  aliases: ['预售证', '预售许可证', '楼盘能不能卖'],
  keywords: ['商品房预售', '预售许可证', '预售资金监管', '开发企业'],
  department: '扬州市住房和城乡建设局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 42,
  summary: '房地产开发企业预售商品房前申请预售许可，形象进度和资金监管账户核验后发证，领证跑一次。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国城市房地产管理法》',
        article: '第四十五条',
        text: '商品房预售，应当符合下列条件：（一）已交付全部土地使用权出让金，取得土地使用权证书；（二）持有建设工程规划许可证；（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；（四）向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明。…',
      },
    ],
    implementer: '扬州市住房和城乡建设局',
    acceptingUnit: '扬州市住房和城乡建设局房地产市场监管处（市政务服务中心住建窗口）',
    conditions: [
      '满足《城市房地产管理法》第四十五条规定条件。',
      '已开设商品房预售资金监管账户。',
      '工程形象进度达到本市规定要求。',
    ],
    materials: [
      {
        name: '商品房预售许可申请表',
        form: '在线填写',
        copies: 1,
        source: '房地产市场监管系统填写',
        required: true,
        sample:
          '开发企业：扬州某某置业有限公司；项目：某某花园二期3#、4#楼；预售套数：176套；预售面积：19,832.56㎡；监管银行：××银行扬州分行；监管账号：××××；形象进度：主体结构已封顶。',
        commonMistakes: ['预售面积与预测绘报告不一致。', '申报楼栋中包含尚未取得规划许可的商业配套。'],
      },
      {
        name: '工程施工合同及形象进度证明',
        form: '原件和复印件',
        copies: 1,
        source: '施工单位、监理单位出具',
        required: true,
        commonMistakes: ['形象进度证明未经监理单位签章。'],
      },
      {
        name: '预售方案',
        form: '原件',
        copies: 1,
        source: '开发企业编制',
        required: true,
        commonMistakes: ['预售方案未写明公共部位和车位的归属。'],
      },
    ],
    process: [
      { name: '网上申报', description: '系统提交材料。', days: 0, countsTowardLimit: true },
      { name: '现场核查', description: '核查工程形象进度。', days: 3, countsTowardLimit: true },
      { name: '审批公示', description: '作出许可决定并向社会公开。', days: 2, countsTowardLimit: true },
      { name: '领证', description: '企业到窗口领取预售许可证（一次）。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 10,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [{ name: '房产预测绘', basis: '《房产测绘管理办法》', fee: '按合同', days: 7 }],
    delivery: ['窗口领取', '电子证照'],
    faq: [
      {
        q: '购房人怎么查楼盘有没有预售证？',
        a: '在扬州市住建局网站或售楼处公示栏查询，购房时请核对所购房号是否在预售许可范围内。',
      },
      {
        q: '预售款交到哪里？',
        a: '购房款必须存入预售资金监管账户，请勿转入开发企业其他账户或个人账户。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const rentalFiling: ServiceItemSeed = {
  baseCode: '200700200000',
  implCode: implCode('200700200000', '321000', 'city'),
  name: '住房租赁合同登记备案',
  aliases: ['租房备案', '租赁备案', '租房合同备案', '租房证明'],
  keywords: ['房屋租赁', '租赁登记备案', '居住证', '入学', '公积金租房提取', '租赁备案证明'],
  department: '扬州市住房和城乡建设局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政备案',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 70,
  summary:
    '租房合同签订后30日内，出租人或承租人在扬州住房租赁服务平台网上备案，备案证明用于积分入学、公积金提取和居住证。',
  guide: {
    basis: [
      {
        law: '《商品房屋租赁管理办法》（住房和城乡建设部令第6号）',
        article: '第十四条',
        text: '房屋租赁合同订立后三十日内，房屋租赁当事人应当到租赁房屋所在地直辖市、市、县人民政府建设（房地产）主管部门办理房屋租赁登记备案。…',
      },
    ],
    implementer: '扬州市住房和城乡建设局',
    acceptingUnit: '扬州市住房和城乡建设局（扬州市住房租赁服务平台）',
    conditions: ['出租房屋有合法权属证明，不属于违法建筑或危房。', '已签订书面租赁合同。'],
    materials: [
      {
        name: '住房租赁合同',
        form: '在线填写',
        copies: 1,
        source: '平台网签或上传双方签字的纸质合同',
        required: true,
        sample:
          '出租人：刘某；承租人：孙某；房屋坐落：广陵区××新村×幢×室；租赁期限：2026年9月1日至2027年8月31日；月租金：1,800元；用途：居住；承租人同住人：配偶、子女1人。',
        commonMistakes: ['租赁期限不足6个月，用于入学时学校不认可。', '同住人未列明，子女入学时无法认定在该处居住。'],
      },
      {
        name: '房屋权属证明',
        form: '电子证照',
        copies: 1,
        source: '不动产电子证照共享',
        required: true,
        commonMistakes: ['二房东转租，未提供原出租人同意转租的书面证明。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '出租人或承租人在平台提交合同，另一方手机确认。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '备案', description: '系统校验房屋信息，符合的即时备案。', days: 0, countsTowardLimit: true },
      { name: '出具证明', description: '生成带二维码的租赁登记备案证明。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [{ name: '扬州市住房租赁服务平台 / “苏服办”App', address: '网上办理', hours: '7×24 小时' }, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子备案证明'],
    faq: [
      {
        q: '房东不配合备案怎么办？',
        a: '承租人可以单方提交，平台会向房东发送确认短信；房东仍不确认的，可以到房屋所在社区请网格员协助核实。',
      },
      {
        q: '备案要交税吗？',
        a: '备案本身不收费。出租住房取得租金收入依法应当纳税，与备案是两件事。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const rentalFilingMeiling = implAt(rentalFiling, {
  divisionCode: '321003006',
  level: 'town',
  department: '邗江区梅岭街道便民服务中心',
  popularity: 24,
  summary: '梅岭街道辖区出租房屋，可在街道便民服务中心请工作人员协助网上备案并打印备案证明。',
  guide: {
    implementer: '扬州市住房和城乡建设局',
    acceptingUnit: '邗江区梅岭街道便民服务中心（住房租赁服务站）',
    locations: [{ name: '梅岭街道便民服务中心', address: '邗江区梅岭街道便民服务中心一楼综合窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '协助申报',
        description: '工作人员用窗口终端协助出租人或承租人在平台录入合同信息。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '双方确认', description: '另一方通过手机短信链接确认。', days: 0, countsTowardLimit: true },
      { name: '打印证明', description: '当场打印备案证明。', days: 0, countsTowardLimit: true },
    ],
    faq: [
      {
        q: '街道办的备案和网上办的一样吗？',
        a: '一样。街道只是协助操作，数据都进入扬州市住房租赁服务平台，证明格式和效力相同。',
      },
      {
        q: '群租房能备案吗？',
        a: '按规定每个居住房间只能住一户，人均居住面积不得低于本市标准；明显群租的不予备案，并通报社区核查。',
      },
    ],
  },
})

const rentalFilingShuangqiao = implAt(rentalFiling, {
  divisionCode: '321003005',
  level: 'village',
  department: '邗江区双桥街道友谊社区居民委员会',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 12,
  aliases: ['社区租房登记', '出租房登记', '租房代办备案'],
  keywords: ['网格员', '流动人口登记'],
  summary: '友谊社区的出租户可在社区党群服务中心由网格员代办租赁登记备案，同时完成流动人口居住登记。',
  guide: {
    implementer: '扬州市住房和城乡建设局',
    acceptingUnit: '双桥街道友谊社区党群服务中心（网格员代办点）',
    locations: [
      { name: '友谊社区党群服务中心', address: '邗江区双桥街道友谊社区党群服务中心一楼', hours: HOURS_VILLAGE },
    ],
    process: [
      {
        name: '社区登记',
        description: '出租人带房产证明、租赁合同和承租人身份证复印件到社区，网格员核对并代为网上申报。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '同步居住登记',
        description: '承租人为外地户籍的，网格员同步采集流动人口居住登记信息并推送派出所。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '领取证明', description: '备案证明当场打印或推送至承租人手机。', days: 0, countsTowardLimit: true },
    ],
    faq: [
      {
        q: '租给亲戚住也要登记吗？',
        a: '无偿借住不属于租赁，不需要租赁备案；但外地户籍人员居住的仍应办理居住登记。',
      },
      {
        q: '网格员能上门吗？',
        a: '老年出租人行动不便的，可以电话预约网格员上门代办。',
      },
    ],
  },
})

const publicRental: ServiceItemSeed = {
  baseCode: '200700300000',
  implCode: implCode('200700300000', '321000', 'city'),
  name: '市区公共租赁住房保障申请',
  aliases: ['公租房申请', '申请廉租房', '住房困难申请', '租房补贴', '保障房'],
  keywords: ['公共租赁住房', '住房保障', '实物配租', '租赁补贴', '低收入住房困难家庭', '新就业无房职工'],
  department: '扬州市住房和城乡建设局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 65,
  summary:
    '市区住房困难的低收入家庭、新就业无房职工和稳定就业的外来务工人员，经社区受理、街道初审、区市审核公示后获得公租房或租赁补贴。',
  guide: {
    basis: [
      {
        law: '《公共租赁住房管理办法》（住房和城乡建设部令第11号）',
        article: '第七条',
        text: '申请公共租赁住房，应当符合以下条件：（一）在本地无住房或者住房面积低于规定标准；（二）收入、财产低于规定标准；（三）申请人为外来务工人员的，在本地稳定就业达到规定年限。…',
      },
    ],
    implementer: '扬州市住房和城乡建设局',
    acceptingUnit: '户籍（或居住、工作）所在社区居委会受理，街道初审，区住房保障部门和市住房保障中心审核',
    conditions: [
      '家庭人均住房建筑面积低于本市公布的住房困难标准，或在市区无自有住房。',
      '家庭收入、财产低于本市当年度公布的标准。',
      '外来务工人员在市区稳定就业并连续缴纳社会保险达到规定年限。',
    ],
    materials: [
      {
        name: '市区公共租赁住房申请审核表',
        form: '原件',
        copies: 2,
        source: '社区或街道领取，家庭成员签字',
        required: true,
        sample:
          '申请人：沈某（户籍：文峰街道××社区）；家庭成员：配偶、女儿；现住房：租住，建筑面积32㎡；家庭上年度人均月收入：2,150元；申请方式：实物配租；承诺：以上信息真实，同意住房保障部门核查家庭收入、财产。',
        commonMistakes: [
          '家庭成员漏填已分户但共同生活的子女。',
          '家庭收入只写工资，未填养老金、出租收入等。',
          '未勾选实物配租或租赁补贴。',
        ],
      },
      {
        name: '家庭成员身份证和户口簿',
        form: '原件和复印件',
        copies: 1,
        source: '公安部门核发',
        required: true,
        commonMistakes: ['复印件未复印户主页。'],
      },
      {
        name: '劳动合同和社保缴纳证明',
        form: '原件和复印件',
        copies: 1,
        source: '用人单位、社保经办机构',
        required: '新就业职工和外来务工人员申请的',
        commonMistakes: ['社保缴纳证明中断月份未说明原因。'],
      },
      {
        name: '家庭经济状况核对授权书',
        form: '原件',
        copies: 1,
        source: '全体家庭成员签字',
        required: true,
        commonMistakes: ['未成年子女由监护人代签时未注明。'],
      },
    ],
    process: [
      {
        name: '社区受理（第一次到场）',
        description: '向社区居委会提交申请，社区入户调查并张榜公示。',
        days: 5,
        countsTowardLimit: true,
      },
      { name: '街道初审', description: '街道对申请材料和调查情况进行初审。', days: 5, countsTowardLimit: true },
      {
        name: '收入财产核对',
        description: '通过居民家庭经济状况核对系统比对车辆、房产、存款、工商、公积金等信息。',
        days: 10,
        countsTowardLimit: false,
      },
      {
        name: '复审与公示',
        description: '区、市住房保障部门复审，通过的在政府网站公示7日。',
        days: 7,
        countsTowardLimit: false,
      },
      {
        name: '轮候配租（第二次到场）',
        description: '按轮候顺序选房并签订租赁合同，或按月发放租赁补贴。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [
      { name: '户籍或居住地社区党群服务中心', address: '所在社区', hours: HOURS_VILLAGE },
      { name: '扬州市政务服务中心住房保障窗口', address: CITY_HALL.address, hours: HOURS },
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['审核结果短信通知', '社区告知', '政府网站公示'],
    faq: [
      {
        q: '公租房的租金是多少？',
        a: '公租房租金按低于同地段市场租金的标准确定，低保、低收入家庭可以按规定减免；具体以配租时公布的标准为准。',
      },
      {
        q: '等多久能分到房？',
        a: '审核通过后进入轮候，轮候时间取决于房源，期间可以先申领租赁补贴。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const publicRentalWenfeng = implAt(publicRental, {
  divisionCode: '321002003',
  level: 'town',
  department: '广陵区文峰街道便民服务中心',
  popularity: 28,
  summary: '文峰街道辖区居民申请公租房，社区受理后由街道住房保障专干初审，街道便民服务中心可咨询进度。',
  guide: {
    implementer: '扬州市广陵区人民政府文峰街道办事处（初审）',
    acceptingUnit: '文峰街道便民服务中心住房保障窗口',
    locations: [{ name: '文峰街道便民服务中心', address: '广陵区文峰街道便民服务中心民生保障窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '接收社区报送材料',
        description: '街道住房保障专干接收社区入户调查表和公示结果。',
        days: 1,
        countsTowardLimit: true,
      },
      {
        name: '初审',
        description: '核对住房、户籍和收入材料，必要时与社区共同复核入户，5个工作日内出具初审意见。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '报送区住房保障部门',
        description: '初审通过的报送广陵区住房保障部门，不通过的书面告知理由。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '街道初审没通过，可以申诉吗？',
        a: '可以在收到书面告知之日起向广陵区住房保障部门申请复核，也可以拨打12345反映。',
      },
      {
        q: '能直接到街道交材料吗？',
        a: '为便于入户调查，请先向户籍或居住地社区提交；不清楚所属社区的，街道窗口会帮您查询。',
      },
    ],
  },
})

const publicRentalWenfengCommunity = implAt(publicRental, {
  divisionCode: '321002003',
  level: 'village',
  department: '广陵区文峰街道文峰社区居民委员会',
  popularity: 16,
  summary: '文峰社区居民的公租房申请在社区党群服务中心受理，社区入户调查并公示后报街道。',
  guide: {
    implementer: '扬州市住房和城乡建设局（社区受理）',
    acceptingUnit: '文峰街道文峰社区党群服务中心',
    locations: [
      { name: '文峰社区党群服务中心', address: '广陵区文峰街道文峰社区党群服务中心一楼民生窗口', hours: HOURS_VILLAGE },
    ],
    process: [
      {
        name: '受理',
        description: '社区工作人员核对材料，当场出具受理回执；材料不全的一次性告知。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '入户调查',
        description: '社区两名工作人员入户核实住房和家庭人口情况，申请人签字确认。',
        days: 3,
        countsTowardLimit: true,
      },
      {
        name: '社区公示',
        description: '在社区公示栏张榜公示申请人家庭情况，期间接受群众监督。',
        days: 5,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '入户调查要准备什么？',
        a: '请家庭成员尽量在家，现住房是租赁的请准备租赁合同，工作人员会拍照记录居住现状。',
      },
      {
        q: '公示会公开我的收入吗？',
        a: '公示内容为申请人姓名、家庭人口、住房状况等必要信息，不公开身份证号和具体存款等隐私。',
      },
    ],
  },
})

const propertyMediation: ServiceItemSeed = {
  baseCode: '200700400000',
  implCode: implCode('200700400000', '321002001', 'town'),
  name: '物业服务纠纷调解',
  aliases: ['物业纠纷', '投诉物业', '物业费纠纷', '小区物业调解', '业委会纠纷'],
  keywords: ['物业服务', '人民调解', '物业费', '公共收益', '业主委员会', '调解协议'],
  department: '广陵区东关街道便民服务中心',
  level: 'town',
  divisionCode: '321002001',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 30,
  summary: '业主与物业服务企业因物业费、维修、停车、公共收益等发生纠纷，可向街道物业纠纷人民调解委员会申请免费调解。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国人民调解法》',
        article: '第十七条',
        text: '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。',
      },
    ],
    implementer: '扬州市广陵区人民政府东关街道办事处',
    acceptingUnit: '东关街道物业纠纷人民调解委员会（街道便民服务中心物业服务窗口）',
    conditions: ['纠纷发生在东关街道辖区住宅小区。', '双方均同意调解，且纠纷未经法院判决或仲裁。'],
    materials: [
      {
        name: '调解申请书（可口头申请，由工作人员记录）',
        form: '原件',
        copies: 1,
        source: '申请人填写或窗口记录后签字',
        required: true,
        sample:
          '申请人：业主黄某（××小区5幢302室）；被申请人：扬州某某物业服务有限公司；纠纷事项：2026年6月起顶楼渗漏，物业未组织维修；请求：使用专项维修资金维修并减免部分物业费。',
        commonMistakes: [
          '只写“物业不作为”，未写明具体事项、时间和请求。',
          '把对开发商的房屋质量问题作为物业纠纷申请，应另向开发企业主张。',
        ],
      },
      {
        name: '相关证据',
        form: '复印件',
        copies: 1,
        source: '申请人自备（物业服务合同、缴费凭证、照片、报修记录等）',
        required: '有证据的',
        commonMistakes: ['照片没有拍摄日期，无法说明问题发生时间。'],
      },
    ],
    process: [
      { name: '申请受理', description: '到街道窗口申请，征得对方同意后受理。', days: 1, countsTowardLimit: true },
      {
        name: '组织调解',
        description: '调解员召集双方，必要时邀请社区、业委会和住建部门参加。',
        days: 10,
        countsTowardLimit: true,
      },
      {
        name: '制作调解协议',
        description: '达成一致的制作调解协议书，可共同向法院申请司法确认；调解不成的告知诉讼等途径。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [{ name: '东关街道便民服务中心', address: '广陵区东关街道便民服务中心物业服务窗口', hours: HOURS_TOWN }],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['调解协议书当面送达'],
    faq: [
      {
        q: '调解协议有法律效力吗？',
        a: '人民调解协议具有法律约束力；双方可在协议生效后30日内共同向人民法院申请司法确认，确认后一方不履行的可申请强制执行。',
      },
      {
        q: '物业不同意调解怎么办？',
        a: '调解须双方自愿。物业拒绝的，可以向区住房和城乡建设局物业监管部门投诉，或依法提起诉讼。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const propertyMediationCommunity = implAt(propertyMediation, {
  divisionCode: '321002001',
  level: 'village',
  department: '广陵区东关街道个园社区居民委员会',
  popularity: 14,
  summary: '个园社区居民的物业小纠纷先在社区“红色物业”议事点协商调解，调不成的转街道调委会。',
  guide: {
    implementer: '东关街道个园社区人民调解委员会',
    acceptingUnit: '个园社区党群服务中心（物业议事协调点）',
    promisedLimitDays: 7,
    locations: [
      { name: '个园社区党群服务中心', address: '广陵区东关街道个园社区党群服务中心议事室', hours: HOURS_VILLAGE },
    ],
    process: [
      {
        name: '登记诉求',
        description: '居民到社区或通过网格员反映问题，社区登记并当日联系物业项目经理。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '三方协商',
        description: '社区召集业主、物业、业委会代表现场查看并协商，老旧小区无物业的由社区协调准物业服务。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '结果跟踪或转办',
        description: '协商一致的记录在案并回访；不成的转东关街道物业纠纷人民调解委员会。',
        days: 2,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '老小区没有物业公司，楼道灯坏了找谁？',
        a: '老旧小区由社区组织“准物业”或托底服务，直接向社区或网格员报修即可。',
      },
      {
        q: '社区能强制物业整改吗？',
        a: '社区没有行政处罚权，主要是协调；物业服务企业违反规定的，社区会报请街道和区住建部门处理。',
      },
    ],
  },
})

const utilityTransfer: ServiceItemSeed = {
  baseCode: '200700500000',
  implCode: implCode('200700500000', '321000', 'city'),
  name: '二手房水电气网联动过户',
  aliases: ['水电过户', '燃气过户', '有线电视过户', '水电气过户', '宽带过户'],
  keywords: ['联动过户', '供水', '供电', '燃气', '有线电视', '不动产转移登记'],
  department: '扬州市住房和城乡建设局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 60,
  summary: '办理二手房转移登记时勾选联动过户，登记完成后供水、供电、燃气、有线电视户名自动变更，不用再跑营业厅。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第六百四十八条',
        text: '供用电合同是供电人向用电人供电，用电人支付电费的合同。向社会公众供电的供电人，不得拒绝用电人合理的订立合同要求。（供用水、供用气、供用热力合同参照适用，第六百五十六条）',
      },
    ],
    implementer: '扬州市住房和城乡建设局（会同供水、供电、燃气、有线电视企业）',
    acceptingUnit: '扬州市不动产登记中心一窗受理窗口（信息推送至各公用事业企业）',
    conditions: ['同步办理存量房转移登记。', '原户名下水电气费已结清。'],
    materials: [
      {
        name: '联动过户申请信息',
        form: '在线填写',
        copies: 1,
        source: '转移登记时在一窗受理系统勾选',
        required: true,
        sample:
          '过户项目：供水（户号 01××××××）、供电（户号 32××××××××）、燃气（户号 ××××××）、有线电视；新户主：杨某 139****3456；缴费方式：微信代扣。',
        commonMistakes: ['户号抄成了表计编号，企业无法匹配。', '卖方燃气有欠费，燃气过户被退回。'],
      },
    ],
    process: [
      { name: '勾选', description: '转移登记一窗受理时勾选需要过户的项目。', days: 0, countsTowardLimit: false },
      { name: '推送', description: '登簿后系统推送至各企业。', days: 0, countsTowardLimit: true },
      {
        name: '企业办理',
        description: '各企业变更户名并短信告知新户主，燃气需预约安全检查的另行联系。',
        days: 3,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [REG_HALL, REG_ONLINE],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['短信通知过户结果'],
    faq: [
      {
        q: '过户后燃气需要重新开通吗？',
        a: '燃气户名变更后，燃气公司会联系新户主预约入户安全检查，检查合格即可正常使用。',
      },
      {
        q: '宽带能一起过户吗？',
        a: '宽带属于电信运营商业务，目前有线电视可以联动，宽带请到运营商营业厅或App办理。',
      },
    ],
    updatedAt: UPDATED,
  },
}

export const businessItems3: ServiceItemSeed[] = [
  gjjPurchase,
  gjjPurchaseGaoyou,
  gjjRent,
  gjjRetire,
  gjjQuit,
  gjjLoan,
  gjjEmployer,
  gjjTransfer,
  gjjProof,
  firstRegistration,
  transferRegistration,
  transferJiangdu,
  transferGaoyou,
  mortgageRegistration,
  certReissue,
  registryQuery,
  planningPermit,
  presale,
  rentalFiling,
  rentalFilingMeiling,
  rentalFilingShuangqiao,
  publicRental,
  publicRentalWenfeng,
  publicRentalWenfengCommunity,
  propertyMediation,
  propertyMediationCommunity,
  utilityTransfer,
]
