import { COMPLAINT, HOURS } from './halls'
import { implCode } from './implementation'
import { proxyLetterSample } from './samples'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（七）：高频“打证明”“转关系”类网办事项 —— 户籍类证明、出入境记录查询（公安），养老保险关系转移（人社），
 * 职工医保个人账户家庭共济（医保），人民调解申请（司法）。
 */

export const peopleItems7: ServiceItemSeed[] = [
  // ───────────────────────────── 户籍类证明 ─────────────────────────────
  {
    baseCode: '100100000020',
    implCode: implCode('100100000020', '321000', 'city'),
    name: '户籍类证明网上开具（亲属关系、户口注销、曾用名、户籍信息变更）',
    aliases: ['开户籍证明', '亲属关系证明', '派出所开证明', '死亡证明户口注销证明', '曾用名证明', '打证明'],
    keywords: ['户籍证明', '户口', '亲属关系', '注销证明', '继承', '电子证明'],
    department: '扬州市公安局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '公共服务',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 69,
    summary:
      '办理继承、理赔、更正档案等需要的亲属关系、户口注销、曾用名等户籍类证明，网上申请、派出所核实后出具电子证明。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国户口登记条例》',
          article: '第三条',
          text: '户口登记工作，由各级公安机关主管。城市和设有公安派出所的镇，以公安派出所管辖区为户口管辖区；……',
        },
      ],
      implementer: '扬州市公安局',
      acceptingUnit: '证明事项所涉户籍所在地派出所（网上申请由市公安局统一分办）',
      conditions: [
        '证明内容须能通过户籍档案或人口信息系统核实；无法核实的亲属关系，派出所不予出具，可改办公证。',
        '申请人为本人或证明所涉的近亲属；委托他人的须提供委托书。',
      ],
      materials: [
        {
          name: '户籍类证明申请（网上填报）',
          form: '在线填写',
          copies: 1,
          source: '“江苏公安微警务”或“苏服办”',
          required: true,
          sample:
            '申请人：周某（子），身份证号 3210**********2519；证明类型：亲属关系证明 + 户口注销证明；证明对象：周某某（父，已于2026年9月注销户口）；用途：办理银行存款继承；证明范围：申请人与周某某为父子关系。',
          commonMistakes: [
            '要求派出所证明“某人无其他子女”等无法从档案核实的事项，会被退回。',
            '用途写得笼统，派出所无法确定证明内容。',
          ],
        },
        {
          name: '委托书及受托人身份证',
          form: '电子证照',
          copies: 1,
          source: '申请人自备',
          required: '委托他人申请的',
          sample: proxyLetterSample({
            principal: '周某某（身份证号 3210**********6543）',
            agent: '周某（身份证号 3210**********7654，系委托人之兄）',
            matter: '亲属关系证明开具（证明委托人与其母周××的母子关系，用途：办理继承公证）',
            scope: '提交申请、下载或领取证明',
          }),
          commonMistakes: ['委托书未写明证明类型和用途。'],
        },
      ],
      process: [
        { name: '网上申请', description: '选择证明类型、填写用途。', days: 0, countsTowardLimit: false },
        { name: '核实', description: '派出所查阅户籍档案和人口信息。', days: 2, countsTowardLimit: true },
        { name: '出具', description: '出具带二维码的电子证明。', days: 0, countsTowardLimit: true },
      ],
      legalLimitDays: null,
      promisedLimitDays: 3,
      fee: { charged: false },
      locations: [
        { name: '“江苏公安微警务” / “苏服办”', address: '网上申请：搜索“户籍证明”', hours: '7×24 小时受理' },
        { name: '户籍所在地派出所户籍室', address: '全市各派出所户籍室', hours: '周一至周六 8:30-12:00，14:00-17:30' },
      ],
      consultPhone: '0514-87362110',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['电子证明下载', '派出所窗口领取'],
      faq: [
        {
          q: '银行要求证明“死者只有这几个继承人”，派出所能开吗？',
          a: '派出所只能证明户籍档案中记载的亲属关系，不能证明“没有其他继承人”；此类情形请到公证处办理继承公证，或按银行规定的小额存款提取程序办理。',
        },
      ],
      updatedAt: '2026-10-13',
    },
  },

  // ───────────────────────────── 出入境记录查询 ─────────────────────────────
  {
    baseCode: '100100000021',
    implCode: implCode('100100000021', '321000', 'city'),
    name: '本人出入境记录查询',
    aliases: ['出入境记录', '查出国记录', '出境记录证明', '出入境证明'],
    keywords: ['出入境记录', '移民局', '留学认证', '出入境', '电子证明'],
    department: '扬州市公安局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '公共服务',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 39,
    summary: '留学认证、落户、社保等需要本人出入境记录的，在“移民局”App 申请，生成带验证码的电子出入境记录。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国出境入境管理法》',
          article: '第五条',
          text: '国家建立统一的出境入境管理信息平台，实现有关管理部门信息共享。',
        },
      ],
      implementer: '扬州市公安局',
      acceptingUnit: '扬州市公安局出入境管理支队（网上受理）',
      conditions: ['查询本人出入境记录；查询他人记录须持委托书或为未成年人的监护人。'],
      materials: [
        {
          name: '出入境记录查询申请（网上填报）',
          form: '在线填写',
          copies: 1,
          source: '“移民局”App',
          required: true,
          sample:
            '申请人：罗某，身份证号 3210**********4512；查询时段：2020年9月1日—2024年7月31日；查询证件：普通护照 E********；用途：国（境）外学历学位认证。',
          commonMistakes: ['只填了现用护照号，用旧护照出入境的记录未查到。', '查询时段未覆盖全部留学期间。'],
        },
      ],
      process: [
        { name: '网上申请', description: '刷脸认证后提交查询。', days: 0, countsTowardLimit: false },
        {
          name: '生成记录',
          description: '系统核查后生成电子出入境记录，可下载打印。',
          days: 1,
          countsTowardLimit: true,
        },
      ],
      legalLimitDays: null,
      promisedLimitDays: 1,
      fee: { charged: false },
      locations: [
        { name: '“移民局”App', address: '网上办理：首页“出入境记录查询”', hours: '7×24 小时' },
        {
          name: '扬州市公安局出入境管理支队 出入境接待大厅',
          address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）出入境服务区',
          hours: HOURS,
        },
      ],
      consultPhone: '0514-12367',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['电子出入境记录下载', '大厅打印'],
      faq: [
        {
          q: '电子出入境记录教育部留服中心认吗？',
          a: '电子记录带有验证码，可在线核验，一般可用于学历认证；具体以使用单位要求为准。',
        },
      ],
      updatedAt: '2026-08-08',
    },
  },

  // ───────────────────────────── 养老保险关系转移 ─────────────────────────────
  {
    baseCode: '100200000015',
    implCode: implCode('100200000015', '321000', 'city'),
    name: '企业职工基本养老保险关系转移接续',
    aliases: ['养老保险转移', '社保转移', '社保从外地转到扬州', '养老保险转出'],
    keywords: ['养老保险', '转移接续', '跨省转移', '缴费年限', '参保凭证'],
    department: '扬州市人力资源和社会保障局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '公共服务',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 73,
    summary: '跨省、跨市就业的参保人员，在新参保地网上申请养老保险关系转入，两地经办机构网上协同，缴费年限累计计算。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国社会保险法》',
          article: '第十九条',
          text: '个人跨统筹地区就业的，其基本养老保险关系随本人转移，缴费年限累计计算。个人达到法定退休年龄时，基本养老金分段计算、统一支付。……',
        },
        {
          law: '《城镇企业职工基本养老保险关系转移接续暂行办法》（国办发〔2009〕66号）',
          article: '第八条',
          text: '……新参保地社保经办机构在15个工作日内，审核转移接续申请……原基本养老保险关系所在地社保经办机构在接到同意接收函的15个工作日内，办理好转移接续的各项手续。……新参保地社保经办机构在收到参保人员原基本养老保险关系所在地社保经办机构转移的基本养老保险关系和资金后，应在15个工作日内办结有关手续……',
        },
      ],
      implementer: '扬州市人力资源和社会保障局',
      acceptingUnit: '扬州市社会保险经办机构（转入地受理）',
      conditions: ['已在扬州参加企业职工基本养老保险并缴费。', '原参保地已停止缴费，未重复参保。'],
      materials: [
        {
          name: '养老保险关系转移接续申请（网上填报）',
          form: '在线填写',
          copies: 1,
          source: '国家社会保险公共服务平台、掌上12333或“江苏智慧人社”',
          required: true,
          sample:
            '申请人：闵某，身份证号 4201**********3318；转出地：湖北省武汉市（2015年7月—2026年3月参保）；转入地：江苏省扬州市（2026年4月起参保，单位：扬州某物流有限公司）；转移险种：企业职工基本养老保险。',
          commonMistakes: [
            '原参保地还在以灵活就业身份缴费，造成重复缴费，须先办理清退。',
            '转出地只选到省级，未选具体统筹地区。',
          ],
        },
      ],
      process: [
        { name: '网上申请', description: '在转入地（扬州）提交申请。', days: 0, countsTowardLimit: false },
        {
          name: '转入地审核发函',
          description: '扬州经办机构审核并向转出地发出联系函。',
          days: 10,
          countsTowardLimit: true,
        },
        {
          name: '转出地办理',
          description: '转出地核对缴费、转移统筹基金和个人账户。',
          days: 10,
          countsTowardLimit: true,
        },
        { name: '转入地办结', description: '扬州接收关系和资金，记录缴费年限。', days: 10, countsTowardLimit: true },
      ],
      legalLimitDays: 45,
      promisedLimitDays: 30,
      fee: { charged: false },
      locations: [
        {
          name: '“江苏智慧人社”App / 国家社会保险公共服务平台',
          address: '网上办理：搜索“养老保险关系转移”',
          hours: '7×24 小时受理',
        },
        {
          name: '扬州市政务服务中心 人社综合窗口',
          address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼',
          hours: HOURS,
        },
      ],
      consultPhone: '0514-12333',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['办理进度和结果短信通知', 'App 查询'],
      faq: [
        {
          q: '外地交的养老保险不转过来，退休时会少吗？',
          a: '缴费年限不会丢，但退休时需要由待遇领取地归集各地缴费记录；在职期间及时转移，退休时更省事。',
        },
        {
          q: '转过来的钱是全部吗？',
          a: '个人账户储存额全部转移，统筹基金按规定比例转移，缴费年限累计计算，不影响个人权益。',
        },
      ],
      updatedAt: '2026-09-17',
    },
  },

  // ───────────────────────────── 家庭共济 ─────────────────────────────
  {
    baseCode: '100300000008',
    implCode: implCode('100300000008', '321000', 'city'),
    name: '职工医保个人账户家庭共济绑定',
    aliases: ['家庭共济', '医保卡给家人用', '个人账户给父母用', '医保家庭账户'],
    keywords: ['家庭共济', '个人账户', '职工医保', '近亲属', '门诊共济'],
    department: '扬州市医疗保障局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '公共服务',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 68,
    summary:
      '职工医保参保人在手机上绑定配偶、父母、子女等共济人员，个人账户可支付家人就医购药的个人负担费用和居民医保费。',
    guide: {
      basis: [
        {
          law: '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）',
          article: '二、（四）',
          text: '……个人账户可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用，以及在定点零售药店购买药品、医用耗材和医疗器械发生的由个人负担的费用。探索个人账户用于配偶、父母、子女参加城乡居民基本医疗保险等的个人缴费。……',
        },
      ],
      implementer: '扬州市医疗保障局',
      acceptingUnit: '扬州市医疗保障经办机构（网上即时办结）',
      conditions: [
        '授权人参加扬州市职工基本医疗保险，个人账户有余额。',
        '共济人员为授权人的配偶、父母、子女（扩大到其他近亲属的，以江苏省、扬州市现行规定为准），且已参加基本医疗保险。',
      ],
      materials: [
        {
          name: '家庭共济绑定申请（网上填报）',
          form: '在线填写',
          copies: 1,
          source: '“江苏医保云”App',
          required: true,
          sample:
            '授权人：储某，身份证号 3210**********2033，职工医保；共济人员：储某某（父），身份证号 3210**********0011，城乡居民医保；关系：父子；共济用途：就医购药个人负担部分、代缴居民医保费。',
          commonMistakes: [
            '共济人员尚未参加任何医保，绑定后也不能使用。',
            '给岳父母绑定时关系选“父母”，系统核验不通过（岳父母不属于父母）。',
          ],
        },
      ],
      process: [
        { name: '网上绑定', description: '填写共济人员信息，系统核验亲属关系。', days: 0, countsTowardLimit: true },
        { name: '即时生效', description: '共济人员就医结算时可使用授权人个人账户。', days: 0, countsTowardLimit: true },
      ],
      legalLimitDays: null,
      promisedLimitDays: 0,
      fee: { charged: false },
      locations: [{ name: '“江苏医保云”App', address: '网上办理：首页“家庭共济”', hours: '7×24 小时' }],
      consultPhone: '0514-12393',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['即时生效，App 显示绑定关系'],
      faq: [
        {
          q: '家人在外地能用吗？',
          a: '共济人员在扬州定点医药机构使用最方便；省内及跨省使用范围以江苏省和国家医保最新规定为准。',
        },
        {
          q: '可以随时解绑吗？',
          a: '可以在 App 中随时解除绑定，解除后共济人员不能再使用授权人个人账户。',
        },
      ],
      updatedAt: '2026-10-28',
    },
  },

  // ───────────────────────────── 人民调解申请 ─────────────────────────────
  {
    baseCode: '100800000003',
    implCode: implCode('100800000003', '321000', 'city'),
    name: '人民调解申请',
    aliases: ['邻里纠纷调解', '找调解', '苏解纷', '矛盾纠纷调解', '家庭纠纷调解'],
    keywords: ['人民调解', '调解协议', '司法确认', '纠纷', '非诉'],
    department: '扬州市司法局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '公共服务',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 41,
    summary: '邻里、婚姻家庭、物业、小额债务等民间纠纷，在“苏解纷”平台申请人民调解，调解不收费，可视频调解。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国人民调解法》',
          article: '第四条',
          text: '人民调解委员会调解民间纠纷，不收取任何费用。',
        },
        {
          law: '《中华人民共和国人民调解法》',
          article: '第十七条',
          text: '当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。',
        },
        {
          law: '《中华人民共和国人民调解法》',
          article: '第三十三条',
          text: '经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认……',
        },
      ],
      implementer: '扬州市司法局（人民调解工作指导）',
      acceptingUnit: '纠纷发生地的村（居）、乡镇（街道）及行业性、专业性人民调解委员会',
      conditions: ['属于民间纠纷（已进入诉讼、仲裁程序或依法应由其他机关处理的除外）。', '双方自愿接受调解。'],
      materials: [
        {
          name: '人民调解申请（网上填报）',
          form: '在线填写',
          copies: 1,
          source: '“苏解纷”非诉服务平台（微信小程序）',
          required: true,
          sample:
            '申请人：胡某，电话 138****2760，住址：扬州市广陵区某小区2幢502室；被申请人：楼上601室住户（姓名不详）；纠纷类型：相邻关系（漏水）；事实：2026年10月起601室卫生间漏水导致502室吊顶损坏；请求：对方维修防水并赔偿吊顶修复费用约3000元。',
          commonMistakes: [
            '请求事项写“讨个说法”，没有具体诉求，调解员无法组织协商。',
            '被申请人联系方式空白，调解组织无法通知对方。',
          ],
        },
      ],
      process: [
        { name: '网上申请', description: '提交纠纷情况，平台分派至属地调解组织。', days: 0, countsTowardLimit: false },
        { name: '受理联系', description: '调解组织联系双方，确认是否同意调解。', days: 3, countsTowardLimit: true },
        { name: '调解', description: '现场或视频调解，达成协议的制作调解协议书。', days: 20, countsTowardLimit: true },
        {
          name: '司法确认（可选）',
          description: '双方可在30日内共同申请法院司法确认。',
          days: 0,
          countsTowardLimit: false,
        },
      ],
      legalLimitDays: null,
      promisedLimitDays: 30,
      fee: { charged: false },
      locations: [
        { name: '“苏解纷”非诉服务平台', address: '微信搜索“苏解纷”小程序', hours: '7×24 小时受理' },
        { name: '各街道（乡镇）人民调解委员会', address: '各街道（乡镇）综治中心、公共法律服务站', hours: HOURS },
      ],
      consultPhone: '0514-12348',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['调解协议书当场签收', '电子调解协议（平台下载）'],
      faq: [
        {
          q: '调解协议有法律效力吗？',
          a: '人民调解协议具有法律约束力，当事人应当履行；经人民法院司法确认后，一方拒不履行的，另一方可以申请强制执行。',
        },
        {
          q: '调解不成怎么办？',
          a: '调解不成的，调解员会告知可以通过仲裁、诉讼等途径解决，调解期间的材料可作为参考。',
        },
      ],
      updatedAt: '2026-09-05',
    },
  },
  // ───────────────────────────── 就业困难人员认定 ─────────────────────────────
  {
    baseCode: '100200000016',
    implCode: implCode('100200000016', '321000', 'city'),
    name: '就业困难人员认定',
    aliases: ['认定就业困难', '4050人员', '就业困难补贴', '灵活就业社保补贴资格'],
    keywords: ['就业困难人员', '就业援助', '社保补贴', '公益性岗位', '大龄失业'],
    department: '扬州市人力资源和社会保障局',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '行政确认',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 44,
    summary: '大龄失业、残疾、低保家庭等难以就业的劳动者网上申请认定，认定后可享受社保补贴、公益性岗位等就业援助。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国就业促进法》',
          article: '第五十二条',
          text: '各级人民政府建立健全就业援助制度，采取税费减免、贷款贴息、社会保险补贴、岗位补贴等办法，通过公益性岗位安置等途径，对就业困难人员实行优先扶持和重点帮助。就业困难人员是指因身体状况、技能水平、家庭因素、失去土地等原因难以实现就业，以及连续失业一定时间仍未能实现就业的人员。就业困难人员的具体范围，由省、自治区、直辖市人民政府根据本行政区域的实际情况规定。',
        },
      ],
      implementer: '扬州市人力资源和社会保障局',
      acceptingUnit: '扬州市公共就业人才服务机构；各街道（乡镇）劳动保障服务所初审',
      conditions: [
        '在法定劳动年龄内、有劳动能力和就业愿望，处于失业状态并已办理失业登记。',
        '属于江苏省规定的就业困难人员范围（如女40周岁、男50周岁以上的大龄失业人员，残疾人，低保家庭成员，连续失业一年以上人员等）。',
      ],
      materials: [
        {
          name: '就业困难人员认定申请表',
          form: '在线填写',
          copies: 1,
          source: '“江苏智慧人社”或江苏公共就业服务平台',
          required: true,
          sample:
            '申请人：蒋某，女，身份证号 3210**********1624，1982年出生；失业登记日期：2026年5月6日；申请类别：大龄失业人员（女40周岁以上）；求职意向：保洁、收银；是否申请灵活就业社保补贴：是。',
          commonMistakes: ['尚未办理失业登记即申请认定。', '以残疾人身份申请但残疾人证未在有效期内。'],
        },
      ],
      process: [
        { name: '网上申请', description: '提交认定申请。', days: 0, countsTowardLimit: false },
        {
          name: '初审',
          description: '街道（乡镇）劳动保障服务所核实失业状态和困难类别。',
          days: 5,
          countsTowardLimit: true,
        },
        {
          name: '认定',
          description: '公共就业服务机构审核认定，结果记入就业创业证。',
          days: 5,
          countsTowardLimit: true,
        },
      ],
      legalLimitDays: null,
      promisedLimitDays: 10,
      fee: { charged: false },
      locations: [
        { name: '“江苏智慧人社”App', address: '网上办理：搜索“就业困难人员认定”', hours: '7×24 小时受理' },
        {
          name: '扬州市政务服务中心 人社综合窗口',
          address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）三楼',
          hours: HOURS,
        },
      ],
      consultPhone: '0514-12333',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['认定结果短信通知', '电子就业创业证记载'],
      faq: [
        {
          q: '认定后能拿什么补贴？',
          a: '灵活就业的可按规定申请社会保险补贴，被用人单位招用的由单位申请社保补贴和岗位补贴，也可申请公益性岗位安置。',
        },
      ],
      updatedAt: '2026-07-30',
    },
  },

  // ───────────────────────────── 事实无人抚养儿童 ─────────────────────────────
  {
    baseCode: '100400000011',
    implCode: implCode('100400000011', '321003', 'county'),
    name: '孤儿、事实无人抚养儿童基本生活保障金申领',
    aliases: ['孤儿补助', '事实孤儿', '无人抚养儿童补贴', '困境儿童补助'],
    keywords: ['孤儿', '事实无人抚养儿童', '基本生活费', '儿童福利', '困境儿童'],
    department: '邗江区民政局',
    level: 'county',
    divisionCode: '321003',
    audience: ['personal'],
    itemType: '行政给付',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 22,
    summary: '父母双方死亡、失踪，或重残、服刑等无法履行抚养责任的儿童，由监护人网上申请基本生活保障金，按月发放。',
    guide: {
      basis: [
        {
          law: '《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）',
          article: '二、（一）',
          text: '……事实无人抚养儿童是指父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童；或者父母一方死亡或失踪，另一方符合上述情形之一的儿童。……',
        },
        {
          law: '《中华人民共和国未成年人保护法》',
          article: '第九十二条',
          text: '具有下列情形之一的，民政部门应当依法对未成年人进行临时监护：……',
        },
      ],
      implementer: '邗江区民政局',
      acceptingUnit: '儿童户籍所在地街道（镇）社会事务办；儿童督导员、儿童主任协助申请',
      conditions: [
        '邗江区户籍的未满18周岁儿童。',
        '属于孤儿或事实无人抚养儿童情形之一。',
        '已纳入特困供养的，不重复发放。',
      ],
      materials: [
        {
          name: '孤儿、事实无人抚养儿童基本生活保障申请表',
          form: '在线填写',
          copies: 1,
          source: '“苏服办”在线填写，或由儿童主任代为填报',
          required: true,
          sample:
            '儿童：小宇，男，身份证号 3210**********0035，9岁；父亲：服刑在押（刑期至2031年）；母亲：失联满6个月（已报警备案）；现监护人：祖母王某，电话 137****4400；发放账户：以儿童名义开设的社会保障卡。',
          commonMistakes: [
            '母亲“失联”只凭口述，未提供公安机关出具的报警回执或查找不到的证明。',
            '发放账户填写监护人本人银行卡。',
          ],
        },
        {
          name: '父母情形证明（死亡证明、服刑证明、残疾人证、失联报警回执等）',
          form: '电子证照',
          copies: 1,
          source: '公安、司法、卫健、残联等部门出具或共享',
          required: true,
          commonMistakes: ['服刑证明未注明刑期。'],
        },
      ],
      process: [
        { name: '申请', description: '监护人网上申请或由儿童主任代为申请。', days: 0, countsTowardLimit: false },
        { name: '街道审核', description: '调查核实儿童及父母情况，公示。', days: 10, countsTowardLimit: true },
        { name: '区民政局确认', description: '确认后自次月起发放。', days: 5, countsTowardLimit: true },
      ],
      legalLimitDays: null,
      promisedLimitDays: 15,
      fee: { charged: false },
      locations: [
        { name: '“苏服办”App', address: '网上办理：搜索“事实无人抚养儿童”', hours: '7×24 小时受理' },
        { name: '邗江区政务服务中心 民政窗口', address: '扬州市邗江区政务服务中心二楼民政区', hours: HOURS },
      ],
      consultPhone: '0514-87863321',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['按月发放至儿童名下账户'],
      faq: [
        {
          q: '信息会不会泄露孩子隐私？',
          a: '公示时只公示必要信息并隐去儿童姓名、住址等隐私，工作人员对儿童信息负有保密义务。',
        },
      ],
      updatedAt: '2026-08-27',
    },
  },

  // ───────────────────────────── 残疾人证换领、迁移 ─────────────────────────────
  {
    baseCode: '100600000003',
    implCode: implCode('100600000003', '321000', 'city'),
    name: '残疾人证换领、补领、迁移',
    aliases: ['残疾证到期', '换残疾证', '补办残疾证', '残疾证迁移'],
    keywords: ['残疾人证', '换领', '补领', '迁移', '智能化残疾人证'],
    department: '扬州市残疾人联合会',
    level: 'city',
    divisionCode: '321000',
    audience: ['personal'],
    itemType: '行政确认',
    handlingMode: 'online',
    visitCount: 0,
    popularity: 37,
    summary: '残疾人证有效期满、遗失损坏或户口迁移的，网上申请换领、补领或迁移，等级不变的无需重新评定，新证邮寄。',
    guide: {
      basis: [
        {
          law: '《中华人民共和国残疾人保障法》',
          article: '第二条',
          text: '残疾人是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常，全部或者部分丧失以正常方式从事某种活动能力的人。……残疾标准由国务院规定。',
        },
      ],
      implementer: '扬州市残疾人联合会',
      acceptingUnit: '持证人户籍所在地县级残联（网上申请统一分办）',
      conditions: [
        '持有扬州市核发的残疾人证，或户口已迁入扬州。',
        '残疾状况无变化的可直接换领；残疾状况可能变化（如精神、智力残疾复查到期）的须重新评定。',
      ],
      materials: [
        {
          name: '残疾人证换领（补领、迁移）申请',
          form: '在线填写',
          copies: 1,
          source: '“苏服办”或全国残联信息化服务平台',
          required: true,
          sample:
            '持证人：韦某，身份证号 3210**********3012；原证号：3210**********301243；申请事项：有效期满换领（肢体三级）；残疾状况：无变化；领取方式：EMS 邮寄。',
          commonMistakes: [
            '户口已迁出扬州仍在扬州申请换领，应先办理迁移。',
            '残疾状况已变化（如加重）却选择“无变化”，等级不能随之调整。',
          ],
        },
        {
          name: '本人近期免冠照片（白底）',
          form: '电子证照',
          copies: 1,
          source: '申请人上传',
          required: true,
          commonMistakes: ['使用多年前的照片。'],
        },
      ],
      process: [
        { name: '网上申请', description: '提交申请与照片。', days: 0, countsTowardLimit: false },
        { name: '审核', description: '县级残联审核，确认是否需要重新评定。', days: 3, countsTowardLimit: true },
        { name: '制证邮寄', description: '制作新证，EMS 寄出，旧证作废。', days: 4, countsTowardLimit: true },
      ],
      legalLimitDays: null,
      promisedLimitDays: 7,
      fee: { charged: false },
      locations: [{ name: '“苏服办”App', address: '网上办理：搜索“残疾人证换领”', hours: '7×24 小时受理' }],
      consultPhone: '0514-12385',
      complaintPhone: COMPLAINT,
      intermediaries: [],
      delivery: ['EMS 邮寄', '电子残疾人证'],
      faq: [
        {
          q: '残疾证过期了还能享受补贴吗？',
          a: '残疾人证过期会影响两项补贴等待遇的核查，请在到期前及时换领；换领期间待遇一般不中断，以当地残联告知为准。',
        },
      ],
      updatedAt: '2026-09-12',
    },
  },
]
