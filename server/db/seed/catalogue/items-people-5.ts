import { COMPLAINT, HOURS, HOURS_TOWN } from './halls'
import { implCode, implementAt } from './implementation'
import { proxyLetterSample } from './samples'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（五）：扬州市民政局 —— 婚姻登记、社会救助（低保、特困、临时救助）、高龄津贴、惠民殡葬、社会团体登记。
 */

const HOURS_MARRIAGE = '周一至周五 8:30-12:00，13:30-17:00；“520”“七夕”等特殊日期按预约延时办理，法定节假日除外'
const HOURS_VILLAGE = '周一至周五 8:30-11:30，14:00-17:00；困难群众可预约网格员上门'
const ONLINE_MZ = {
  name: '“苏服办”App / 江苏政务服务网扬州旗舰店 / “江苏民政”微信小程序',
  address: '网上办理：搜索事项名称，实名认证后申请',
  hours: '7×24 小时受理，工作日审核',
}

export const peopleItems5: ServiceItemSeed[] = []

// ───────────────────────────── 结婚登记 ─────────────────────────────
const marriage: ServiceItemSeed = {
  baseCode: '100400000001',
  implCode: implCode('100400000001', '321002', 'county'),
  name: '内地居民结婚登记',
  aliases: ['领结婚证', '结婚登记', '扯证', '登记结婚', '复婚登记'],
  keywords: ['结婚证', '婚姻登记', '全国通办', '预约', '复婚', '颁证'],
  department: '广陵区民政局',
  level: 'county',
  divisionCode: '321002',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 89,
  summary: '男女双方凭本人居民身份证，共同到婚姻登记处当场办理结婚登记，全国通办，无需户口簿。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零四十七条',
        text: '结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。',
      },
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零四十九条',
        text: '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。未办理结婚登记的，应当补办登记。',
      },
    ],
    implementer: '广陵区民政局',
    acceptingUnit: '广陵区婚姻登记处',
    conditions: [
      '男方年满22周岁，女方年满20周岁。',
      '男女双方完全自愿，双方均无配偶，且不属于直系血亲或三代以内旁系血亲。',
      '须双方本人同时到场：法律规定结婚登记须当事人亲自申请，并当面签署声明、现场确认意愿，不能代办或网上办理。',
    ],
    materials: [
      {
        name: '申请结婚登记声明书',
        form: '原件',
        copies: 1,
        source: '婚姻登记处现场提供，当事人在登记员面前签署',
        required: true,
        sample:
          '声明人：陈晓（男），身份证号 3210**********1016；声明人：林悦（女），身份证号 3210**********2028。本人自愿与对方结婚，本人无配偶，与对方没有直系血亲和三代以内旁系血亲关系，以上声明真实，如有虚假愿承担法律责任。签名（按指印）：陈晓、林悦。',
        commonMistakes: [
          '提前在家代对方签好声明书；声明书须双方在登记员面前亲笔签署。',
          '签名使用艺术签名或与身份证姓名不一致的曾用名。',
        ],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['身份证已过期或使用身份证复印件、电子身份证截图。', '使用临时身份证但已超过3个月有效期。'],
      },
      {
        name: '双方近期半身免冠合影照片',
        form: '原件',
        copies: 3,
        source: '申请人自备或登记处现场拍摄',
        required: true,
        commonMistakes: ['照片为艺术照或头部有遮挡，不符合婚姻登记证件照要求。'],
      },
    ],
    process: [
      {
        name: '预约（可选）',
        description: '通过“江苏民政”小程序预约登记时段，特殊日期建议预约。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '现场审查',
        description: '登记员核验身份证，联网核查婚姻状况，询问双方意愿，双方签署声明书。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '登记颁证',
        description: '符合条件的当场登记，发给结婚证，可参加颁证仪式。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 0,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '广陵区婚姻登记处',
        address: '扬州市广陵区婚姻登记处（具体地址见“江苏民政”小程序预约页面）',
        hours: HOURS_MARRIAGE,
      },
    ],
    consultPhone: '0514-87365060',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场发给结婚证', '电子婚姻登记证照（“苏服办”）'],
    faq: [
      {
        q: '还要带户口本吗？外地户口能在扬州领证吗？',
        a: '2025年5月10日起施行的新《婚姻登记条例》规定，内地居民办理结婚登记只需居民身份证，不再需要户口簿，并实行全国通办，可在扬州任一婚姻登记处办理。',
      },
      {
        q: '离过婚的再婚要带离婚证吗？',
        a: '婚姻状况通过全国婚姻信息系统联网核查；如系统中没有离婚记录（如法院判决离婚），请携带生效的离婚判决书或调解书。',
      },
      {
        q: '能提前预约“好日子”吗？',
        a: '可以通过“江苏民政”小程序预约，一般开放未来一段时间的号源，特殊日期号源有限，以预约页面为准。',
      },
    ],
    updatedAt: '2026-10-16',
  },
}
peopleItems5.push(
  marriage,
  implementAt(marriage, {
    level: 'county',
    divisionCode: '321084',
    department: '高邮市民政局',
    popularity: 45,
    guide: {
      implementer: '高邮市民政局',
      acceptingUnit: '高邮市婚姻登记处',
      locations: [
        {
          name: '高邮市婚姻登记处',
          address: '高邮市婚姻登记处（高邮市政务服务中心附近，以预约页面为准）',
          hours: HOURS_MARRIAGE,
        },
      ],
      consultPhone: '0514-84683060',
    },
  }),
)

