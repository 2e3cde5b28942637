import { implCode } from './implementation'
import { CITY_HALL, COMPLAINT, COUNTY_HALL, HOURS, implAt, ONLINE_JS, UPDATED } from './items-business-shared'
import { proxyLetterSample, undertakingSample } from './samples'
import type { ServiceItemSeed } from './types'

/** 扬州市行政审批局: 企业开办、变更、注销与相对集中的行政许可 (plus the 公章刻制 and 银行开户 steps of 企业开办一件事). */

const companySetup: ServiceItemSeed = {
  baseCode: '200100100000',
  implCode: implCode('200100100000', '321000', 'city'),
  name: '企业设立登记（有限责任公司）',
  aliases: ['办营业执照', '开公司', '注册公司', '公司注册', '新办企业', '企业开办'],
  keywords: ['营业执照', '有限公司', '市场主体登记', '企业开办全链通', '电子营业执照', '名称自主申报', '章程'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 96,
  summary: '在“江苏省企业开办全链通综合服务平台”上自主申报名称、填报信息并电子签名，半个工作日内领取电子营业执照。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第三条',
        text: '市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。法律、行政法规规定无需办理登记的除外。…',
      },
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第十九条',
        text: '登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。…',
      },
      {
        law: '《中华人民共和国公司法》',
        article: '第四十七条',
        text: '有限责任公司的注册资本为在公司登记机关登记的全体股东认缴的出资额。全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足。…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局企业登记处（扬州市政务服务中心企业开办专区）',
    conditions: [
      '企业名称经自主申报通过，且不与同一登记机关已登记的同行业企业名称相同或近似。',
      '有符合公司章程规定的全体股东认缴的出资额，认缴期限不超过公司成立之日起五年。',
      '有住所（经营场所），住所为依法可用于经营的房屋；使用住宅作为住所的须符合“住改商”相关规定。',
      '法定代表人、董事、监事不存在《公司法》第一百七十八条规定的不得担任情形。',
    ],
    materials: [
      {
        name: '公司登记（备案）申请书',
        form: '在线填写',
        copies: 1,
        source: '申请人在全链通平台在线填写，全体股东、法定代表人电子签名',
        required: true,
        sample:
          '企业名称：扬州某某餐饮管理有限公司；住所：扬州市邗江区文昌西路××号××室；法定代表人：张某（身份证号 3210**********1234）；注册资本：50万元人民币；经营范围（许可项目）：餐饮服务；（一般项目）：餐饮管理、食品销售（仅销售预包装食品）；登记联络员：李某 139****5678。',
        commonMistakes: [
          '经营范围未按《经营范围登记规范表述目录》勾选，自行手写“各类餐饮、小吃、烟酒”等非规范表述，系统无法生成许可项目提示。',
          '住所只写到“××小区”，未写明楼栋和室号，与房屋产权证明载明的坐落不一致。',
          '部分股东未完成实名认证和电子签名就提交，申请停留在“待签名”状态超过30天被系统自动退回。',
        ],
      },
      {
        name: '公司章程',
        form: '在线填写',
        copies: 1,
        source: '平台提供章程范本，全体股东电子签名',
        required: true,
        sample:
          '第五条 公司注册资本为人民币50万元。第六条 股东张某认缴出资30万元，以货币出资，于2031年6月30日前缴足；股东王某认缴出资20万元，以货币出资，于2031年6月30日前缴足。第十条 公司不设董事会，设董事一名，由股东会选举产生，董事为公司法定代表人。',
        commonMistakes: [
          '认缴出资期限写成“2050年12月31日前”，超过公司成立之日起五年的法定上限。',
          '同时设董事会又写“执行董事”，沿用了新《公司法》施行前的旧称谓。',
        ],
      },
      {
        name: '住所（经营场所）使用证明',
        form: '电子证照',
        copies: 1,
        source: '不动产权证书电子证照由系统共享调取；租赁的另需上传租赁合同',
        required: true,
        sample: '不动产权证书：苏（2024）扬州市不动产权第00×××××号，坐落：邗江区文昌西路××号××室，用途：商业/办公。',
        commonMistakes: [
          '产权人为他人但未上传产权人签字的租赁合同或无偿使用证明。',
          '房屋规划用途为住宅，未按规定提交业主委员会或利害关系业主同意的证明。',
        ],
      },
      {
        name: '委托书（授权委托代理人办理的）',
        form: '在线填写',
        copies: 1,
        source: '全体股东电子签名授权',
        required: '委托登记联络员或代理机构办理的',
        sample: proxyLetterSample({
          principal: '扬州某某餐饮管理有限公司（筹）全体股东张某、王某',
          agent: '李某（登记联络员，身份证号 3210**********5678）',
          matter: '公司设立登记',
          scope: '核对登记材料中的复印件并签署核对意见；修改有关表格的填写错误；领取营业执照和有关文书',
          period: '2026年10月12日至2026年11月11日',
          signature: '全体股东（电子签名）：张某、王某',
        }),
        commonMistakes: ['委托期限空白或早于提交日期。', '代理人未完成江苏政务服务网实名认证，无法签收电子营业执照。'],
      },
    ],
    process: [
      {
        name: '名称自主申报',
        description: '登录全链通平台，选择行政区划、字号、行业和组织形式，系统比对通过后保留名称。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '在线填报与电子签名',
        description:
          '填写股东、高管、经营范围等信息，全体股东和法定代表人通过“苏服办”或登记注册身份验证App 完成电子签名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审核登记',
        description: '企业登记处对材料进行形式审查，材料齐全、符合法定形式的当场或当日核准，需补正的一次性告知。',
        days: 0.5,
        countsTowardLimit: true,
      },
      {
        name: '发照',
        description:
          '核准后即生成电子营业执照，可在“电子营业执照”小程序下载；需要纸质执照的可选择邮寄（免费）或到企业开办专区领取。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 0.5,
    fee: { charged: false },
    locations: [
      ONLINE_JS,
      { name: '扬州市政务服务中心企业开办专区', address: CITY_HALL.address, hours: CITY_HALL.hours },
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子营业执照（即时生成）', '纸质营业执照 EMS 免费寄递', '企业开办专区窗口领取'],
    faq: [
      {
        q: '注册资本是不是要一次交齐？',
        a: '不需要实缴验资。2024年7月1日起施行的新《公司法》规定有限责任公司全体股东认缴的出资额应在公司成立之日起五年内缴足，章程中的出资期限不能超过五年。',
      },
      {
        q: '没有办公室，可以用自己家的住宅注册吗？',
        a: '住宅原则上不得改变为经营性用房。确需使用的，须遵守法律法规和管理规约，并取得有利害关系的业主同意；餐饮、娱乐等有油烟噪声的行业不能登记在住宅内。',
      },
      {
        q: '营业执照办好后还要分别去刻章、领发票吗？',
        a: '不用分别跑。全链通平台上勾选“一件事”套餐后，公章刻制备案、新办纳税人套餐、社保和公积金单位登记、银行开户预约同步推送，整体1个工作日内可办结。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const companySetupHanjiang = implAt(companySetup, {
  divisionCode: '321003',
  level: 'county',
  department: '邗江区行政审批局',
  popularity: 78,
  summary: '住所在邗江区（含高新区、维扬经济开发区）的有限责任公司设立登记，全程网办，电子营业执照当日可领。',
  guide: {
    implementer: '扬州市邗江区行政审批局',
    acceptingUnit: '邗江区行政审批局市场准入科（邗江区政务服务中心企业开办专窗）',
    locations: [ONLINE_JS, COUNTY_HALL['321003']],
    process: [
      {
        name: '网上申报',
        description: '在全链通平台选择登记机关“扬州市邗江区行政审批局”，完成名称申报、信息填报和全体股东电子签名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '区局审核',
        description: '市场准入科形式审查，对住所在开发园区的同步推送园区企业服务中心，需补正的通过短信一次告知。',
        days: 0.5,
        countsTowardLimit: true,
      },
      {
        name: '发照与帮办',
        description: '核准生成电子营业执照；企业开办专窗提供免费帮办代办和纸质执照免费寄递。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '在邗江区注册，能选扬州市行政审批局做登记机关吗？',
        a: '有限责任公司按住所所在地实行属地登记，住所在邗江区的由邗江区行政审批局登记；市本级只负责市直管的部分企业类型，系统会根据住所自动匹配。',
      },
      {
        q: '不会用电脑，能到现场办吗？',
        a: '可以到邗江区政务服务中心企业开办专窗，帮办员会用窗口电脑协助申报，股东仍需用手机完成实名认证和签名。',
      },
    ],
  },
})

const companySetupJiangdu = implAt(companySetup, {
  divisionCode: '321012',
  level: 'county',
  department: '江都区行政审批局',
  popularity: 70,
  summary: '住所在江都区的有限责任公司设立登记，网上申报、电子签名，电子营业执照和首套印章一并免费寄递。',
  guide: {
    implementer: '扬州市江都区行政审批局',
    acceptingUnit: '江都区行政审批局（江都区政务服务中心企业开办服务区）',
    locations: [ONLINE_JS, COUNTY_HALL['321012']],
    process: [
      {
        name: '网上申报',
        description: '登记机关选择“扬州市江都区行政审批局”，按提示申报名称并填写设立信息，全体投资人刷脸签名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审核核准',
        description: '江都区企业开办服务区审核，对乡镇工业集中区内的住所由属地镇便民服务中心协助核实。',
        days: 0.5,
        countsTowardLimit: true,
      },
      {
        name: '领照',
        description: '下载电子营业执照；纸质执照和印章可选择寄递到付免邮或在服务区“企业开办大礼包”窗口一次领取。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '住所在江都区邵伯镇，也要到区里办吗？',
        a: '不用。全程网上办理；需要帮办的，可在邵伯镇便民服务中心由帮办员协助申报，登记审核仍由江都区行政审批局负责。',
      },
      {
        q: '企业名称能用“江都”还是“扬州”作行政区划？',
        a: '由江都区登记的企业，名称中的行政区划可以是“扬州”或“扬州市江都区”（置于字号前或括号内），申报时系统会给出可选格式。',
      },
    ],
  },
})

const companyChange: ServiceItemSeed = {
  baseCode: '200100200000',
  implCode: implCode('200100200000', '321000', 'city'),
  name: '企业变更登记（备案）',
  aliases: ['营业执照变更', '改公司名字', '换法人', '变更经营范围', '变更地址', '股权变更'],
  keywords: ['变更登记', '法定代表人变更', '住所变更', '注册资本', '股东变更', '章程备案'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 80,
  summary: '企业名称、住所、法定代表人、经营范围、注册资本、股东等事项变化的，30日内在网上申请变更登记或备案。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第二十四条',
        text: '市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。…',
      },
      {
        law: '《中华人民共和国市场主体登记管理条例实施细则》',
        article: '第三十一条至第四十条（变更登记）',
        text: '市场主体变更登记事项，应当提交变更登记申请书，并根据具体变更事项提交相应材料…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局企业登记处',
    conditions: [
      '已依法登记且未被列入严重违法失信名单、未被吊销营业执照。',
      '变更事项已经股东会（或股东）依章程作出决议、决定。',
      '变更住所跨登记机关辖区的，应先向迁入地登记机关申请迁移登记。',
    ],
    materials: [
      {
        name: '公司变更登记（备案）申请书',
        form: '在线填写',
        copies: 1,
        source: '全链通平台在线填写，法定代表人电子签名',
        required: true,
        sample:
          '变更事项：法定代表人。原登记内容：张某；申请变更为：王某（身份证号 3210**********5678）。同时备案董事：王某。变更原因：经2026年8月20日股东会决议。',
        commonMistakes: [
          '变更法定代表人时由新任法定代表人签署申请书，应由原法定代表人或拟任法定代表人按规定签署并附股东会决议。',
          '只变更了法定代表人，未同步备案董事、经理，导致登记信息与章程不一致。',
        ],
      },
      {
        name: '股东会决议或股东决定',
        form: '在线填写',
        copies: 1,
        source: '申请人按平台模板生成，股东电子签名',
        required: true,
        sample:
          '扬州某某科技有限公司股东会决议：2026年8月20日召开股东会，应到股东2名，实到2名，代表100%表决权。一致同意选举王某为公司董事、法定代表人，免去张某职务。',
        commonMistakes: [
          '决议落款日期晚于申请提交日期。',
          '修改注册资本、章程的决议未达到代表三分之二以上表决权的股东通过。',
        ],
      },
      {
        name: '章程修正案或修改后的章程',
        form: '在线填写',
        copies: 1,
        source: '股东电子签名',
        required: '变更事项涉及章程记载内容的',
        sample:
          '扬州某某科技有限公司章程修正案：根据2026年8月20日股东会决议，对章程作如下修改：原第四条“公司住所：扬州市邗江区文昌西路××号”修改为“公司住所：扬州市广陵区运河南路××号”；原第十二条“经营范围：软件开发”修改为“经营范围：软件开发；信息系统集成服务”。全体股东（电子签名）：张某、王某　2026年8月20日',
        commonMistakes: ['只改了决议，章程中的住所、经营范围仍是旧表述。'],
      },
      {
        name: '新住所使用证明',
        form: '电子证照',
        copies: 1,
        source: '不动产电子证照共享或上传租赁合同',
        required: '变更住所的',
        commonMistakes: ['租赁合同到期日早于提交日。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '在全链通平台“变更登记”模块选择变更事项，系统按事项自动组合所需材料，股东完成电子签名后提交。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审查核准',
        description: '企业登记处形式审查，当场或当日作出准予变更登记决定。',
        days: 1,
        countsTowardLimit: true,
      },
      {
        name: '换发执照',
        description: '涉及执照记载事项的，电子营业执照自动更新，纸质执照可邮寄换发，原执照寄回或窗口交回。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子营业执照自动更新', '纸质营业执照 EMS 免费寄递', '窗口领取'],
    faq: [
      {
        q: '只换了经理、不涉及执照内容，也要办吗？',
        a: '要办备案。董事、监事、高级管理人员、登记联络员变动属于备案事项，虽然不换发执照，但应在30日内通过平台备案。',
      },
      {
        q: '变更后税务、银行要另外通知吗？',
        a: '变更信息会通过省市场主体信息共享平台推送税务部门；银行账户信息需企业持新执照到开户行办理变更。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const companyDeregister: ServiceItemSeed = {
  baseCode: '200100300000',
  implCode: implCode('200100300000', '321000', 'city'),
  name: '企业注销登记（含简易注销）',
  aliases: ['注销公司', '公司注销', '关公司', '简易注销', '注销营业执照'],
  keywords: ['注销登记', '清算组备案', '债权人公告', '简易注销公示', '企业注销一网通'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 72,
  summary: '通过“江苏省企业注销一网通办平台”同步办理清税、社保、海关等注销，符合条件的可走20日公示的简易注销。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第三十一条',
        text: '市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记。经登记机关注销登记，市场主体终止。…',
      },
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第三十三条',
        text: '市场主体未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款），并由全体投资人书面承诺对上述情况的真实性承担法律责任的，可以按照简易程序办理注销登记。…公示期为20日。…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局企业登记处',
    conditions: [
      '一般注销：已成立清算组并完成清算，清算报告经股东会确认，已在国家企业信用信息公示系统公告债权人满45日。',
      '简易注销：未发生或已清偿完毕全部债权债务，未处于被立案调查、股权被冻结等不适用简易程序的情形，全体投资人作出承诺。',
      '已办结清税，或属于未办理涉税事宜、无欠税的纳税人（可免予到税务机关办理清税证明）。',
    ],
    materials: [
      {
        name: '注销登记申请书',
        form: '在线填写',
        copies: 1,
        source: '企业注销一网通办平台在线填写，法定代表人或清算组负责人电子签名',
        required: true,
        sample:
          '企业名称：扬州某某贸易有限公司；统一社会信用代码：91321000MA1××××××X；注销原因：股东会决议解散；注销方式：简易注销；公示期：2026年7月1日至2026年7月20日，期间无异议。',
        commonMistakes: [
          '简易注销公示期满后超过20日才提交注销申请，公示失效需重新公示。',
          '选择“一般注销”却未上传清算组备案和债权人公告截图。',
        ],
      },
      {
        name: '全体投资人承诺书',
        form: '在线填写',
        copies: 1,
        source: '全体股东电子签名',
        required: '简易注销的',
        sample:
          '本企业全体投资人承诺：企业不存在未结清的债权债务、职工工资、社会保险费用、法定补偿金及应缴纳税款，如有不实，愿承担相应法律责任。',
        commonMistakes: ['自然人股东已去世的，未由继承人签署并附继承证明。', '法人股东盖章与其登记名称不一致。'],
      },
      {
        name: '清算报告及股东会确认文件',
        form: '在线填写',
        copies: 1,
        source: '清算组出具',
        required: '一般注销的',
        sample:
          '扬州某某贸易有限公司清算报告：清算组由股东张某、王某组成，于2026年5月10日成立，已通知已知债权人并在国家企业信用信息公示系统公告，申报期届满。公司资产合计12.6万元；支付职工工资和社会保险费3.1万元，缴清税款0.8万元，清偿债务5.2万元；剩余财产3.5万元按出资比例分配：张某2.1万元、王某1.4万元。债权债务已清理完毕。股东会确认：全体股东一致确认本清算报告。全体股东（电子签名）：张某、王某　2026年7月1日',
        commonMistakes: ['清算报告未写明债权债务的处理情况和剩余财产分配方案。'],
      },
      {
        name: '清税证明',
        form: '电子证照',
        copies: 1,
        source: '税务部门通过一网通平台推送，无需另行提交',
        required: '已办理过涉税事宜的',
        commonMistakes: ['尚有未缴销的发票或未申报的期间，税务端清税未通过。'],
      },
    ],
    process: [
      {
        name: '注销预检与公告',
        description:
          '在一网通平台发起注销，系统反馈税务、社保、海关等部门的办理状态；一般注销公告45日、简易注销公示20日。',
        days: 20,
        countsTowardLimit: false,
      },
      {
        name: '提交注销申请',
        description: '公示（公告）期满无异议后提交注销登记申请。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审查核准',
        description: '企业登记处形式审查，符合条件的当日作出注销登记决定，电子营业执照同步作废。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [
      { name: '江苏省企业注销一网通办平台', address: '江苏政务服务网“企业注销”专栏', hours: '7×24 小时' },
      CITY_HALL,
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['准予注销登记通知书电子送达', '窗口领取纸质通知书'],
    faq: [
      {
        q: '公司有欠款没还，能走简易注销吗？',
        a: '不能。存在未结清债权债务的只能走一般注销程序，先成立清算组并公告债权人。以简易程序骗取注销的，全体投资人仍需对债务承担责任。',
      },
      {
        q: '营业执照原件丢了怎么办？',
        a: '注销时无需再登报声明作废，在申请书中勾选“营业执照遗失”并作出承诺即可。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const companyDeregisterYizheng = implAt(companyDeregister, {
  divisionCode: '321081',
  level: 'county',
  department: '仪征市行政审批局',
  popularity: 55,
  summary: '登记机关为仪征市行政审批局的企业注销，一网通办同步清税，简易注销公示期满当日核准。',
  guide: {
    implementer: '仪征市行政审批局',
    acceptingUnit: '仪征市行政审批局市场准入科',
    locations: [ONLINE_JS, COUNTY_HALL['321081']],
    process: [
      {
        name: '一网通办发起',
        description: '登录一网通平台，登记机关选“仪征市行政审批局”，查看清税、社保注销的同步反馈。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '公示期',
        description: '简易注销在国家企业信用信息公示系统公示20日，期间税务、人社等部门和债权人可提出异议。',
        days: 20,
        countsTowardLimit: false,
      },
      {
        name: '核准注销',
        description: '公示期满无异议的，市场准入科收到申请当日核准，出具准予注销登记通知书。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '仪征化学工业园区内的企业注销要先找园区吗？',
        a: '注销登记本身直接在网上向仪征市行政审批局申请；涉及危险化学品许可、排污许可的，请同时向发证部门办理注销。',
      },
      {
        q: '公示期间被人提了异议怎么办？',
        a: '异议成立的，简易注销程序终止，企业可以在解决争议后改走一般注销程序。',
      },
    ],
  },
})

const foodLicense: ServiceItemSeed = {
  baseCode: '200100400000',
  implCode: implCode('200100400000', '321000', 'city'),
  name: '食品经营许可（新办）',
  aliases: ['办食品经营许可证', '餐饮许可证', '开饭店办证', '食品许可证', '卖熟食办证'],
  keywords: ['食品经营许可证', '餐饮服务', '单位食堂', '散装食品', '现场核查', '食品安全管理员'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 84,
  summary: '从事餐饮服务、散装食品销售、单位食堂的，网上申请食品经营许可证，现场核查预约上门，核准后发放电子许可证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国食品安全法》',
        article: '第三十五条',
        text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局社会事务审批处（食品经营许可窗口）',
    conditions: [
      '已取得营业执照等合法主体资格，经营场所与营业执照住所（经营场所）一致。',
      '具有与经营的食品品种、数量相适应的经营场所，与有毒、有害场所及其他污染源保持规定距离。',
      '有相应的设备设施（消毒、更衣、洗手、采光、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤及处理废水、存放垃圾）。',
      '配备食品安全管理人员，建立保证食品安全的规章制度；餐饮服务有合理的设备布局和工艺流程。',
    ],
    materials: [
      {
        name: '食品经营许可申请书',
        form: '在线填写',
        copies: 1,
        source: '江苏政务服务网在线填写',
        required: true,
        sample:
          '经营者名称：扬州某某餐饮管理有限公司；经营场所：扬州市邗江区××路××号；主体业态：餐饮服务经营者（小型餐馆）；经营项目：热食类食品制售、冷食类食品制售（含烧腊熟食）；食品安全管理人员：赵某。',
        commonMistakes: [
          '经营项目勾选“生食类食品制售”，但后厨未设置专间，现场核查不通过。',
          '主体业态选成“食品销售经营者”，与实际开饭店的业态不符。',
          '经营场所填写与营业执照不一致（少写了门牌号或多写了楼层）。',
        ],
      },
      {
        name: '与食品经营相适应的主要设备设施布局、操作流程等文件',
        form: '在线填写',
        copies: 1,
        source: '申请人自备（平面图可手绘后拍照上传）',
        required: true,
        sample:
          '后厨平面图标注：粗加工区→切配区→烹饪区→备餐区单向流程；冷食专间面积6㎡，设二次更衣、独立空调、紫外线灯、专用洗手消毒池。',
        commonMistakes: ['平面图未标注专间、洗碗消毒间位置和面积。', '生进熟出流程交叉，污物通道穿过备餐区。'],
      },
      {
        name: '食品安全规章制度目录清单',
        form: '在线填写',
        copies: 1,
        source: '申请人自备',
        required: true,
        sample:
          '1. 从业人员健康管理制度；2. 从业人员食品安全培训制度；3. 食品安全自查制度；4. 进货查验和查验记录制度；5. 食品添加剂贮存、使用公示制度；6. 餐用具清洗消毒保洁制度；7. 废弃物处置和有害生物防制制度；8. 食品安全事故处置方案；9. 投诉受理处理制度。（集体用餐配送、中央厨房另列食品留样制度）',
        commonMistakes: ['只写“严格遵守食品安全法”，未列出从业人员健康管理、进货查验、餐用具清洗消毒等具体制度。'],
      },
      {
        name: '利用自动设备从事食品经营的设备相关材料',
        form: '在线填写',
        copies: 1,
        source: '申请人自备（设备型号、放置地点、经营者联系方式）',
        required: '利用自动售货设备经营的',
        sample:
          '设备1：××牌 ZD-600 型冷藏自动售货机，出厂编号 ××××，放置地点：扬州市广陵区文昌中路××号××大厦一楼大厅，经营项目：预包装食品、冷藏饮料；设备2：××牌现制咖啡机，出厂编号 ××××，放置地点：扬州市邗江区××路××号地铁换乘大厅，经营项目：现制饮品。经营者扬州某某商贸有限公司，联系电话 139****5678 贴于每台设备显著位置。',
        commonMistakes: ['多台设备放置地点未逐一列明。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '在江苏政务服务网“食品经营许可”事项提交申请，材料齐全的当场受理。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '现场核查（预约）',
        description: '审查人员与申请人预约时间到场核查并完成审查；仅从事简单制售、选择告知承诺的可先发证后核查。',
        days: 4,
        countsTowardLimit: true,
      },
      {
        name: '审批发证',
        description: '核查合格的作出准予许可决定，生成电子食品经营许可证，有效期5年。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 10,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: '12315',
    intermediaries: [],
    delivery: ['电子食品经营许可证', '纸质许可证 EMS 免费寄递', '窗口领取'],
    faq: [
      {
        q: '只卖包装好的饮料零食，要办许可证吗？',
        a: '仅销售预包装食品的不需要许可，改为备案：在江苏政务服务网办理“仅销售预包装食品备案”即可，当场完成。',
      },
      {
        q: '市区的小吃店是到市里还是区里办？',
        a: '扬州市区按经营场所所在区属地办理：广陵区、邗江区、经济技术开发区的餐饮单位分别向所在区行政审批局申请；市本级主要受理大型餐饮、集体用餐配送和中央厨房等。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const foodLicenseGuangling = implAt(foodLicense, {
  divisionCode: '321002',
  level: 'county',
  department: '广陵区行政审批局',
  popularity: 66,
  summary: '经营场所在广陵区（含东关街、皮市街等老城街区）的小餐饮、熟食店申请食品经营许可，网上申请，核查上门。',
  guide: {
    implementer: '扬州市广陵区行政审批局',
    acceptingUnit: '广陵区行政审批局社会事务科',
    locations: [ONLINE_JS, COUNTY_HALL['321002']],
    process: [
      {
        name: '网上申请',
        description: '选择受理部门“广陵区行政审批局”，上传后厨平面图和制度清单。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '现场核查',
        description: '社会事务科会同属地市场监管分局预约上门，历史文化街区的店面另核查排烟和消防通道。',
        days: 4,
        countsTowardLimit: true,
      },
      {
        name: '发证',
        description: '核查合格当日发证，电子证照推送至“苏服办”。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '东关街的老房子开早茶店，有什么特别要求？',
        a: '除一般条件外，老城区历史建筑内经营需有规范的油烟净化和排放设施，不得使用瓶装液化气的，应改用管道天然气或电能，核查时会一并查看。',
      },
      {
        q: '许可证5年到期怎么办？',
        a: '在有效期届满30个工作日前网上申请延续，条件无变化的可当场办结。',
      },
    ],
  },
})

const foodLicenseGaoyou = implAt(foodLicense, {
  divisionCode: '321084',
  level: 'county',
  department: '高邮市行政审批局',
  popularity: 52,
  handlingMode: 'once',
  visitCount: 1,
  summary: '高邮市辖区内食品经营许可，网上预审后到高邮市政务服务中心签字领证，最多跑一次。',
  guide: {
    implementer: '高邮市行政审批局',
    acceptingUnit: '高邮市行政审批局社会事务审批科',
    locations: [ONLINE_JS, COUNTY_HALL['321084']],
    process: [
      {
        name: '网上预审',
        description: '提交申请材料，工作人员1个工作日内预审反馈；预审通过即正式受理，办结时限自受理之日起算。',
        days: 1,
        countsTowardLimit: false,
      },
      {
        name: '现场核查',
        description: '会同属地市场监管分局上门核查，乡镇经营户可由镇便民服务中心协调时间。',
        days: 4,
        countsTowardLimit: true,
      },
      {
        name: '窗口签收',
        description: '核准后申请人到高邮市政务服务中心签收许可决定书和证书（也可选择邮寄，则无需到场）。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '卖高邮咸鸭蛋（散装）需要办食品经营许可吗？',
        a: '销售散装熟食、咸蛋等散装食品的需要办理食品经营许可；如是自产自销的食品小作坊，按《江苏省食品小作坊和食品摊贩管理条例》办理小作坊登记。',
      },
      {
        q: '能不能不跑这一趟？',
        a: '可以。在申请时勾选“证照邮寄”，许可证免费寄出，全程无需到现场。',
      },
    ],
  },
})

const pharmacyLicense: ServiceItemSeed = {
  baseCode: '200100500000',
  implCode: implCode('200100500000', '321000', 'city'),
  name: '药品零售企业许可（药品经营许可证核发）',
  aliases: ['开药店', '药店许可证', '药品经营许可证', '开药房'],
  keywords: ['药品零售', '执业药师', 'GSP', '药品经营质量管理规范', '现场检查'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 45,
  summary: '开办药品零售企业（药店），网上申请，按规定接受现场检查，领证最多跑一次。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国药品管理法》',
        article: '第五十一条',
        text: '…从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证。无药品经营许可证的，不得经营药品。药品经营许可证应当标明有效期和经营范围，到期重新审查发证。…',
      },
      {
        law: '《中华人民共和国药品管理法》',
        article: '第五十二条',
        text: '从事药品经营活动应当具备以下条件：（一）有依法经过资格认定的药师或者其他药学技术人员；（二）有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；（三）有与所经营药品相适应的质量管理机构或者人员；（四）有保证药品质量的规章制度，并符合国务院药品监督管理部门依据本法制定的药品经营质量管理规范要求。',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局社会事务审批处',
    conditions: [
      '具有依法经过资格认定的执业药师，负责处方审核和合理用药指导。',
      '具有与经营药品相适应的营业场所、设备、仓储设施及卫生环境。',
      '具有能保证药品质量的质量管理制度和计算机管理系统，符合《药品经营质量管理规范》。',
      '企业法定代表人、主要负责人、质量负责人无《药品管理法》规定的禁止从业情形。',
    ],
    materials: [
      {
        name: '药品经营许可证申请表',
        form: '在线填写',
        copies: 1,
        source: '江苏政务服务网在线填写',
        required: true,
        sample:
          '企业名称：扬州某某大药房有限公司某某店；经营方式：药品零售（连锁门店）；经营范围：处方药、甲类非处方药、乙类非处方药（中药饮片、化学药、中成药、生物制品（除疫苗））；营业面积：85㎡；质量负责人：执业药师孙某。',
        commonMistakes: [
          '经营范围写“全部药品”，应按处方药/非处方药及中药饮片、生物制品等分类列明。',
          '营业面积包含了与药品经营无关的收银外租区。',
        ],
      },
      {
        name: '执业药师注册证',
        form: '电子证照',
        copies: 1,
        source: '药品监督管理部门核发，注册单位须为本企业',
        required: true,
        commonMistakes: ['执业药师注册证的执业单位仍是原单位，未办理变更注册。', '同一药师在两家药店“挂证”。'],
      },
      {
        name: '营业场所和仓库的平面布置图及房屋产权或使用权证明',
        form: '原件和复印件',
        copies: 1,
        source: '申请人自备',
        required: true,
        commonMistakes: ['平面图未标出处方药与非处方药分区、阴凉区和冷藏设备位置。'],
      },
      {
        name: '质量管理文件目录及计算机系统说明',
        form: '在线填写',
        copies: 1,
        source: '申请人自备',
        required: true,
        sample:
          '质量管理文件目录：质量管理制度（药品采购、收货验收、陈列储存、销售与处方审核调配、不合格药品处理等18项）、岗位职责（企业负责人、质量负责人、执业药师、营业员）、操作规程（处方审核、中药饮片调剂、计算机系统操作等）。计算机系统：××药店管理系统 V5.2，记录采购、验收、销售全过程，支持药品追溯码扫码、处方药无处方销售拦截、近效期预警。',
        commonMistakes: ['计算机系统不能实现药品追溯码扫码记录。'],
      },
    ],
    process: [
      { name: '申请受理', description: '网上提交材料，审查材料完整性后受理。', days: 1, countsTowardLimit: true },
      {
        name: '技术审查与现场检查',
        description: '按《药品经营质量管理规范》现场检查设施设备、温湿度监测和人员在岗情况，整改期间不计时。',
        days: 10,
        countsTowardLimit: true,
      },
      {
        name: '决定与领证',
        description: '作出准予许可决定，申请人到窗口签收许可证（一次），或选择邮寄。',
        days: 2,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 13,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: '12315',
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 寄递', '电子证照'],
    faq: [
      {
        q: '药店一定要有执业药师吗？只卖非处方药呢？',
        a: '经营处方药、甲类非处方药的，必须配备执业药师。只经营乙类非处方药的，可按规定配备经过药学专业培训考核合格的人员，具体以审查标准为准。',
      },
      {
        q: '现场检查不合格怎么办？',
        a: '检查组会出具缺陷项目清单，企业整改后提交整改报告和照片，整改时间不计入审批时限。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const constructionPermit: ServiceItemSeed = {
  baseCode: '200100600000',
  implCode: implCode('200100600000', '321000', 'city'),
  name: '建筑工程施工许可证核发',
  aliases: ['施工许可证', '开工证', '办施工证'],
  keywords: ['施工许可', '建设单位', '工程项目审批', '施工图审查', '工程质量安全手续'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 50,
  summary: '建设单位在工程开工前通过江苏省工程建设项目审批管理系统申领施工许可证，质量安全监督手续合并办理。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国建筑法》',
        article: '第七条',
        text: '建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。…',
      },
      {
        law: '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号，2021年修正）',
        article: '第二条、第四条',
        text: '…工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证。…建设单位申请领取施工许可证，应当具备下列条件，并提交相应的证明文件…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局投资建设审批处',
    conditions: [
      '依法应当办理用地批准手续的，已经办理；在城市、镇规划区的，已经取得建设工程规划许可证。',
      '已经确定施工企业，施工合同已备案或录入系统。',
      '有满足施工需要的技术资料，施工图设计文件已按规定审查合格（或已作出审查承诺）。',
      '有保证工程质量和安全的具体措施，建设资金已经落实。',
    ],
    materials: [
      {
        name: '建筑工程施工许可证申请表',
        form: '在线填写',
        copies: 1,
        source: '江苏省工程建设项目审批管理系统在线填写',
        required: true,
        sample:
          '项目名称：扬州某某置业有限公司某某花园二期1#—6#楼；建设地址：邗江区××路东侧；建筑面积：58,600㎡；合同价格：1.62亿元；施工单位：江苏某某建设集团有限公司；项目经理：周某（一级注册建造师）；合同工期：2026年10月1日—2028年9月30日。',
        commonMistakes: [
          '建筑面积与建设工程规划许可证载明的面积不一致。',
          '项目经理同时在其他在建项目担任项目负责人，系统提示“在建锁定”。',
          '合同工期的开工日期早于申请日期。',
        ],
      },
      {
        name: '建设工程规划许可证',
        form: '电子证照',
        copies: 1,
        source: '自然资源和规划部门核发，系统自动调取',
        required: true,
        commonMistakes: ['申请范围包含规划许可证未覆盖的地下车库。'],
      },
      {
        name: '施工合同',
        form: '在线填写',
        copies: 1,
        source: '建设单位与施工单位签订，在系统录入',
        required: true,
        sample:
          '合同名称：扬州市××路××项目施工总承包合同；发包人：扬州某某建设发展有限公司；承包人：江苏某某建设集团有限公司；工程范围：1#—3#住宅楼及地下车库土建、安装工程；合同价款：1.26亿元；合同工期：2026年11月1日至2028年10月31日；签订日期：2026年10月12日。',
        commonMistakes: ['合同中的工程范围与申请表不一致。'],
      },
      {
        name: '建设资金落实承诺书',
        form: '在线填写',
        copies: 1,
        source: '建设单位法定代表人签署',
        required: true,
        sample: undertakingSample({
          who: '扬州某某建设发展有限公司（法定代表人：刘某）',
          promises: [
            '××项目建设资金已经落实，来源为自有资金及银行贷款，能满足工程按期建设需要',
            '按规定开设农民工工资专用账户并存储工资保证金，不拖欠工程款和农民工工资',
          ],
          consequence: '本单位愿承担施工许可被撤销等法律责任',
          signature: '法定代表人签名并加盖建设单位公章',
        }),
        commonMistakes: ['承诺书未加盖建设单位公章或签章单位与建设单位名称不一致。'],
      },
    ],
    process: [
      {
        name: '网上申报',
        description: '建设单位在工程建设项目审批管理系统提交，系统自动关联立项、规划、施工图审查信息。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审查',
        description: '投资建设审批处审查，质量安全监督登记并联办理，不再单独办理。',
        days: 2,
        countsTowardLimit: true,
      },
      {
        name: '发证',
        description: '核发电子施工许可证，施工现场公示二维码。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 7,
    promisedLimitDays: 2,
    fee: { charged: false },
    locations: [
      { name: '江苏省工程建设项目审批管理系统', address: '江苏政务服务网“工程建设项目审批”专栏', hours: '7×24 小时' },
      { name: '扬州市政务服务中心工程建设项目审批专区', address: CITY_HALL.address, hours: HOURS },
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '施工图设计文件审查',
        basis: '《建设工程勘察设计管理条例》《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》',
        fee: '政府购买服务，建设单位不付费',
        days: 10,
      },
    ],
    delivery: ['电子施工许可证', '窗口领取纸质证书'],
    faq: [
      {
        q: '自建一个200平方米的厂房仓库要办施工许可证吗？',
        a: '工程投资额30万元以下或建筑面积300平方米以下的建筑工程可以不办理施工许可证，但仍须依法取得规划许可，并落实质量安全责任。',
      },
      {
        q: '领证后多久必须开工？',
        a: '应当自领取施工许可证之日起三个月内开工；因故不能按期开工的，应当在期满前申请延期，延期以两次为限，每次不超过三个月。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const constructionPermitYizheng = implAt(constructionPermit, {
  divisionCode: '321081',
  level: 'county',
  department: '仪征市行政审批局',
  popularity: 35,
  summary: '仪征市辖区（含汽车工业园、化学工业园区）建筑工程施工许可，网上申报，1个工作日发证。',
  guide: {
    implementer: '仪征市行政审批局',
    acceptingUnit: '仪征市行政审批局建设工程审批科',
    locations: [
      { name: '江苏省工程建设项目审批管理系统', address: '江苏政务服务网“工程建设项目审批”专栏', hours: '7×24 小时' },
      COUNTY_HALL['321081'],
    ],
    promisedLimitDays: 1,
    process: [
      {
        name: '网上申报',
        description: '在系统选择审批部门“仪征市行政审批局”，园区项目可由园区项目帮办员代为申报。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '联合审查',
        description: '建设工程审批科审查，同步推送仪征市住房和城乡建设局质量安全监督机构。',
        days: 1,
        countsTowardLimit: true,
      },
      {
        name: '出证',
        description: '生成电子施工许可证，纸质证书可邮寄到项目部。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '化工园区的项目有额外要求吗？',
        a: '化学工业园区内涉及危险化学品的建设项目，须先取得安全条件审查意见，施工许可申报时系统会校验。',
      },
      {
        q: '分期施工能分期领证吗？',
        a: '可以按规划许可确定的分期范围分期申领，每期单独填报建筑面积和合同价格。',
      },
    ],
  },
})

const publicPlaceHygiene: ServiceItemSeed = {
  baseCode: '200100700000',
  implCode: implCode('200100700000', '321000', 'city'),
  name: '公共场所卫生许可',
  aliases: ['卫生许可证', '理发店卫生许可证', '宾馆卫生许可证', '美容院办证', '浴室卫生许可'],
  keywords: ['公共场所', '卫生许可证', '告知承诺', '住宿', '沐浴', '美容美发', '游泳场馆'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 62,
  summary: '宾馆、理发店、美容店、公共浴室、游泳场馆等经营前申请卫生许可证，可选告知承诺当场发证。',
  guide: {
    basis: [
      {
        law: '《公共场所卫生管理条例》',
        article: '第八条',
        text: '除公园、体育场（馆）、公共交通工具外的公共场所，经营单位应当及时向卫生行政部门申请办理“卫生许可证”。…',
      },
      {
        law: '《中华人民共和国行政许可法》',
        article: '第四十二条',
        text: '除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局社会事务审批处',
    conditions: [
      '已取得营业执照，场所属于仍需办理卫生许可的住宿、沐浴、美容美发、游泳等类别。',
      '场所布局、通风、采光、给排水、消毒设施符合国家卫生标准和规范。',
      '从业人员取得健康合格证明并经卫生知识培训。',
    ],
    materials: [
      {
        name: '公共场所卫生许可申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '单位名称：扬州某某美发店；经营地址：广陵区××路××号；经营项目：美发（不含医疗美容）；营业面积：60㎡；从业人员：4人（均持健康合格证明）；消毒设施：紫外线消毒柜1台、毛巾专用消毒柜1台。',
        commonMistakes: [
          '经营项目写“美容美发纹绣”，纹绣、注射类属医疗美容，不在公共场所卫生许可范围。',
          '从业人员数与上传的健康证明数量不一致。',
        ],
      },
      {
        name: '告知承诺书',
        form: '在线填写',
        copies: 1,
        source: '法定代表人或负责人签署',
        required: '选择告知承诺方式办理的',
        sample: undertakingSample({
          who: '扬州某某酒店管理有限公司（负责人：孙某）',
          promises: [
            '经营场所已符合《公共场所卫生管理条例》和相关卫生标准、规范的要求',
            '从业人员均已取得有效健康合格证明',
            '设有集中空调通风系统的，在承诺期限内补交卫生检测报告',
          ],
          consequence: '本单位愿接受撤销卫生许可并依法承担相应责任',
          signature: '法定代表人（负责人）签名并加盖公章',
        }),
        commonMistakes: ['承诺后未在规定时间内补齐集中空调通风系统卫生检测报告（有集中空调的场所）。'],
      },
      {
        name: '卫生检测（评价）报告',
        form: '电子证照',
        copies: 1,
        source: '有资质的检测机构出具',
        required: '使用集中空调通风系统或经营游泳场所的',
        commonMistakes: ['检测报告采样日期超过一年。'],
      },
    ],
    process: [
      {
        name: '网上申请',
        description: '选择“告知承诺”或“一般程序”，提交申请。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审查（告知承诺当场办结）',
        description: '告知承诺的当场作出许可决定，由卫生监督机构事后核查；一般程序的预约现场审查。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '发证',
        description: '发放电子卫生许可证，有效期4年。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '公共场所集中空调通风系统卫生检测',
        basis: '《公共场所集中空调通风系统卫生规范》',
        fee: '按检测机构市场价格，申请人自主选择机构',
        days: 7,
      },
    ],
    delivery: ['电子卫生许可证', '窗口领取', 'EMS 寄递'],
    faq: [
      {
        q: '开超市、书店、饭店要办卫生许可证吗？',
        a: '不需要。国务院已取消商场、书店、饭馆等多类公共场所的卫生许可，目前主要是住宿、沐浴、美容美发、游泳场所等仍需办理。',
      },
      {
        q: '承诺办证后会有人来检查吗？',
        a: '会。发证后卫生监督机构会进行核查，发现与承诺不符的，责令限期整改，逾期不改的撤销许可。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const freightLicense: ServiceItemSeed = {
  baseCode: '200100800000',
  implCode: implCode('200100800000', '321000', 'city'),
  name: '道路货物运输经营许可（普通货运）',
  aliases: ['道路运输经营许可证', '货运许可证', '办运输证', '物流公司资质'],
  keywords: ['道路运输经营许可证', '普通货运', '货车', '营运车辆'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 48,
  summary: '使用总质量4.5吨以上普通货运车辆从事经营的，网上申请道路运输经营许可证（危险货物运输另行办理）。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路运输条例》',
        article: '第二十一条、第二十四条',
        text: '…从事危险货物运输经营以外的货运经营的，向县级人民政府交通运输主管部门提出申请。…使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需按照本条规定申请取得道路运输经营许可证及车辆营运证。',
      },
      {
        law: '《道路货物运输及站场管理规定》',
        article: '第六条、第十条',
        text: '…申请从事道路货物运输经营的，应当有与其经营业务相适应并经检测合格的车辆、符合条件的驾驶人员和健全的安全生产管理制度…',
      },
    ],
    implementer: '扬州市行政审批局',
    acceptingUnit: '扬州市行政审批局交通运输审批处',
    conditions: [
      '有与其经营业务相适应并经检测合格的车辆，车辆技术等级达到规定要求。',
      '驾驶人员取得相应的机动车驾驶证，年龄不超过60周岁，并取得道路货物运输从业资格证。',
      '有健全的安全生产管理制度。',
    ],
    materials: [
      {
        name: '道路货物运输经营申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '申请人：扬州某某物流有限公司；经营范围：道路普通货物运输；拟投入车辆：重型厢式货车2辆（苏K·××××× 已购置/拟购置）；驾驶员：钱某，从业资格证号 3210************。',
        commonMistakes: [
          '把总质量4500千克以下的轻型货车也列入申请，该类车辆无需许可和营运证。',
          '经营范围勾选“货物专用运输（集装箱）”但无对应车辆。',
        ],
      },
      {
        name: '安全生产管理制度文本',
        form: '在线填写',
        copies: 1,
        source: '申请人自备',
        required: true,
        sample:
          '目录：1. 安全生产责任制度（企业负责人、安全管理人员、驾驶员岗位职责）；2. 驾驶员和从业人员安全教育培训制度（每月不少于1次）；3. 车辆技术管理和维护制度；4. 车辆动态监控制度（重型货车接入道路货运车辆公共监管与服务平台）；5. 安全生产隐患排查治理制度；6. 安全生产事故应急处置预案。',
        commonMistakes: ['制度中缺少驾驶员安全教育培训和车辆动态监控内容。'],
      },
      {
        name: '驾驶员从业资格证',
        form: '电子证照',
        copies: 1,
        source: '交通运输部门核发，系统核验',
        required: true,
        commonMistakes: ['从业资格证类别为“道路旅客运输”，与货运不符。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交材料，当场受理。', days: 0, countsTowardLimit: true },
      {
        name: '审查决定',
        description: '审查车辆、人员和制度，作出许可决定；车辆尚未购置的，出具许可决定书后再配发营运证。',
        days: 3,
        countsTowardLimit: true,
      },
      {
        name: '发证',
        description: '核发道路运输经营许可证（电子证照），营运证由交通运输部门配发。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '12328',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子证照', '窗口领取', 'EMS 寄递'],
    faq: [
      {
        q: '我只有一辆蓝牌小货车拉货，要办吗？',
        a: '总质量4500千克及以下的普通货运车辆从事普通货运经营，无需办理道路运输经营许可证和车辆营运证。',
      },
      {
        q: '个人可以申请吗？',
        a: '可以，个体工商户取得营业执照后可以申请普通货运经营许可。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const privateSchool: ServiceItemSeed = {
  baseCode: '200100900000',
  implCode: implCode('200100900000', '321000', 'city'),
  name: '民办学校正式设立审批（实施学历教育、学前教育）',
  aliases: ['办民办学校', '开民办幼儿园', '民办学校审批', '办学许可证'],
  keywords: ['民办教育', '办学许可证', '举办者', '筹设', '专家评审'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 18,
  summary: '已完成筹设的民办学校申请正式设立，经专家评审和实地考察后颁发办学许可证，需到窗口两次（提交与领证）。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民办教育促进法》',
        article: '第十二条',
        text: '举办实施学历教育、学前教育、自学考试助学及其他文化教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批；…',
      },
      {
        law: '《中华人民共和国民办教育促进法》',
        article: '第十八条',
        text: '审批机关对举办民办学校的申请，应当自受理之日起三个月内以书面形式作出是否批准的决定，并送达申请人；…',
      },
    ],
    implementer: '扬州市行政审批局（会同扬州市教育局）',
    acceptingUnit: '扬州市行政审批局社会事务审批处',
    conditions: [
      '已取得筹设批准且筹设期不超过三年。',
      '有符合标准的校舍、场地和教学设施，办学资金到位并足额过户到学校名下。',
      '有合格的校长和与办学规模相适应的专任教师，章程和决策机构组成符合规定。',
    ],
    materials: [
      {
        name: '正式设立申请报告',
        form: '原件',
        copies: 2,
        source: '举办者自备',
        required: true,
        sample:
          '扬州某某教育发展有限公司关于申请正式设立扬州市某某外国语学校（初中）的报告：学校性质为非营利性，规划办学规模24个班1080人，校舍建筑面积32,000㎡，首期投入资金8,000万元已足额到位…',
        commonMistakes: [
          '报告中办学规模与筹设批复不一致且未说明理由。',
          '未明确选择营利性或非营利性（义务教育阶段只能设立非营利性学校）。',
        ],
      },
      {
        name: '学校章程、首届理事会（董事会）成员名单',
        form: '原件',
        copies: 2,
        source: '举办者自备',
        required: true,
        sample:
          '章程要点：学校名称：扬州市某某实验学校；办学层次：九年一贯制；举办者：扬州某某教育发展有限公司；决策机构：理事会，由举办者代表3名、校长1名、教职工代表1名共5人组成，每届任期4年；学校终止时，剩余财产依照《中华人民共和国民办教育促进法》及其实施条例处置。首届理事会名单：理事长刘某（举办者代表）、理事王某（校长）、理事赵某（教职工代表）等5人。',
        commonMistakes: ['理事会成员中无教职工代表。', '章程未载明终止时剩余财产处置办法。'],
      },
      {
        name: '资产来源、资金数额及有效证明文件',
        form: '原件和复印件',
        copies: 1,
        source: '会计师事务所出具验资报告、银行出具资金证明',
        required: true,
        commonMistakes: ['出资仍在举办者账户，未过户到学校名下。'],
      },
      {
        name: '校长、教师、财会人员资格证明',
        form: '原件和复印件',
        copies: 1,
        source: '申请人自备',
        required: true,
        commonMistakes: ['专任教师教师资格证学段与任教学段不符。'],
      },
    ],
    process: [
      {
        name: '窗口受理',
        description: '到社会事务审批处窗口提交纸质材料，5日内决定是否受理。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '专家评审与实地考察',
        description: '组织教育、财务、安全专家评审并到校实地考察，评审时间不计入审批时限。',
        days: 20,
        countsTowardLimit: false,
      },
      {
        name: '征求意见与审批决定',
        description: '征求教育行政部门意见后作出是否批准的决定。',
        days: 30,
        countsTowardLimit: true,
      },
      { name: '领证', description: '举办者到窗口领取批准文件和办学许可证。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 40,
    fee: { charged: false },
    locations: [CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '验资报告',
        basis: '《中华人民共和国民办教育促进法实施条例》',
        fee: '按会计师事务所市场价格',
        days: 5,
      },
    ],
    delivery: ['窗口领取'],
    faq: [
      {
        q: '法定时限“三个月”怎么换算？',
        a: '法律规定自受理之日起三个月内作出决定，本指南按约60个工作日公示；专家评审和实地考察期间不计入。',
      },
      {
        q: '校外培训机构也在这里办吗？',
        a: '面向中小学生的学科类校外培训机构按照国家“双减”政策从严审批，非学科类培训机构另行按相关规定办理，可先电话咨询。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const bankAccount: ServiceItemSeed = {
  baseCode: '200101000000',
  implCode: implCode('200101000000', '321000', 'city'),
  name: '新开办企业银行开户预约',
  aliases: ['企业开户', '对公账户', '银行开户', '基本户'],
  keywords: ['企业开办全链通', '基本存款账户', '预约开户', '对公账户'],
  department: '扬州市行政审批局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 58,
  summary: '企业设立登记时在全链通平台选择开户银行和网点，登记信息自动推送银行，免填开户申请表。',
  guide: {
    basis: [
      {
        law: '《人民币银行结算账户管理办法》（中国人民银行令〔2003〕第5号）',
        article: '第十七条',
        text: '…存款人申请开立基本存款账户，应向银行出具下列证明文件：（一）企业法人，应出具企业法人营业执照正本。…',
      },
    ],
    implementer: '扬州市行政审批局（企业开办全链通平台）',
    acceptingUnit: '企业选择的开户银行网点',
    conditions: ['已在全链通平台申请企业设立登记或已取得营业执照。', '法定代表人能到银行网点或接受银行上门核实意愿。'],
    materials: [
      {
        name: '开户预约信息',
        form: '在线填写',
        copies: 1,
        source: '在全链通平台选择银行、网点和预约时间',
        required: true,
        sample:
          '开户银行：××银行扬州分行文昌路支行；账户性质：基本存款账户；预约时间：执照核准后第1个工作日上午；联系人：财务王某 138****1234。',
        commonMistakes: [
          '预约联系人电话填写错误，银行无法联系核实。',
          '预约网点距离企业过远，需要上门核实时无法安排。',
        ],
      },
      {
        name: '法定代表人身份证',
        form: '原件',
        copies: 1,
        source: '本人',
        required: true,
        commonMistakes: ['委托他人办理未带授权书和代理人身份证。'],
      },
    ],
    process: [
      {
        name: '平台预约',
        description: '设立登记时勾选“银行预约开户”，填写预约信息。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '信息推送',
        description: '执照核准后，登记信息和电子营业执照自动推送至所选银行。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '银行开户',
        description: '银行核实开户意愿（视频或到店），开立基本存款账户，账号回传平台供税务、社保共享。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [ONLINE_JS],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['开户结果短信通知', '银行网点交付账户资料'],
    faq: [
      {
        q: '银行开户要收费吗？',
        a: '预约服务不收费。银行账户管理费、网银U盾等按各银行公示标准，多数银行对新开办小微企业有减免。',
      },
      {
        q: '开户后还要去人民银行拿开户许可证吗？',
        a: '不需要。企业银行账户许可已取消，银行开户后出具基本存款账户信息，无需再领取开户许可证。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const sealFiling: ServiceItemSeed = {
  baseCode: '200101100000',
  implCode: implCode('200101100000', '321000', 'city'),
  name: '新开办企业印章刻制备案',
  aliases: ['刻公章', '刻章', '公章备案', '刻财务章'],
  keywords: ['印章刻制', '公章', '发票专用章', '企业开办全链通', '首套印章'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政备案',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 60,
  summary: '新设企业在全链通平台选择刻章企业，印章信息自动备案到公安机关，首套印章可随执照一并寄递。',
  guide: {
    basis: [
      {
        law: '《印铸刻字业暂行管理规则》',
        article: '第四条',
        text: '…刻制公章，应持有关证明，由刻制单位登记备查…',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市公安局治安警察支队（通过企业开办全链通平台和备案刻章企业）',
    conditions: ['企业已核准设立登记或同步申请设立登记。', '选择在公安机关备案的印章刻制企业。'],
    materials: [
      {
        name: '印章刻制申请信息',
        form: '在线填写',
        copies: 1,
        source: '全链通平台在线勾选',
        required: true,
        sample:
          '印章种类：企业法人公章1枚、财务专用章1枚、发票专用章1枚、合同专用章1枚、法定代表人名章1枚；刻制企业：扬州某某印章有限公司；取章方式：随执照邮寄。',
        commonMistakes: [
          '发票专用章刻制时税号位数填写错误（应为18位统一社会信用代码）。',
          '法定代表人名章姓名使用繁体或异体字，与身份证不一致。',
        ],
      },
      {
        name: '营业执照',
        form: '电子证照',
        copies: 1,
        source: '系统自动获取',
        required: true,
        commonMistakes: ['执照尚未核准即线下自行找店刻章，无法备案。'],
      },
    ],
    process: [
      { name: '勾选刻章', description: '设立登记时勾选刻章需求和刻章企业。', days: 0, countsTowardLimit: false },
      {
        name: '刻制与备案',
        description: '执照核准后刻章企业接单刻制，印模信息实时上传公安机关印章治安管理信息系统完成备案。',
        days: 0.5,
        countsTowardLimit: true,
      },
      { name: '交付', description: '印章随执照寄递或在企业开办专区领取。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0.5,
    fee: { charged: false },
    locations: [ONLINE_JS, { name: '扬州市政务服务中心企业开办专区', address: CITY_HALL.address, hours: HOURS }],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '印章刻制',
        basis: '公安机关备案的印章刻制企业',
        fee: '新开办企业首套印章由政府购买服务免费刻制（以当年公布的政策为准）',
        days: 0.5,
      },
    ],
    delivery: ['随营业执照 EMS 寄递', '企业开办专区窗口领取'],
    faq: [
      {
        q: '印章丢了怎么补刻？',
        a: '印章遗失的，企业可在国家企业信用信息公示系统自行发布遗失声明，再向备案刻章企业申请重新刻制，刻制企业同步完成备案。',
      },
      {
        q: '能不能只刻公章不刻财务章？',
        a: '可以按需勾选。开具发票需要发票专用章，银行开户一般需要财务专用章和法定代表人名章。',
      },
    ],
    updatedAt: UPDATED,
  },
}

export const businessItems1: ServiceItemSeed[] = [
  companySetup,
  companySetupHanjiang,
  companySetupJiangdu,
  companyChange,
  companyDeregister,
  companyDeregisterYizheng,
  foodLicense,
  foodLicenseGuangling,
  foodLicenseGaoyou,
  pharmacyLicense,
  constructionPermit,
  constructionPermitYizheng,
  publicPlaceHygiene,
  freightLicense,
  privateSchool,
  bankAccount,
  sealFiling,
]