// ───────────────────────────── 离婚登记 ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000002',
  implCode: implCode('100400000002', '321003', 'county'),
  name: '内地居民离婚登记',
  aliases: ['协议离婚', '办离婚', '离婚冷静期', '领离婚证'],
  keywords: ['离婚证', '婚姻登记', '离婚协议', '冷静期', '撤回'],
  department: '邗江区民政局',
  level: 'county',
  divisionCode: '321003',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 60,
  summary:
    '夫妻双方自愿离婚并就子女、财产、债务达成书面协议的，共同到婚姻登记处申请，经30日冷静期后再共同到场领取离婚证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零七十六条',
        text: '夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。离婚协议应当载明双方自愿离婚的意思表示和对子女抚养、财产以及债务处理等事项协商一致的意见。',
      },
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零七十七条',
        text: '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。前款规定期限届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。',
      },
    ],
    implementer: '邗江区民政局',
    acceptingUnit: '邗江区婚姻登记处',
    conditions: [
      '双方均为完全民事行为能力人，自愿离婚。',
      '已签订书面离婚协议，对子女抚养、财产及债务处理协商一致。',
      '须双方亲自到场两次：第一次申请，冷静期满后30日内第二次共同到场申请发证，这是民法典规定的程序，不能代办。',
    ],
    materials: [
      {
        name: '离婚协议书',
        form: '原件',
        copies: 3,
        source: '当事人自备（可使用登记处提供的参考文本）',
        required: true,
        sample:
          '男方：赵某，身份证号 3210**********3513；女方：钱某，身份证号 3210**********3524。一、双方自愿离婚。二、婚生女赵某某（2018年生）由女方抚养，男方每月5日前支付抚养费1500元至其18周岁，每月可探望两次。三、位于邗江区某小区的住房归女方所有，剩余贷款由女方偿还。四、双方无其他共同债务。签名：赵某、钱某，日期：2026年10月8日。',
        commonMistakes: [
          '协议只写“财产已分割清楚”，未逐项写明房产、存款、车辆的归属，登记员无法受理。',
          '子女抚养费未写明金额、支付方式和期限。',
          '协议中约定了“一方不得再婚”等违法条款。',
        ],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['一方身份证遗失未补办，临时身份证可代替。'],
      },
      {
        name: '结婚证',
        form: '原件',
        copies: 1,
        source: '婚姻登记机关核发',
        required: true,
        commonMistakes: ['结婚证遗失未先申请补领（可同时办理补领）。'],
      },
    ],
    process: [
      {
        name: '申请受理',
        description: '双方到场提交材料，登记员审查后发给《离婚登记申请受理回执单》。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '离婚冷静期', description: '自受理之日起30日，任何一方可撤回申请。', days: 30, countsTowardLimit: false },
      {
        name: '申请发证',
        description: '冷静期满后30日内，双方再次亲自到场申请发给离婚证。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审查登记',
        description: '确认双方仍自愿离婚的，当场予以登记，发给离婚证。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '邗江区婚姻登记处',
        address: '扬州市邗江区婚姻登记处（以“江苏民政”小程序预约页面地址为准）',
        hours: HOURS,
      },
    ],
    consultPhone: '0514-87863060',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场发给离婚证'],
    faq: [
      {
        q: '冷静期满后忘了去领证怎么办？',
        a: '冷静期届满后30日内双方未共同到场申请发证的，视为撤回离婚登记申请，如仍要离婚须重新申请。',
      },
      {
        q: '对方不愿意来，能起诉离婚吗？',
        a: '可以。一方要求离婚或双方对子女、财产未达成一致的，婚姻登记机关不予受理，可向人民法院提起离婚诉讼。',
      },
    ],
    updatedAt: '2026-10-16',
  },
})

// ───────────────────────────── 补领婚姻登记证 ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000003',
  implCode: implCode('100400000003', '321012', 'county'),
  name: '补领婚姻登记证',
  aliases: ['结婚证丢了', '补办结婚证', '补离婚证', '结婚证损坏'],
  keywords: ['结婚证', '离婚证', '补领', '婚姻登记档案'],
  department: '江都区民政局',
  level: 'county',
  divisionCode: '321012',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 44,
  summary: '结婚证、离婚证遗失或损毁的，当事人持身份证到婚姻登记处申请补领，档案查实后当场补发。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零四十九条',
        text: '要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记。符合本法规定的，予以登记，发给结婚证。完成结婚登记，即确立婚姻关系。',
      },
    ],
    implementer: '江都区民政局',
    acceptingUnit: '江都区婚姻登记处',
    conditions: [
      '当事人依法办理过结婚或离婚登记，且婚姻登记档案可查。',
      '补领结婚证的，可一方申请（须本人到场核验身份并签字）。',
    ],
    materials: [
      {
        name: '申请补领婚姻登记证声明书',
        form: '原件',
        copies: 1,
        source: '登记处现场提供',
        required: true,
        sample:
          '申请人：刘秀兰，身份证号 3210**********0029；申请补领：结婚证；原登记机关：江都县民政局；登记日期：1995年10月2日；配偶：王某；补领原因：搬家遗失。签名：刘秀兰。',
        commonMistakes: [
          '原登记机关写成现在的“江都区民政局”，应写当年的登记机关名称（如江都县民政局、某乡人民政府）。',
          '登记日期记不清随意填写，档案检索不到。',
        ],
      },
      {
        name: '居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['使用户口簿代替身份证。'],
      },
      {
        name: '近期半身免冠照片',
        form: '原件',
        copies: 2,
        source: '申请人自备或现场拍摄',
        required: true,
        commonMistakes: ['补领结婚证一方申请时只带了单人照，应带双方合影照（或现场拍摄）。'],
      },
    ],
    process: [
      { name: '受理', description: '核验身份，检索婚姻登记档案。', days: 0, countsTowardLimit: true },
      {
        name: '补发',
        description: '档案查实的当场补发；档案在外地或年代久远需调档的，调档后通知领取或邮寄。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      { name: '江都区婚姻登记处', address: '扬州市江都区婚姻登记处（以“江苏民政”小程序预约页面为准）', hours: HOURS },
    ],
    consultPhone: '0514-86523060',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场领取', 'EMS 邮寄（调档情形）'],
    faq: [
      {
        q: '在外地登记的结婚证能在扬州补领吗？',
        a: '婚姻登记档案已入全国婚姻信息系统的，可以在扬州申请；早年纸质档案未录入的，需由原登记机关查档确认，时间会长一些。',
      },
    ],
    updatedAt: '2026-08-14',
  },
})

// ───────────────────────────── 最低生活保障 ─────────────────────────────
const dibao: ServiceItemSeed = {
  baseCode: '100400000004',
  implCode: implCode('100400000004', '321002', 'county'),
  name: '最低生活保障审核确认',
  aliases: ['低保', '申请低保', '吃低保', '城市低保', '农村低保'],
  keywords: ['最低生活保障', '社会救助', '家庭经济状况核对', '困难群众', '低保金'],
  department: '广陵区民政局',
  level: 'county',
  divisionCode: '321002',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 67,
  summary: '共同生活家庭成员人均收入低于当地低保标准、财产符合规定的，网上提出申请，经调查核对、公示后按月发放低保金。',
  guide: {
    basis: [
      {
        law: '《社会救助暂行办法》（国务院令第649号）',
        article: '第九条',
        text: '国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。',
      },
      {
        law: '《社会救助暂行办法》（国务院令第649号）',
        article: '第十一条',
        text: '申请最低生活保障，按照下列程序办理：（一）由共同生活的家庭成员向户籍所在地的乡镇人民政府、街道办事处提出书面申请……（二）乡镇人民政府、街道办事处应当通过入户调查、邻里访问、信函索证、群众评议、信息查询等方式，对申请人的家庭收入状况、财产状况进行调查核实……（三）县级人民政府民政部门经审查，对符合条件的申请予以批准……',
      },
    ],
    implementer: '广陵区民政局',
    acceptingUnit: '申请人户籍所在地街道办事处（乡镇人民政府）；网上申请由街道社会事务办统一受理',
    conditions: [
      '持有广陵区户籍（符合条件的持居住证人员可在居住地申请）。',
      '共同生活家庭成员月人均收入低于扬州市公布的最低生活保障标准。',
      '家庭财产（存款、车辆、房产等）符合扬州市低保家庭财产状况规定。',
      '申请人及家庭成员须授权民政部门核对家庭经济状况。',
    ],
    materials: [
      {
        name: '社会救助申请书（含家庭经济状况核对授权书）',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写或街道窗口领取',
        required: true,
        sample:
          '申请人：顾大伟，身份证号 3210**********2417；家庭住址：广陵区湾头镇某村某组；共同生活成员：妻子刘某（患尿毒症，无劳动能力）、儿子顾某（在读初二）；家庭月收入：顾大伟打零工约1800元；申请理由：妻子长期透析，家庭支出大，生活困难；授权：全体家庭成员同意核对银行存款、房产、车辆等信息（签名）。',
        commonMistakes: [
          '只由申请人一人签授权书，成年共同生活家庭成员漏签，核对无法启动。',
          '隐瞒打零工、养老金等收入，核对发现后不予受理并记入诚信记录。',
          '把已分户且不共同生活的子女列为家庭成员，或漏填应计入的法定赡养人。',
        ],
      },
      {
        name: '家庭成员居民身份证、户口簿',
        form: '电子证照',
        copies: 1,
        source: '公安机关核发，系统共享',
        required: true,
        commonMistakes: ['户口簿上有已死亡人员未注销，影响家庭人口认定。'],
      },
      {
        name: '残疾人证、疾病诊断证明等',
        form: '电子证照',
        copies: 1,
        source: '残联、医疗机构出具',
        required: '家庭成员有重病、重残的',
        commonMistakes: ['诊断证明超过6个月。'],
      },
    ],
    process: [
      {
        name: '申请受理',
        description: '网上或到街道（乡镇）社会救助窗口提出申请，材料齐全的受理。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '经济状况核对',
        description: '通过居民家庭经济状况核对平台查询存款、车辆、房产、社保等信息。',
        days: 7,
        countsTowardLimit: true,
      },
      { name: '入户调查', description: '两名工作人员入户调查，填写入户调查表。', days: 7, countsTowardLimit: true },
      { name: '公示', description: '在申请人所在村（社区）公示，公示期7天。', days: 7, countsTowardLimit: false },
      {
        name: '审核确认',
        description: '作出审核确认决定，书面告知申请人；不符合条件的说明理由。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '发放',
        description: '自确认次月起按月发放低保金至社保卡或银行账户。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      { name: '广陵区政务服务中心 民政窗口', address: '扬州市广陵区政务服务中心二楼民政区', hours: HOURS },
    ],
    consultPhone: '0514-87365321',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['审核确认结果书面告知', '低保金按月发放至社会保障卡'],
    faq: [
      {
        q: '家里有车能申请低保吗？',
        a: '原则上拥有机动车辆的家庭不符合条件，但残疾人功能性补偿代步机动车、生产经营用的低价值车辆等按扬州市规定可不计入，具体以核对结果为准。',
      },
      {
        q: '子女在外地工作，收入算不算？',
        a: '法定赡养人的赡养费按扬州市规定的计算方法计入家庭收入，不是简单按子女全部收入计算。',
      },
      {
        q: '低保批下来后要复核吗？',
        a: '需要。民政部门定期核查，家庭收入、人口发生变化的应在变化后及时报告，按规定增发、减发或停发。',
      },
    ],
    updatedAt: '2026-10-05',
  },
}
peopleItems5.push(
  dibao,
  implementAt(dibao, {
    level: 'town',
    divisionCode: '321002106',
    department: '广陵区湾头镇人民政府',
    popularity: 30,
    handlingMode: 'once',
    visitCount: 1,
    summary: '湾头镇居民可到镇便民服务中心社会救助窗口当面申请低保，工作人员协助填写申请书和授权书。',
    guide: {
      implementer: '广陵区湾头镇人民政府（受区民政局委托审核确认）',
      acceptingUnit: '湾头镇便民服务中心 社会救助窗口',
      locations: [
        { name: '湾头镇便民服务中心', address: '扬州市广陵区湾头镇便民服务中心一楼社会救助窗口', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87232306',
    },
  }),
  implementAt(dibao, {
    level: 'village',
    divisionCode: '321002106',
    department: '广陵区湾头镇湾头社区居民委员会',
    popularity: 12,
    handlingMode: 'once',
    visitCount: 1,
    summary: '社区社会救助协理员受理低保申请并代为提交镇政府，行动不便的可预约上门。',
    guide: {
      implementer: '广陵区湾头镇人民政府（受区民政局委托审核确认）',
      acceptingUnit: '湾头社区党群服务中心 社会救助协理员（代收代办）',
      locations: [
        { name: '湾头社区党群服务中心', address: '扬州市广陵区湾头镇湾头社区党群服务中心', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-87232306',
    },
  }),
)

// ───────────────────────────── 特困人员救助供养 ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000005',
  implCode: implCode('100400000005', '321023', 'county'),
  name: '特困人员救助供养认定',
  aliases: ['五保户', '特困供养', '孤寡老人供养', '特困人员认定'],
  keywords: ['特困人员', '救助供养', '分散供养', '集中供养', '敬老院', '社会救助'],
  department: '宝应县民政局',
  level: 'county',
  divisionCode: '321023',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 40,
  summary:
    '无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其无能力）的老年人、残疾人和未成年人，申请认定特困人员，给予基本生活和照料保障。',
  guide: {
    basis: [
      {
        law: '《社会救助暂行办法》（国务院令第649号）',
        article: '第十四条',
        text: '国家对无劳动能力、无生活来源且无法定赡养、抚养、扶养义务人，或者其法定赡养、抚养、扶养义务人无赡养、抚养、扶养能力的老年人、残疾人以及未满16周岁的未成年人，给予特困人员供养。',
      },
    ],
    implementer: '宝应县民政局',
    acceptingUnit: '申请人户籍所在地镇人民政府；网上申请由县民政局社会救助科统一分办',
    conditions: [
      '宝应县户籍的60周岁以上老年人、残疾人（一级、二级重度或三级智力、精神残疾等）或未满18周岁的未成年人。',
      '无劳动能力、无生活来源，且无法定义务人或法定义务人无履行能力。',
      '收入低于扬州市特困人员认定的收入标准，财产符合规定。',
    ],
    materials: [
      {
        name: '特困人员救助供养申请书',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写，或由村（居）委会代为提出',
        required: true,
        sample:
          '申请人：许某某，男，身份证号 3210**********1031，现年72岁，户籍：宝应县射阳湖镇某村；婚姻：未婚，无子女；兄弟：已故；收入：无，仅领取城乡居民养老金；生活自理能力：部分自理；供养意愿：分散供养（在家居住）。',
        commonMistakes: [
          '有子女但子女无赡养能力的，未提供子女经济困难的相关材料。',
          '“生活自理能力”未经评估随意勾选，影响照料护理标准。',
        ],
      },
      {
        name: '居民身份证、户口簿',
        form: '电子证照',
        copies: 1,
        source: '系统共享',
        required: true,
        commonMistakes: ['户口簿家庭成员信息未及时更新。'],
      },
      {
        name: '残疾人证',
        form: '电子证照',
        copies: 1,
        source: '残联核发',
        required: '以残疾人身份申请的',
        commonMistakes: ['残疾等级不符合认定范围。'],
      },
    ],
    process: [
      {
        name: '申请受理',
        description: '镇政府受理申请（本人申请困难的可由村委会代为申请）。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '调查核实',
        description: '经济状况核对、入户调查，评估生活自理能力。',
        days: 15,
        countsTowardLimit: true,
      },
      { name: '公示', description: '在村（社区）公示7天。', days: 7, countsTowardLimit: false },
      {
        name: '审核确认',
        description: '县民政局作出认定决定，确定分散或集中供养方式。',
        days: 10,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 40,
    promisedLimitDays: 25,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      { name: '宝应县政务服务中心 民政窗口', address: '宝应县安宜镇宝应县政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-88223321',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['认定决定书面送达', '基本生活费按月发放至社保卡'],
    faq: [
      {
        q: '特困人员必须住敬老院吗？',
        a: '不必须。具备生活自理能力的可以选择在家分散供养；生活不能自理的优先安排集中供养。',
      },
      {
        q: '成为特困人员后还能领低保吗？',
        a: '特困人员救助供养与最低生活保障不重复享受，认定为特困人员的不再享受低保。',
      },
    ],
    updatedAt: '2026-08-27',
  },
})

// ───────────────────────────── 临时救助 ─────────────────────────────
const tempAid: ServiceItemSeed = {
  baseCode: '100400000006',
  implCode: implCode('100400000006', '321081', 'county'),
  name: '临时救助',
  aliases: ['急难救助', '申请临时救助', '突发困难救助', '生活困难补助'],
  keywords: ['临时救助', '急难型', '支出型', '社会救助', '意外事件', '重大疾病'],
  department: '仪征市民政局',
  level: 'county',
  divisionCode: '321081',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 46,
  summary: '因火灾、交通事故、突发重病等导致基本生活暂时出现严重困难的家庭或个人，网上申请临时救助，急难情形先行救助。',
  guide: {
    basis: [
      {
        law: '《社会救助暂行办法》（国务院令第649号）',
        article: '第四十七条',
        text: '国家对因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭，或者因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭，以及遭遇其他特殊困难的家庭，给予临时救助。',
      },
      {
        law: '《社会救助暂行办法》（国务院令第649号）',
        article: '第四十八条',
        text: '申请临时救助的，应当向乡镇人民政府、街道办事处提出，经审核、公示后，由县级人民政府民政部门审批；救助金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批。情况紧急的，可以按照规定简化审批手续。',
      },
    ],
    implementer: '仪征市民政局',
    acceptingUnit: '户籍地或经常居住地镇（街道）社会救助窗口；网上申请由市民政局统一分办',
    conditions: [
      '急难型：因意外事件、突发重大疾病等，基本生活暂时出现严重困难。',
      '支出型：因教育、医疗等生活必需支出突然增加超出家庭承受能力。',
      '同一事由原则上不重复救助。',
    ],
    materials: [
      {
        name: '临时救助申请书',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写或镇（街道）窗口领取',
        required: true,
        sample:
          '申请人：冯小军，身份证号 3210**********3634，住址：仪征市真州镇某小区；困难情形：2026年9月20日家中失火，厨房和卧室烧毁，家具衣物损失；家庭成员：3人；已获其他救助：保险理赔无；申请救助金额：按规定核定。',
        commonMistakes: [
          '只写“家庭困难”，未写明发生了什么事、何时发生、造成多少损失。',
          '因病申请但未附医疗费用票据或诊断证明。',
        ],
      },
      {
        name: '困难情形证明材料',
        form: '电子证照',
        copies: 1,
        source: '消防、交警、医疗机构等出具',
        required: true,
        commonMistakes: ['火灾未报警，缺少消防部门的火灾事故证明，须由村（社区）出具情况说明。'],
      },
    ],
    process: [
      {
        name: '申请受理',
        description: '网上或窗口申请；急难情形可由村（社区）、医院等代为报告。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核', description: '调查核实困难情形，急难型可先行救助后补充手续。', days: 5, countsTowardLimit: true },
      {
        name: '公示',
        description: '在村（社区）公示（急难型先行救助的事后公示）。',
        days: 5,
        countsTowardLimit: false,
      },
      {
        name: '审批发放',
        description: '审批救助金额，发放至申请人账户或给予实物救助。',
        days: 3,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      { name: '仪征市政务服务中心 民政窗口', address: '仪征市真州镇仪征市政务服务中心二楼', hours: HOURS },
    ],
    consultPhone: '0514-83422321',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['救助金发放至银行账户或社会保障卡', '结果短信告知'],
    faq: [
      {
        q: '外地人在扬州遇到困难能申请吗？',
        a: '可以向经常居住地的镇（街道）申请；对生活无着的流浪乞讨人员，由救助管理机构按规定救助。',
      },
      {
        q: '临时救助能救助多少钱？',
        a: '根据困难程度、持续时间分档核定，一般以扬州市低保标准为基数计算，具体以审批结果为准。',
      },
    ],
    updatedAt: '2026-09-30',
  },
}
peopleItems5.push(
  tempAid,
  implementAt(tempAid, {
    level: 'town',
    divisionCode: '321002104',
    department: '广陵区头桥镇人民政府',
    popularity: 18,
    summary: '头桥镇居民遇突发困难可在网上或镇便民服务中心申请临时救助，小额救助由镇政府受委托直接审批。',
    guide: {
      implementer: '广陵区头桥镇人民政府（小额临时救助受区民政局委托审批）',
      acceptingUnit: '头桥镇便民服务中心 社会救助窗口',
      locations: [
        ONLINE_MZ,
        { name: '头桥镇便民服务中心', address: '扬州市广陵区头桥镇便民服务中心一楼', hours: HOURS_TOWN },
      ],
      consultPhone: '0514-87251306',
    },
  }),
)

// ───────────────────────────── 高龄津贴 ─────────────────────────────
const agedAllowance: ServiceItemSeed = {
  baseCode: '100400000007',
  implCode: implCode('100400000007', '321002003', 'town'),
  name: '高龄老人尊老金（高龄津贴）申领',
  aliases: ['高龄津贴', '尊老金', '80岁老人补贴', '百岁老人长寿金', '老年补贴'],
  keywords: ['高龄津贴', '尊老金', '老年人', '80周岁', '养老服务'],
  department: '广陵区文峰街道便民服务中心',
  level: 'town',
  divisionCode: '321002003',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 63,
  summary: '年满80周岁的户籍老人，子女可在网上代为申请尊老金（高龄津贴），审核后按月发放至老人社保卡。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国老年人权益保障法》',
        article: '第三十三条',
        text: '国家建立和完善老年人福利制度，根据经济社会发展水平和老年人的实际需要，增加老年人的社会福利。国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。……',
      },
    ],
    implementer: '广陵区民政局',
    acceptingUnit: '广陵区文峰街道便民服务中心 民政窗口',
    conditions: [
      '文峰街道辖区户籍老人，年满80周岁（以身份证出生日期为准）。',
      '老人健在，且未在其他地区领取同类津贴。',
    ],
    materials: [
      {
        name: '高龄津贴申请表',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写（子女可“为家人办”）',
        required: true,
        sample:
          '老人：沈凤英，身份证号 3210**********0022，出生日期：1946年11月；户籍地址：广陵区文峰街道某社区；代办人：女儿吴某，电话 139****3355；发放账户：老人本人社会保障卡。',
        commonMistakes: [
          '发放账户填代办人的银行卡，津贴须发到老人本人社保卡。',
          '老人未满80周岁（按虚岁计算）提前申请。',
        ],
      },
      {
        name: '老人居民身份证',
        form: '电子证照',
        copies: 1,
        source: '系统共享',
        required: true,
        commonMistakes: ['老人身份证过期，影响社保卡发放。'],
      },
    ],
    process: [
      { name: '网上申请', description: '子女或老人本人在线提交。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '街道核对户籍和生存状态。', days: 5, countsTowardLimit: true },
      { name: '发放', description: '区民政局审核后自次月起按月发放。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      { name: '文峰街道便民服务中心', address: '扬州市广陵区文峰街道便民服务中心一楼民政窗口', hours: HOURS_TOWN },
    ],
    consultPhone: '0514-87868216',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['按月发放至老人社会保障卡'],
    faq: [
      {
        q: '高龄津贴每月多少钱？',
        a: '按年龄段分档发放，年龄越大标准越高，百岁老人另有长寿金，具体以扬州市、广陵区现行标准为准。',
      },
      {
        q: '老人住在外地子女家能领吗？',
        a: '按户籍地发放，老人住在外地的仍在户籍所在街道申请，需按要求每年进行一次生存认证。',
      },
    ],
    updatedAt: '2026-09-08',
  },
}
peopleItems5.push(
  agedAllowance,
  implementAt(agedAllowance, {
    level: 'village',
    divisionCode: '321002003',
    department: '广陵区文峰街道文峰社区居民委员会',
    popularity: 16,
    handlingMode: 'once',
    visitCount: 1,
    summary: '老人或家属到社区党群服务中心，社区工作人员代为录入高龄津贴申请，不会用手机的老人也能办。',
    guide: {
      implementer: '广陵区民政局',
      acceptingUnit: '文峰社区党群服务中心 民政协理员（代收代办）',
      locations: [
        { name: '文峰社区党群服务中心', address: '扬州市广陵区文峰街道文峰社区党群服务中心一楼', hours: HOURS_VILLAGE },
      ],
      consultPhone: '0514-87868216',
    },
  }),
)

// ───────────────────────────── 惠民殡葬（基本殡葬服务费用减免） ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000008',
  implCode: implCode('100400000008', '321012', 'county'),
  name: '基本殡葬服务费用减免（殡葬补助）',
  aliases: ['殡葬补助', '火化费减免', '丧葬补贴', '惠民殡葬'],
  keywords: ['殡葬', '火化', '基本殡葬服务', '减免', '身后一件事', '骨灰寄存'],
  department: '江都区民政局',
  level: 'county',
  divisionCode: '321012',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 42,
  summary:
    '江都区户籍居民去世后在殡仪馆火化的，遗体接运、火化、骨灰寄存等基本殡葬服务费用按规定减免，殡仪馆结算时直接扣减。',
  guide: {
    basis: [
      {
        law: '《殡葬管理条例》',
        article: '第二条',
        text: '殡葬管理的方针是：积极地、有步骤地实行火葬，改革土葬，节约殡葬用地，革除丧葬陋俗，提倡文明节俭办丧事。',
      },
      {
        law: '《民政部等部门关于全面推行惠民殡葬政策的指导意见》（民发〔2012〕211号）',
        article: '二',
        text: '……以减免城乡困难群众遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用为主要内容……有条件的地区可以将覆盖范围扩展到本行政区域内所有居民……',
      },
    ],
    implementer: '江都区民政局',
    acceptingUnit: '江都区殡仪馆（结算时直接减免）；未直接减免的由区民政局网上受理',
    conditions: [
      '逝者为江都区户籍居民（困难群众另有额外减免）。',
      '在江都区殡仪馆实行火化。',
      '已取得居民死亡医学证明（推断）书。',
    ],
    materials: [
      {
        name: '基本殡葬服务费用减免申请（网上填报或殡仪馆现场确认）',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”“身后一件事”或殡仪馆业务窗口',
        required: true,
        sample:
          '逝者：陆某某，身份证号 3210**********0412，户籍：江都区仙女镇；死亡日期：2026年10月18日；火化日期：2026年10月20日；经办人：陆某（子），电话 136****9900；减免项目：遗体接运、火化、骨灰盒（基本型）、骨灰寄存一年。',
        commonMistakes: [
          '选购了非基本型骨灰盒等选择性服务，误以为全部可减免。',
          '经办人与逝者关系填写不清，殡仪馆无法确认。',
        ],
      },
      {
        name: '居民死亡医学证明（推断）书',
        form: '电子证照',
        copies: 1,
        source: '医疗卫生机构出具，系统共享',
        required: true,
        commonMistakes: ['在家中死亡，未请社区卫生服务中心医生出具死亡推断书即联系火化。'],
      },
      {
        name: '低保证、特困供养证等',
        form: '电子证照',
        copies: 1,
        source: '民政部门共享',
        required: '逝者为困难群众、申请额外减免的',
        commonMistakes: ['困难身份在逝者去世前已被停保。'],
      },
    ],
    process: [
      {
        name: '殡仪馆结算',
        description: '殡仪馆核验户籍和死亡证明后直接减免基本殡葬服务费用。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '补充申请（未直接减免时）',
        description: '网上提交申请，区民政局审核后退还已付费用。',
        days: 10,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      {
        name: '江都区殡仪馆 业务窗口',
        address: '扬州市江都区殡仪馆',
        hours: '全天 24 小时接运服务；业务窗口 8:00-17:00',
      },
    ],
    consultPhone: '0514-86523321',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['殡仪馆结算时直接减免', '退费至经办人银行账户'],
    faq: [
      {
        q: '哪些费用能减免？',
        a: '基本殡葬服务（遗体接运、存放、火化、基本型骨灰盒、骨灰寄存等）按区现行标准减免；告别厅、高档骨灰盒、墓穴等选择性服务自费。',
      },
      {
        q: '还要去人社领丧葬费吗？',
        a: '殡葬费用减免与养老保险丧葬补助金、抚恤金是两回事，后者须向人社部门申领，可通过“身后一件事”一并办理。',
      },
    ],
    updatedAt: '2026-10-09',
  },
})

// ───────────────────────────── 社会团体成立登记 ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000009',
  implCode: implCode('100400000009', '321000', 'city'),
  name: '社会团体成立登记',
  aliases: ['成立协会', '成立商会', '社团登记', '办社会组织'],
  keywords: ['社会组织', '社会团体', '协会', '章程', '业务主管单位', '发起人'],
  department: '扬州市民政局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 20,
  summary: '发起人网上提交成立申请和章程，经审查后到窗口领取社会团体法人登记证书，只跑一次。',
  guide: {
    basis: [
      {
        law: '《社会团体登记管理条例》',
        article: '第九条',
        text: '申请成立社会团体，应当经其业务主管单位审查同意，由发起人向登记管理机关申请登记。……',
      },
      {
        law: '《社会团体登记管理条例》',
        article: '第十条',
        text: '成立社会团体，应当具备下列条件：（一）有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个；……（五）有合法的资产和经费来源，全国性的社会团体有10万元以上活动资金，地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金；……',
      },
      {
        law: '《社会团体登记管理条例》',
        article: '第十二条',
        text: '登记管理机关应当自收到本条例第十一条所列全部有效文件之日起60日内，作出准予或者不准予登记的决定。……',
      },
    ],
    implementer: '扬州市民政局',
    acceptingUnit: '扬州市政务服务中心 民政（社会组织登记）窗口',
    conditions: [
      '有50个以上个人会员或30个以上单位会员（混合组成的不少于50个）。',
      '有规范的名称和相应的组织机构、固定住所、专职工作人员。',
      '地方性社会团体有3万元以上活动资金。',
      '依法须经业务主管单位审查同意的，已取得同意文件（行业协会商会、科技类、公益慈善类、城乡社区服务类可直接登记）。',
    ],
    materials: [
      {
        name: '社会团体成立登记申请书',
        form: '原件',
        copies: 1,
        source: '发起人自备，网上提交后窗口核验原件',
        required: true,
        sample:
          '申请名称：扬州市某某摄影协会；业务范围：摄影艺术交流、培训、展览；住所：扬州市广陵区某路某号；会员：个人会员62名；活动资金：5万元（验资报告附后）；拟任会长：张某，身份证号 3210**********3311；发起人签名及日期。',
        commonMistakes: [
          '名称中使用“中国”“江苏”等冠名，超出扬州市登记管理权限。',
          '业务范围写“开展经营活动”，与社团非营利性质不符。',
        ],
      },
      {
        name: '章程草案',
        form: '原件',
        copies: 2,
        source: '发起人依照示范章程起草，经会员大会通过',
        required: true,
        sample:
          '第一条 本会名称：扬州市某某协会。第三条 本会业务主管单位为扬州市某某局，登记管理机关为扬州市民政局。第十六条 会员大会每届5年；因特殊情况需提前或者延期换届的，须由理事会表决通过，报业务主管单位审查并经登记管理机关批准，延期换届最长不超过1年。第二十四条 本会会长、副会长、秘书长每届任期5年，连任不得超过两届。',
        commonMistakes: [
          '未写明负责人任期和换届程序。',
          '业务范围写得宽泛（如“开展相关活动”），与协会宗旨和名称不相符。',
        ],
      },
      {
        name: '验资报告或资金证明、住所使用证明',
        form: '原件',
        copies: 1,
        source: '会计师事务所、产权单位出具',
        required: true,
        commonMistakes: ['住所证明为住宅且未取得产权人同意。'],
      },
      {
        name: '业务主管单位审查同意文件',
        form: '原件',
        copies: 1,
        source: '业务主管单位出具',
        required: '不属于直接登记类型的',
        commonMistakes: ['同意文件超过有效期。'],
      },
    ],
    process: [
      {
        name: '网上申报',
        description: '提交申请书、章程等电子材料，进行名称预审。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '审查', description: '审查材料，必要时实地核查住所。', days: 15, countsTowardLimit: true },
      { name: '决定', description: '作出准予或不予登记决定。', days: 5, countsTowardLimit: true },
      {
        name: '领证',
        description: '到窗口核验原件并领取社会团体法人登记证书（唯一一次到场）。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [
      ONLINE_MZ,
      {
        name: '扬州市政务服务中心 民政窗口',
        address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼',
        hours: HOURS,
      },
    ],
    consultPhone: '0514-87366231',
    complaintPhone: COMPLAINT,
    intermediaries: [
      { name: '会计师事务所（验资）', basis: '《社会团体登记管理条例》第十一条', fee: '市场调节价', days: 3 },
    ],
    delivery: ['窗口领取登记证书', '电子证照同步生成'],
    faq: [
      {
        q: '社区的广场舞队要登记吗？',
        a: '在社区内活动的群众性文体队伍可以向街道备案为社区社会组织，不必办理社会团体法人登记。',
      },
    ],
    updatedAt: '2026-06-18',
  },
})

// ───────────────────────────── 婚姻登记档案查询 ─────────────────────────────
peopleItems5.push({
  baseCode: '100400000010',
  implCode: implCode('100400000010', '321000', 'city'),
  name: '婚姻登记档案查询（婚姻登记记录证明）',
  aliases: ['打婚姻证明', '婚姻状况证明', '查结婚记录', '单身证明', '未婚证明'],
  keywords: ['婚姻登记档案', '婚姻状况', '证明', '查档', '公证'],
  department: '扬州市民政局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 52,
  summary: '本人网上申请查询在扬州办理的婚姻登记档案，出具婚姻登记记录证明，用于继承、公证、出国等。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第一千零八十条',
        text: '完成离婚登记，或者离婚判决书、调解书生效，即解除婚姻关系。',
      },
    ],
    implementer: '扬州市民政局',
    acceptingUnit: '扬州市民政局婚姻登记档案管理部门（网上受理）',
    conditions: [
      '查询人为婚姻当事人本人；他人查询须持当事人授权委托书或法院、公安等机关的查档证明。',
      '仅能查询在扬州市婚姻登记机关办理的登记记录。',
    ],
    materials: [
      {
        name: '婚姻登记档案查询申请',
        form: '在线填写',
        copies: 1,
        source: '“苏服办”在线填写',
        required: true,
        sample:
          '查询人：杭某，身份证号 3210**********1845；查询内容：本人在扬州市的结婚、离婚登记记录；查询用途：办理房产继承公证；领取方式：电子证明。',
        commonMistakes: ['查询用途写“需要”，未写明具体用途。', '替父母查询未上传授权委托书。'],
      },
      {
        name: '授权委托书及受托人身份证',
        form: '电子证照',
        copies: 1,
        source: '当事人出具',
        required: '委托他人查询的',
        sample: proxyLetterSample({
          principal: '孙某（身份证号 3210**********9753）',
          agent: '孙某某（身份证号 3210**********8642，系委托人之子）',
          matter: '查询委托人的婚姻登记档案（2008年在扬州市广陵区民政局办理的结婚登记）并领取婚姻登记记录证明',
          scope: '提交查询申请、领取证明',
        }),
        commonMistakes: ['委托书未写明查询内容。'],
      },
    ],
    process: [
      { name: '网上申请', description: '填写查询申请。', days: 0, countsTowardLimit: false },
      { name: '档案检索', description: '检索电子档案，早年纸质档案人工查找。', days: 2, countsTowardLimit: true },
      { name: '出具证明', description: '出具婚姻登记记录证明（电子）。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [ONLINE_MZ],
    consultPhone: '0514-87366060',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子证明下载', '窗口领取'],
    faq: [
      {
        q: '民政局能开“单身证明”吗？',
        a: '婚姻登记机关只能证明在本机关有无婚姻登记记录，不出具“单身证明”“未婚证明”；确需证明婚姻状况的，可以本人声明后到公证处办理声明书公证。',
      },
    ],
    updatedAt: '2026-08-14',
  },
})
