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
import { undertakingSample } from './samples'
import type { ServiceItemSeed } from './types'

/** 扬州市市场监督管理局 (个体工商户、特种设备、计量、商标质押), 国家税务总局扬州市税务局, 扬州市人力资源和社会保障局 (单位参保). */

const TAX_HALL = {
  name: '国家税务总局扬州市税务局第一税务分局（扬州市政务服务中心办税服务厅）',
  address: CITY_HALL.address,
  hours: HOURS,
}
const ETAX = {
  name: '江苏省电子税务局 / “江苏税务”App',
  address: '登录江苏省电子税务局（自然人使用“个人所得税”App）',
  hours: '7×24 小时（系统维护时段除外）',
}

const soleTrader: ServiceItemSeed = {
  baseCode: '200200100000',
  implCode: implCode('200200100000', '321000', 'city'),
  name: '个体工商户设立登记',
  aliases: ['办个体营业执照', '个体户执照', '开店办执照', '小店营业执照', '个体户注册'],
  keywords: ['个体工商户', '经营者', '字号', '经营场所', '即来即办', '电子营业执照'],
  department: '扬州市市场监督管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 90,
  summary: '开小店、做小生意的个人，用“苏服办”或个体户登记小程序刷脸申报，符合条件的当场核准、领取电子营业执照。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第二条',
        text: '本条例所称市场主体，是指在中华人民共和国境内以营利为目的从事经营活动的下列自然人、法人及非法人组织：…（四）个体工商户；…',
      },
      {
        law: '《促进个体工商户发展条例》',
        article: '第二条',
        text: '有经营能力的公民在中华人民共和国境内从事工商业经营，依法登记为个体工商户的，适用本条例。…',
      },
    ],
    implementer: '扬州市市场监督管理局（市区按经营场所属地由区局及市场监管所受理）',
    acceptingUnit: '扬州市市场监督管理局登记注册处（市政务服务中心个体登记窗口）',
    conditions: [
      '经营者为有经营能力的自然人（家庭经营的，参加经营的家庭成员一并登记）。',
      '有固定的经营场所，场所可依法用于经营；从事许可经营项目的，领照后须取得相应许可方可开业。',
      '个体工商户名称（字号）可以不起，起字号的须符合名称登记管理规定。',
    ],
    materials: [
      {
        name: '个体工商户登记（备案）申请书',
        form: '在线填写',
        copies: 1,
        source: '江苏政务服务网或个体户登记小程序在线填写，经营者本人刷脸签名',
        required: true,
        sample:
          '名称：扬州市邗江区某某小吃店；经营者：陈某（身份证号 3210**********2345）；组成形式：个人经营；经营场所：扬州市邗江区××路××号门面；经营范围：许可项目：小餐饮；一般项目：食品销售（仅销售预包装食品）；从业人数：2人；资金数额：5万元。',
        commonMistakes: [
          '名称中的行政区划与经营场所所在区不一致，如在广陵区经营却写“邗江区”。',
          '经营范围写“卖早点、炸串”等口语，未选用《经营范围登记规范表述目录》中的“小餐饮”。',
          '组成形式选“家庭经营”却未填写参加经营的家庭成员姓名。',
        ],
      },
      {
        name: '经营者身份证明',
        form: '电子证照',
        copies: 1,
        source: '居民身份证电子证照，刷脸自动核验',
        required: true,
        commonMistakes: ['使用他人手机刷脸，人脸与经营者身份证不符导致核验失败。'],
      },
      {
        name: '经营场所使用证明',
        form: '电子证照',
        copies: 1,
        source: '不动产电子证照共享；租赁的上传租赁协议，或由村（社区）出具场所证明',
        required: true,
        sample:
          '场所证明：兹证明××路××号门面房（产权人：刘某）用于陈某经营小吃店，该房屋无权属争议。××社区居民委员会（盖章）2026年9月1日。',
        commonMistakes: ['农村自建房未提供村委会出具的场所证明。', '租赁协议只有承租人签字，没有出租人签字。'],
      },
    ],
    process: [
      {
        name: '网上申报',
        description: '经营者在手机上填写信息并刷脸签名，可选择由市场监管所“帮办员”远程指导。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审核核准',
        description: '材料齐全、符合法定形式的即时核准；需要核实的当日内反馈补正意见。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '领取执照',
        description: '下载电子营业执照；纸质执照可免费邮寄或到受理窗口领取。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '12315',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子营业执照', '纸质执照 EMS 免费寄递', '窗口领取'],
    faq: [
      {
        q: '摆地摊、网上开店要办个体执照吗？',
        a: '便民劳务活动、零星小额交易以及依法无须取得许可的小摊贩可以不办理登记；网店经营者原则上应办理登记，仅利用网络从事零星小额交易的除外。',
      },
      {
        q: '个体户和公司有什么区别？',
        a: '个体工商户由经营者以个人或家庭财产承担无限责任，登记手续更简单；开公司以公司财产承担责任，需要章程和股东签名。想以后引入合伙人的，可以直接办公司或日后“个转企”。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const soleTraderJiangdu = implAt(soleTrader, {
  divisionCode: '321012',
  level: 'county',
  department: '江都区市场监督管理局',
  popularity: 64,
  summary: '经营场所在江都区的个体工商户设立登记，网上申报即时核准，也可就近到各镇市场监管所窗口办理。',
  guide: {
    implementer: '扬州市江都区市场监督管理局',
    acceptingUnit: '江都区市场监督管理局登记注册科（江都区政务服务中心个体登记窗口）',
    locations: [ONLINE_JS, COUNTY_HALL['321012']],
    process: [
      {
        name: '申报',
        description: '网上申报时登记机关选择“扬州市江都区市场监督管理局”，经营场所在镇区的由属地市场监管所审核。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '核准',
        description: '登记注册科或市场监管所即时核准，涉及许可项目的同步推送许可部门。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '发照',
        description: '电子营业执照即时生成，纸质执照可在区政务服务中心或属地市场监管所领取。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '在江都老街上开修车铺，要办什么？',
        a: '先办理个体工商户登记，经营范围选“机动车修理和维护”；开业前按规定向交通运输部门办理机动车维修经营备案。',
      },
      {
        q: '执照上的经营场所能写两个门面吗？',
        a: '一个营业执照只登记一个经营场所；在另一处增设门店的，需要另行登记。',
      },
    ],
  },
})

const soleTraderXiannv = implAt(soleTrader, {
  divisionCode: '321012100',
  level: 'town',
  department: '江都区仙女镇便民服务中心',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 40,
  summary: '仙女镇居民可在镇便民服务中心“个体登记帮办窗口”当面申报，当场领取纸质营业执照，最多跑一次。',
  guide: {
    implementer: '扬州市江都区市场监督管理局',
    acceptingUnit: '江都区仙女镇便民服务中心（江都区市场监督管理局仙女市场监管所派驻窗口）',
    locations: [{ name: '仙女镇便民服务中心', address: '江都区仙女镇便民服务中心一楼个体登记窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '窗口帮办申报',
        description: '携带身份证到便民服务中心，窗口工作人员协助在系统中填报，经营者本人刷脸签名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '市场监管所核准',
        description: '派驻人员当场审核，符合条件的即时核准。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '当场打照',
        description: '窗口现场打印纸质营业执照并告知亮照经营、年度报告等义务。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '我不会用智能手机，能办吗？',
        a: '能。到镇便民服务中心窗口由工作人员帮办，只需本人到场刷脸；行动不便的可以联系村（社区）网格员预约上门帮办。',
      },
      {
        q: '每年还要做什么？',
        a: '每年1月1日至6月30日通过国家企业信用信息公示系统报送上一年度年度报告，可以在窗口请工作人员协助填报。',
      },
    ],
  },
})

const soleTraderAnyi = implAt(soleTrader, {
  divisionCode: '321023100',
  level: 'town',
  department: '宝应县安宜镇便民服务中心',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 36,
  summary: '安宜镇城区和村组的个体户可在镇便民服务中心一次办结登记，食品经营等许可同步告知。',
  guide: {
    implementer: '宝应县市场监督管理局',
    acceptingUnit: '宝应县安宜镇便民服务中心（宝应县市场监督管理局安宜市场监管所受理点）',
    locations: [{ name: '安宜镇便民服务中心', address: '宝应县安宜镇便民服务中心综合窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '受理',
        description: '便民服务中心综合窗口一窗受理，核对身份和场所证明。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '核准发照',
        description: '安宜市场监管所审核后当场核准并打印执照。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '许可告知',
        description: '从事餐饮、食品销售的，窗口一并告知到宝应县政务服务中心或网上办理食品经营许可（备案）。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '村里的小卖部卖烟，需要另外办证吗？',
        a: '零售卷烟需要取得烟草专卖零售许可证，可向宝应县烟草专卖局申请，营业执照领取后再办。',
      },
      {
        q: '场所证明谁开？',
        a: '农村自有房屋由所在村民委员会出具场所证明；城区租房的提供租赁协议和产权证明。',
      },
    ],
  },
})

const soleTraderGeyuan = implAt(soleTrader, {
  divisionCode: '321002001',
  level: 'village',
  department: '广陵区东关街道个园社区居民委员会',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 22,
  aliases: ['社区代办营业执照', '个体户代办', '东关街开店办照'],
  keywords: ['帮办代办', '社区'],
  summary: '东关街、个园一带沿街商户可在社区党群服务中心请代办员协助申报个体户执照，执照寄到店里。',
  guide: {
    implementer: '扬州市广陵区市场监督管理局',
    acceptingUnit: '个园社区党群服务中心（帮办代办点），核准单位为广陵区市场监督管理局东关市场监管所',
    locations: [
      { name: '个园社区党群服务中心', address: '广陵区东关街道个园社区党群服务中心一楼代办窗口', hours: HOURS_VILLAGE },
    ],
    process: [
      {
        name: '社区代办申报',
        description: '代办员核对身份证和租房协议，协助在系统中填报，经营者本人刷脸签名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '市场监管所核准',
        description: '申报推送至东关市场监管所，当日审核核准。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '送照上门',
        description: '纸质执照由邮政免费寄递到店，或由社区代办员转交。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '东关街历史街区的门面开店有什么要求？',
        a: '店招设置须符合历史文化街区风貌管控要求，应向城管部门申请；从事餐饮的还要满足排烟和消防要求。执照本身按一般程序办理。',
      },
      {
        q: '社区代办收费吗？',
        a: '不收费。社区帮办代办是免费的便民服务。',
      },
    ],
  },
})

const soleTraderDeregister: ServiceItemSeed = {
  baseCode: '200200200000',
  implCode: implCode('200200200000', '321000', 'city'),
  name: '个体工商户注销登记',
  aliases: ['注销个体户', '个体执照注销', '关店注销', '不干了注销执照'],
  keywords: ['个体工商户', '注销', '简易注销', '清税'],
  department: '扬州市市场监督管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 55,
  summary: '个体户不再经营的，网上申请注销；按简易程序办理的无需公示，税务等部门10日内无异议即可注销。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国市场主体登记管理条例》',
        article: '第三十三条第三款',
        text: '个体工商户按照简易程序办理注销登记的，无需公示，由登记机关将个体工商户的注销登记申请推送至税务等有关部门，有关部门在10日内没有提出异议的，可以直接办理注销登记。',
      },
    ],
    implementer: '扬州市市场监督管理局',
    acceptingUnit: '扬州市市场监督管理局登记注册处',
    conditions: [
      '已停止经营，没有未结清的税款、社保费和职工工资。',
      '不存在被列入经营异常名录后未移出、正在被立案调查等限制注销的情形（按一般程序另行处理）。',
    ],
    materials: [
      {
        name: '个体工商户注销登记申请书',
        form: '在线填写',
        copies: 1,
        source: '经营者本人在线填写并刷脸签名',
        required: true,
        sample:
          '名称：扬州市广陵区某某便利店；统一社会信用代码：92321002MA××××××××；注销原因：经营者决定停止经营；注销方式：简易注销；经营者承诺：无未结清债务、税款及社保费。',
        commonMistakes: [
          '经营者已去世由家属申请，未选择“继承人申请”并上传继承关系证明。',
          '尚有未申报的税期，税务部门提出异议导致注销中止。',
        ],
      },
      {
        name: '营业执照正副本',
        form: '原件',
        copies: 1,
        source: '登记机关核发',
        required: '领取过纸质执照的（遗失的可在申请书中作出遗失承诺）',
        commonMistakes: ['以为必须登报声明执照遗失，实际在申请书中承诺即可。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交注销申请，系统推送税务、人社等部门。', days: 0, countsTowardLimit: false },
      {
        name: '部门征询',
        description: '税务等部门10日内反馈意见，期间不计入登记时限。',
        days: 10,
        countsTowardLimit: false,
      },
      {
        name: '核准注销',
        description: '无异议的登记机关即时核准注销，电子营业执照同步作废。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '12315',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['注销结果短信通知', '准予注销登记通知书电子送达'],
    faq: [
      {
        q: '个体户变成公司需要先注销吗？',
        a: '可以办理“个转企”，在设立公司的同时注销个体户，原字号和行业资质可按规定延续使用，不必先注销再新办。',
      },
      {
        q: '注销后还能用原来的名字开店吗？',
        a: '注销后原名称不再保留，重新开店时可以重新申报，是否能用取决于届时有无重名。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const soleTraderDeregisterJiangwang = implAt(soleTraderDeregister, {
  divisionCode: '321003002',
  level: 'town',
  department: '邗江区蒋王街道便民服务中心',
  popularity: 20,
  summary: '蒋王街道辖区个体户可在街道便民服务中心自助终端或手机上申请注销，街道帮办员全程指导。',
  guide: {
    implementer: '扬州市邗江区市场监督管理局',
    acceptingUnit: '邗江区蒋王街道便民服务中心（帮办），核准单位为邗江区市场监督管理局蒋王市场监管所',
    locations: [
      ONLINE_JS,
      { name: '蒋王街道便民服务中心', address: '邗江区蒋王街道便民服务中心自助服务区', hours: HOURS_TOWN },
    ],
    process: [
      {
        name: '自助或帮办申请',
        description: '在手机或便民服务中心自助终端提交注销申请，帮办员可远程协助。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '部门无异议期',
        description: '税务、人社等部门在10日内反馈，有欠税的会电话告知先行清税。',
        days: 10,
        countsTowardLimit: false,
      },
      {
        name: '核准',
        description: '蒋王市场监管所核准注销，结果短信通知。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '个体户还有一个月房租没交完，能注销吗？',
        a: '房租属于与房东的民事债务，简易注销要求承诺无未结清债务，请先与房东结清或协商一致后再申请。',
      },
      {
        q: '多久能查到注销结果？',
        a: '提交后约10个工作日（部门征询期）收到短信，也可在国家企业信用信息公示系统查询登记状态。',
      },
    ],
  },
})

const specialEquipment: ServiceItemSeed = {
  baseCode: '200200300000',
  implCode: implCode('200200300000', '321000', 'city'),
  name: '特种设备使用登记',
  aliases: ['电梯使用登记', '锅炉登记', '叉车上牌', '压力容器登记', '特种设备上户'],
  keywords: ['特种设备', '使用登记证', '电梯', '场（厂）内专用机动车辆', '起重机械', '监督检验'],
  department: '扬州市市场监督管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 46,
  summary: '电梯、锅炉、压力容器、起重机械、叉车等投入使用前或投入使用后30日内，网上申请使用登记证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国特种设备安全法》',
        article: '第三十三条',
        text: '特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。',
      },
    ],
    implementer: '扬州市市场监督管理局',
    acceptingUnit: '扬州市市场监督管理局特种设备安全监察处',
    conditions: [
      '设备已经监督检验或定期检验合格（按规定需监检的）。',
      '使用单位具备与设备相适应的安全管理人员和作业人员。',
    ],
    materials: [
      {
        name: '特种设备使用登记表',
        form: '在线填写',
        copies: 1,
        source: '江苏省特种设备安全监管平台在线填写',
        required: true,
        sample:
          '使用单位：扬州某某物业服务有限公司；设备类别：曳引驱动乘客电梯；设备代码：3110 3210 ×× 2026 ××××；使用地点：某某花园8幢1单元；维保单位：江苏某某电梯工程有限公司；安全管理员：吴某（证号 T××××××）。',
        commonMistakes: [
          '设备代码填写的是出厂编号，两者不是一回事。',
          '住宅电梯的使用单位写成开发商，实际交付后应为物业服务企业或业主委员会委托的单位。',
          '同一台设备重复申报，系统提示代码已存在。',
        ],
      },
      {
        name: '监督检验证书或定期检验报告',
        form: '电子证照',
        copies: 1,
        source: '特种设备检验机构出具，平台共享',
        required: true,
        commonMistakes: ['上传的是型式试验证书而非本台设备的监督检验证书。'],
      },
      {
        name: '产品合格证',
        form: '复印件',
        copies: 1,
        source: '制造单位出具',
        required: true,
        commonMistakes: ['叉车合格证上的车架号与实物铭牌不一致。'],
      },
    ],
    process: [
      { name: '网上申请', description: '在平台填写登记表并上传材料。', days: 0, countsTowardLimit: true },
      { name: '审查', description: '登记机关审查，资料齐全的即时办理。', days: 1, countsTowardLimit: true },
      {
        name: '发证',
        description: '出具使用登记证（电子），使用单位自行打印登记标志张贴在设备显著位置。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [{ name: '江苏省特种设备安全监管平台', address: '网上办理', hours: '7×24 小时' }, CITY_HALL],
    consultPhone: '12315',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '特种设备监督检验',
        basis: '《中华人民共和国特种设备安全法》第二十五条',
        fee: '按检验机构公示标准',
        days: 10,
      },
    ],
    delivery: ['电子使用登记证', '窗口领取'],
    faq: [
      {
        q: '叉车要上牌照吗？',
        a: '场（厂）内专用机动车辆办理使用登记后，按规定在车辆显著位置悬挂或喷涂登记标志（即俗称的叉车牌照）。',
      },
      {
        q: '电梯停用了要办手续吗？',
        a: '停用一年以上的，应在停用后30日内向登记机关办理报停；重新启用前须经定期检验合格并申请启用。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const measurementStandard: ServiceItemSeed = {
  baseCode: '200200400000',
  implCode: implCode('200200400000', '321000', 'city'),
  name: '计量标准器具核准',
  aliases: ['计量标准考核', '建标考核', '企业计量标准'],
  keywords: ['计量标准', '最高计量标准', '计量标准考核证书', '计量检定'],
  department: '扬州市市场监督管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 12,
  summary: '企业、事业单位建立本单位最高计量标准的，申请考核，现场考评合格后颁发计量标准考核证书。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国计量法》',
        article: '第八条',
        text: '企业、事业单位根据需要，可以建立本单位使用的计量标准器具，其各项最高计量标准器具经有关人民政府计量行政部门主持考核合格后使用。',
      },
    ],
    implementer: '扬州市市场监督管理局',
    acceptingUnit: '扬州市市场监督管理局计量处',
    conditions: [
      '计量标准器及配套设备经检定或校准合格，具有有效证书。',
      '具有正常工作所需的环境条件和至少两名持证检定或校准人员。',
      '建立了计量标准的文件集和管理制度。',
    ],
    materials: [
      {
        name: '计量标准考核（复查）申请书',
        form: '原件',
        copies: 2,
        source: '申请单位自备',
        required: true,
        sample:
          '计量标准名称：0.02级活塞式压力计标准装置；测量范围：(0.04～6)MPa；主标准器证书号：××××；开展项目：一般压力表、精密压力表检定。',
        commonMistakes: ['测量范围超出主标准器证书覆盖的范围。', '开展项目写“各类压力仪表”，未具体到检定规程名称。'],
      },
      {
        name: '计量标准技术报告',
        form: '原件',
        copies: 1,
        source: '申请单位编制',
        required: true,
        commonMistakes: ['测量不确定度评定未给出各分量的来源和数值。', '重复性试验和稳定性考核记录不足规定次数。'],
      },
      {
        name: '检定或校准人员能力证明',
        form: '复印件',
        copies: 1,
        source: '注册计量师证书或能力证明',
        required: true,
        commonMistakes: ['人员证书项目与申请项目不对应。'],
      },
    ],
    process: [
      { name: '受理', description: '网上或窗口提交，5个工作日内决定是否受理。', days: 2, countsTowardLimit: true },
      {
        name: '考评（书面审查和现场考评）',
        description: '组织考评员书面审查并现场考评，整改期不计入时限。',
        days: 15,
        countsTowardLimit: false,
      },
      {
        name: '审核发证',
        description: '考评合格的颁发计量标准考核证书，申请人到窗口领取。',
        days: 3,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '12315',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 寄递'],
    faq: [
      {
        q: '证书到期前多久复查？',
        a: '计量标准考核证书有效期满前6个月提出复查申请。',
      },
      {
        q: '企业自己用的卡尺、压力表需要核准吗？',
        a: '只有作为本单位最高计量标准、用于量值传递的才需要考核；日常工作计量器具按规定送检或校准即可，列入强制检定目录的应按期强制检定。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const trademarkPledge: ServiceItemSeed = {
  baseCode: '200200500000',
  implCode: implCode('200200500000', '321000', 'city'),
  name: '注册商标专用权质押登记（地方受理窗口）',
  aliases: ['商标质押', '商标贷款', '知识产权质押融资'],
  keywords: ['商标', '质押', '知识产权', '融资', '质权'],
  department: '扬州市市场监督管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '公共服务',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 15,
  summary: '企业以注册商标专用权向银行质押融资，可到市市场监管局（知识产权局）受理窗口提交质押登记申请。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国民法典》',
        article: '第四百四十四条',
        text: '以注册商标专用权、专利权、著作权等知识产权中的财产权出质的，质权自办理出质登记时设立。…',
      },
    ],
    implementer: '国家知识产权局（扬州市市场监督管理局受理窗口代为受理）',
    acceptingUnit: '扬州市市场监督管理局知识产权服务窗口',
    conditions: [
      '出质的注册商标在有效期内，未被撤销、注销或查封。',
      '出质人应当将在相同或类似商品上注册的相同或近似商标一并出质。',
    ],
    materials: [
      {
        name: '商标专用权质权登记申请书',
        form: '原件',
        copies: 1,
        source: '出质人和质权人共同签章',
        required: true,
        sample:
          '出质人：扬州某某食品有限公司；质权人：××银行扬州分行；出质商标：第29类第××××××号“某某”；担保债权数额：300万元；质押期限：2026年9月20日至2029年9月19日。',
        commonMistakes: ['只质押了一个类别，遗漏了类似商品上的近似商标。', '担保债权数额与主合同金额不一致。'],
      },
      {
        name: '主合同和质押合同',
        form: '原件和复印件',
        copies: 1,
        source: '双方签订',
        required: true,
        commonMistakes: ['质押合同未写明出质商标的注册号。'],
      },
    ],
    process: [
      {
        name: '窗口受理',
        description: '双方或委托代理人到窗口提交材料，当场形式审查。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审查登记', description: '报国家知识产权局审查，符合要求的予以登记。', days: 2, countsTowardLimit: true },
      { name: '领取登记证', description: '领取商标专用权质权登记证（电子）。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 2,
    fee: { charged: false },
    locations: [CITY_HALL],
    consultPhone: '12315',
    complaintPhone: COMPLAINT,
    intermediaries: [
      {
        name: '商标价值评估',
        basis: '银行授信要求（非登记要求）',
        fee: '按评估机构市场价格',
        days: 7,
      },
    ],
    delivery: ['电子质权登记证', '窗口领取'],
    faq: [
      {
        q: '质押期间商标还能用吗？',
        a: '可以继续使用，但未经质权人同意不得转让或许可他人使用。',
      },
      {
        q: '贷款还清后要办什么？',
        a: '应及时办理质权登记注销，可由双方共同或质权人单方申请。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const newTaxpayer: ServiceItemSeed = {
  baseCode: '200300100000',
  implCode: implCode('200300100000', '321000', 'city'),
  name: '新办纳税人“套餐式”服务',
  aliases: ['新公司报税', '税务报到', '新办税务登记', '领发票', '开通电子税务局'],
  keywords: ['新办纳税人', '信息确认', '三方协议', '税费种认定', '数电发票', '财务会计制度备案'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '其他行政权力',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 82,
  summary: '新办企业领照后在电子税务局一次办理信息确认、实名采集、三方协议、税费种认定和数电发票开票额度。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国税收征收管理法》',
        article: '第十五条',
        text: '企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位…自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。…',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '国家税务总局扬州市各县（市、区）税务局办税服务厅（按主管税务机关）',
    conditions: ['已取得营业执照。', '法定代表人、财务负责人、办税人员已完成实名认证。'],
    materials: [
      {
        name: '“多证合一”登记信息确认表',
        form: '在线填写',
        copies: 1,
        source: '电子税务局根据登记信息自动生成，纳税人确认补充',
        required: true,
        sample:
          '纳税人名称：扬州某某餐饮管理有限公司；财务负责人：李某 139****5678；会计核算方式：自行核算；适用会计制度：小企业会计准则；增值税纳税人类型：小规模纳税人；存款账户：××银行文昌路支行 6217***********1234。',
        commonMistakes: [
          '财务负责人填写了法定代表人本人但未单独实名采集，后续办税人员无法登录。',
          '适用会计制度选成“企业会计准则”，与小微企业实际不符。',
        ],
      },
      {
        name: '委托扣款协议（三方协议）',
        form: '在线填写',
        copies: 1,
        source: '电子税务局在线签订，银行端验证',
        required: true,
        sample:
          '纳税人名称：扬州某某科技有限公司；纳税人识别号：91321000MA1××××××X；开户银行：中国工商银行扬州××支行；账户名称：扬州某某科技有限公司；账号：1108 **** **** 1234（基本存款账户）；签订后由银行端验证，协议状态显示“有效”。',
        commonMistakes: ['填写的是个人银行卡号而非企业基本存款账户。'],
      },
      {
        name: '增值税一般纳税人登记表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: '选择登记为一般纳税人的',
        sample:
          '纳税人名称：扬州某某科技有限公司；纳税人类别：企业；登记类型：选择登记；一般纳税人资格生效之日：当月1日（2026年10月1日）；会计核算健全：是；主营业务类别：工业。',
        commonMistakes: ['生效之日选择错误，导致当月进项无法抵扣。'],
      },
    ],
    process: [
      {
        name: '登录确认',
        description: '企业开办全链通平台推送后，登录电子税务局确认登记信息。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '套餐办理',
        description: '一次勾选实名信息采集、存款账户报告、财务会计制度备案、三方协议、税费种认定和发票票种核定。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '开通数电发票',
        description: '系统按风险等级确定初始开票额度，纳税人即可在电子税务局开具数电发票。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ETAX, TAX_HALL],
    consultPhone: '12366',
    complaintPhone: '12366',
    intermediaries: [],
    delivery: ['电子税务局即时反馈'],
    faq: [
      {
        q: '新公司没有业务，还要每月报税吗？',
        a: '要。即使没有收入也要按期办理零申报，小规模纳税人增值税一般按季申报，企业所得税按季预缴，未按期申报会产生逾期记录。',
      },
      {
        q: '数电发票额度不够用怎么办？',
        a: '系统会根据开票和申报情况动态调整额度；临时需要可在电子税务局申请调整开具金额总额度。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const newTaxpayerJiangdu = implAt(newTaxpayer, {
  divisionCode: '321012',
  level: 'county',
  department: '国家税务总局扬州市江都区税务局',
  popularity: 50,
  summary: '主管税务机关为江都区税务局的新办纳税人，网上一次办结“套餐”，需要辅导的可到办税服务厅新办专窗。',
  guide: {
    implementer: '国家税务总局扬州市江都区税务局',
    acceptingUnit: '国家税务总局扬州市江都区税务局办税服务厅（江都区政务服务中心内）',
    locations: [ETAX, { ...COUNTY_HALL['321012'], name: '国家税务总局扬州市江都区税务局办税服务厅' }],
    process: [
      {
        name: '网上套餐',
        description: '在电子税务局“新办纳税人套餐”一次提交，江都区税务局后台即时处理。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '新办辅导',
        description: '税务网格员电话回访，辅导首次申报和数电发票开具；需要现场辅导的可预约新办专窗。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '在江都镇上开的厂，税务归哪里管？',
        a: '按注册地址确定主管税务机关，江都区各镇企业由江都区税务局及其所属税务分局管理，电子税务局登录后可看到主管税务所（科、分局）。',
      },
      {
        q: '需要买税控盘吗？',
        a: '不需要。全面推行数电发票后，新办纳税人无需购买税控设备，直接在电子税务局开票。',
      },
    ],
  },
})

const invoice: ServiceItemSeed = {
  baseCode: '200300200000',
  implCode: implCode('200300200000', '321000', 'city'),
  name: '发票领用（含数电发票开具金额总额度调整）',
  aliases: ['领发票', '申请发票额度', '发票不够用', '开票额度调整', '增量发票'],
  keywords: ['发票', '数电发票', '全面数字化电子发票', '纸质发票', '发票票种核定', '授信额度'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '其他行政权力',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 70,
  summary: '纳税人在电子税务局申请调整数电发票额度，或确需纸质发票的网上申领、邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国发票管理办法》（2023年修订）',
        article: '第十五条',
        text: '需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。…主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量、开票限额等事项。',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '主管税务机关办税服务厅',
    conditions: ['已完成新办纳税人信息确认，无未按期申报、未缴销发票等异常。'],
    materials: [
      {
        name: '发票额度调整申请（或发票领用申请）',
        form: '在线填写',
        copies: 1,
        source: '电子税务局在线填写',
        required: true,
        sample:
          '纳税人：扬州某某建材有限公司；申请事项：临时调整开具金额总额度；当前额度：100万元；申请调整至：300万元；理由：与扬州某某置业有限公司签订的建材供货合同（合同金额260万元）本月需开票。',
        commonMistakes: ['申请理由只写“业务需要”，未附合同等佐证，审核退回。', '把“临时调整”与“长期调整”选反。'],
      },
      {
        name: '经办人身份证明',
        form: '电子证照',
        copies: 1,
        source: '实名认证信息',
        required: true,
        commonMistakes: ['经办人未在电子税务局完成办税人员身份绑定。'],
      },
    ],
    process: [
      { name: '网上申请', description: '在电子税务局“发票业务”模块提交申请。', days: 0, countsTowardLimit: true },
      {
        name: '审核',
        description: '税务机关根据风险等级审核，低风险的系统自动通过。',
        days: 1,
        countsTowardLimit: true,
      },
      {
        name: '额度生效或发票寄递',
        description: '数电发票额度审核通过即时生效；纸质发票由EMS免费寄递，寄递时间不计入办理时限。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: 5,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [ETAX, TAX_HALL],
    consultPhone: '12366',
    complaintPhone: '12366',
    intermediaries: [],
    delivery: ['电子税务局即时生效', '纸质发票 EMS 免费寄递', '办税服务厅领取'],
    faq: [
      {
        q: '个人临时需要开发票怎么办？',
        a: '自然人可以通过江苏省电子税务局自然人业务或“江苏税务”App申请代开发票，出租房屋等常见业务可全程网办。',
      },
      {
        q: '发票额度被降低是什么原因？',
        a: '可能是存在申报异常、风险预警或长时间未开票，可通过12366或主管税务机关了解并申请复核。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const iitAnnual: ServiceItemSeed = {
  baseCode: '200300300000',
  implCode: implCode('200300300000', '321000', 'city'),
  name: '个人所得税综合所得年度汇算',
  aliases: ['个税退税', '个税汇算', '退个税', '个税年度汇算', '补个税'],
  keywords: ['个人所得税', '综合所得', '专项附加扣除', '退税', '补税', '个人所得税App'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政征收',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 92,
  summary: '每年3月1日至6月30日，用“个人所得税”App办理上一年度综合所得汇算，多退少补。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国个人所得税法》',
        article: '第十一条',
        text: '…居民个人取得综合所得，按年计算个人所得税；有扣缴义务人的，由扣缴义务人按月或者按次预扣预缴税款；需要办理汇算清缴的，应当在取得所得的次年三月一日至六月三十日内办理汇算清缴。…',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '任职受雇单位所在地主管税务机关（无任职单位的为户籍或经常居住地主管税务机关）',
    conditions: [
      '预缴税额高于应纳税额需要退税的，可以申请退税。',
      '综合所得收入全年超过12万元且需要补税金额超过400元的，应当办理补税。',
    ],
    materials: [
      {
        name: '个人所得税年度自行纳税申报表（A表）',
        form: '在线填写',
        copies: 1,
        source: '“个人所得税”App预填，纳税人核对确认',
        required: true,
        sample:
          '纳税年度：2025；工资薪金收入：156,000元；专项扣除（三险一金）：24,960元；专项附加扣除：子女教育24,000元、住房贷款利息12,000元、赡养老人36,000元（独生子女）；已缴税额：3,480元；应退税额：1,824元。',
        commonMistakes: [
          '住房贷款利息和住房租金同时填报，两者同一年度只能选一项。',
          '非独生子女赡养老人按每月3,000元全额填报，超过分摊上限每月1,500元。',
          '忘记核对收入明细，把从未任职单位的“冒用收入”一并确认。',
        ],
      },
      {
        name: '银行卡信息',
        form: '在线填写',
        copies: 1,
        source: '本人名下境内开立的I类银行账户',
        required: '申请退税的',
        sample:
          '开户银行：中国建设银行扬州××支行；账户类型：I类借记账户；账号：6217 **** **** 5678；户名与申报人姓名一致；已在个人所得税 App“银行卡”栏目验证通过。',
        commonMistakes: ['填报了已销户或II类账户，退税失败。'],
      },
    ],
    process: [
      {
        name: '预约与填报',
        description: '按App提示预约（汇算初期需预约），核对预填数据。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '提交申报', description: '确认后提交，应补税的即时缴纳。', days: 0, countsTowardLimit: true },
      {
        name: '退税审核',
        description: '税务机关审核，审核通过后由国库退付到银行卡，进度可在App查询。',
        days: 10,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [
      { name: '“个人所得税”App / 自然人电子税务局网页端', address: '网上办理', hours: '汇算期内 6:00—22:00' },
      TAX_HALL,
    ],
    consultPhone: '12366',
    complaintPhone: '12366',
    intermediaries: [],
    delivery: ['退税款退至本人银行账户', 'App 消息通知'],
    faq: [
      {
        q: '退税一直显示“审核中”怎么办？',
        a: '多数在提交后10个工作日左右审核完毕；被抽中核实的，税务机关会通过App或电话要求补充资料，请留意消息。',
      },
      {
        q: '不需要补税，也必须办汇算吗？',
        a: '不需要补税或者补税不超过400元、全年收入不超过12万元的，可以不办；有退税的建议办理以拿回多缴税款。',
      },
      {
        q: '能让单位代办吗？',
        a: '可以在4月30日前与单位确认后由单位代为办理，单位需将办理情况及时告知本人。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const deedTax: ServiceItemSeed = {
  baseCode: '200300400000',
  implCode: implCode('200300400000', '321000', 'city'),
  name: '契税申报',
  aliases: ['交契税', '买房交税', '过户交税', '房产税费'],
  keywords: ['契税', '不动产交易', '首套房', '家庭唯一住房', '存量房', '一窗受理'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '行政征收',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 76,
  summary: '买房（含二手房）办理不动产登记前申报缴纳契税，在不动产登记大厅“一窗受理”，与登记一次办。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国契税法》',
        article: '第九条、第十条',
        text: '契税的纳税义务发生时间，为纳税人签订土地、房屋权属转移合同的当日…纳税人应当在依法办理土地、房屋权属登记手续前申报缴纳契税。',
      },
      {
        law: '《财政部 税务总局 住房城乡建设部关于促进房地产市场平稳健康发展有关税收政策的公告》（2024年第16号）',
        article: '第一条',
        text: '…对个人购买家庭唯一住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按1.5%的税率征收契税。对个人购买家庭第二套住房，面积为140平方米及以下的，减按1%的税率征收契税；面积为140平方米以上的，减按2%的税率征收契税。…',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '不动产登记服务大厅税务窗口（一窗受理）',
    conditions: ['已签订房屋买卖合同（网签）或取得具有权属转移性质的凭证。', '在办理不动产转移登记前申报。'],
    materials: [
      {
        name: '契税纳税申报表',
        form: '在线填写',
        copies: 1,
        source: '一窗受理系统根据网签合同自动生成，纳税人签字确认',
        required: true,
        sample:
          '纳税人：杨某；房屋坐落：扬州市广陵区××花园×幢×单元××室；建筑面积：89.6㎡；成交价格：128万元（不含增值税）；适用优惠：家庭唯一住房，面积≤140㎡，税率1%；应纳契税：12,800元。',
        commonMistakes: [
          '成交价格填报含增值税价格，计税依据应为不含增值税的成交价格。',
          '夫妻一方名下在外地有住房，却申报“家庭唯一住房”，被系统比对后需补税。',
        ],
      },
      {
        name: '房屋买卖合同',
        form: '电子证照',
        copies: 1,
        source: '住建部门网签备案系统共享',
        required: true,
        commonMistakes: ['线下另签“阴阳合同”，申报价格低于评估价被核定征收。'],
      },
      {
        name: '家庭住房情况书面查询结果或承诺书',
        form: '在线填写',
        copies: 1,
        source: '购房人填写承诺，部门核查',
        required: '享受家庭首套、第二套住房优惠的',
        sample: undertakingSample({
          who: '购房人刘某（身份证号 3210**********1234）及配偶陈某',
          promises: [
            '本次购买邗江区××花园××幢××室前，本人家庭（含配偶及未成年子女）名下无其他住房，本次购买的为家庭唯一住房',
            '申请按家庭唯一住房享受契税优惠',
          ],
          consequence: '本人愿补缴税款、滞纳金并依法承担相应责任',
          signature: '购房人及配偶签名',
        }),
        commonMistakes: ['未成年子女名下有房未申报。'],
      },
      {
        name: '身份证件和户口簿（或结婚证）',
        form: '原件',
        copies: 1,
        source: '公安、民政部门核发',
        required: true,
        commonMistakes: ['家庭成员信息不全，无法认定家庭住房套数。'],
      },
    ],
    process: [
      {
        name: '一窗受理',
        description: '在不动产登记大厅综合窗口与转移登记一并受理，交易、税务、登记信息一次采集。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '税费计算与缴纳', description: '系统计税，纳税人扫码或刷卡缴纳。', days: 0, countsTowardLimit: true },
      {
        name: '完税推送',
        description: '完税信息实时推送不动产登记机构，无需另行提交完税凭证。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: {
      charged: true,
      basis: '《中华人民共和国契税法》第三条；江苏省契税适用税率为3%；个人购买住房按2024年第16号公告减按1%—2%',
      standard:
        '应纳税额＝计税价格×适用税率。个人购买家庭唯一住房或第二套住房，140㎡及以下减按1%，140㎡以上分别减按1.5%、2%；非住房按3%。',
    },
    locations: [
      {
        name: '扬州市不动产登记中心服务大厅税务窗口',
        address: '扬州市政务服务中心不动产登记专区（综合受理窗口）',
        hours: HOURS,
      },
      { name: '“扬州不动产登记”网上服务平台', address: '网上预约与预审', hours: '7×24 小时' },
    ],
    consultPhone: '12366',
    complaintPhone: '12366',
    intermediaries: [],
    delivery: ['完税信息电子推送', '电子完税证明'],
    faq: [
      {
        q: '契税能不能贷款后再交？',
        a: '不能。契税须在办理不动产权属登记前缴纳，是过户的前置条件。',
      },
      {
        q: '离婚分割房产要交契税吗？',
        a: '婚姻关系存续期间夫妻之间变更房屋权属，以及因离婚分割共同财产发生的权属变更，免征契税。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const residentSocialFee: ServiceItemSeed = {
  baseCode: '200300500000',
  implCode: implCode('200300500000', '321000', 'city'),
  name: '城乡居民基本养老保险费和基本医疗保险费缴纳',
  aliases: ['交社保', '交医保', '居民医保缴费', '新农合缴费', '农保缴费', '城乡居民社保费'],
  keywords: ['社保费', '城乡居民医保', '城乡居民养老', '灵活缴费', '微信缴费', '江苏税务'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政征收',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 88,
  summary: '城乡居民用“江苏税务”App、微信或支付宝“江苏税务社保缴费”，按年缴纳居民医保和居民养老保险费。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第二十五条',
        text: '国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。…',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '各县（市、区）税务局；镇（街道）便民服务中心、村（社区）协办员提供代办服务',
    conditions: [
      '未参加职工基本医疗保险的本市户籍居民、持居住证的常住人员及在校学生等，已在医保部门完成参保登记。',
      '年满16周岁（不含在校学生）、未参加职工基本养老保险的城乡居民，已在人社部门完成居民养老保险参保登记。',
    ],
    materials: [
      {
        name: '缴费人身份信息',
        form: '在线填写',
        copies: 1,
        source: '输入缴费人身份证号和姓名，系统查询应缴信息',
        required: true,
        sample:
          '缴费人：王某某（身份证号 3210**********0021）；险种：城乡居民基本医疗保险；缴费年度：2027；缴费档次：按当年度个人缴费标准；缴费方式：微信支付。',
        commonMistakes: [
          '给新生儿缴费时，未先在医保部门办理参保登记，查询不到应缴信息。',
          '缴费年度选错（集中缴费期缴纳的是下一年度待遇）。',
          '为家人代缴时身份证号输错一位，钱缴到了别人名下。',
        ],
      },
    ],
    process: [
      {
        name: '查询应缴',
        description: '打开“江苏税务”App或微信搜索“江苏税务社保缴费”，输入身份信息查询应缴费额。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '确认缴费', description: '选择缴费档次（养老保险）并支付。', days: 0, countsTowardLimit: true },
      {
        name: '到账与凭证',
        description: '缴费成功后数据实时传递医保、人社部门，可下载电子缴费凭证。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: {
      charged: true,
      basis: '《中华人民共和国社会保险法》及扬州市城乡居民基本医疗保险、基本养老保险有关规定',
      standard:
        '居民医保个人缴费和居民养老保险缴费档次按扬州市医保、人社部门公布的当年度标准执行；困难群体由政府按规定资助。',
    },
    locations: [
      { name: '“江苏税务”App / 微信、支付宝“江苏税务社保缴费”', address: '网上缴费', hours: '集中缴费期 7×24 小时' },
      TAX_HALL,
    ],
    consultPhone: '12366',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子缴费凭证'],
    faq: [
      {
        q: '居民医保什么时候交？错过了怎么办？',
        a: '每年集中缴费期一般为9月至12月，缴纳的是下一年度的医保。错过集中缴费期的，可以按规定补缴，但会设置一定的待遇等待期。',
      },
      {
        q: '已经在单位交了职工医保，还要交居民医保吗？',
        a: '不需要，也不能重复参保。职工医保和居民医保只能参加其一。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const residentSocialFeeShaobo = implAt(residentSocialFee, {
  divisionCode: '321012114',
  level: 'town',
  department: '江都区邵伯镇便民服务中心',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 34,
  summary: '不会用手机缴费的邵伯镇居民，可带身份证到镇便民服务中心社保窗口刷卡或扫码代缴。',
  guide: {
    implementer: '国家税务总局扬州市江都区税务局',
    acceptingUnit: '江都区邵伯镇便民服务中心社保窗口（税务代办点）',
    locations: [{ name: '邵伯镇便民服务中心', address: '江都区邵伯镇便民服务中心一楼社保窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '窗口查询',
        description: '工作人员输入身份证号查询参保和应缴信息，核对缴费人姓名。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '现场缴费',
        description: '缴费人用社保卡（银行账户功能）、银行卡POS刷卡或扫码支付。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '打印凭证',
        description: '窗口打印缴费凭证交缴费人保管。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '可以帮全家老人一起交吗？',
        a: '可以。带上每个人的身份证或户口簿，窗口逐人查询后一并缴纳，缴费凭证分别打印。',
      },
      {
        q: '窗口能收现金吗？',
        a: '为保障资金安全，目前以刷卡和扫码为主；确有困难的请向工作人员说明，由村协办员协助代办。',
      },
    ],
  },
})

const residentSocialFeeTangwang = implAt(residentSocialFee, {
  divisionCode: '321002005',
  level: 'town',
  department: '广陵区汤汪街道便民服务中心',
  popularity: 26,
  summary: '汤汪街道居民在便民服务中心“社保缴费帮办点”扫码自助缴费，帮办员现场指导，不用排队。',
  guide: {
    implementer: '国家税务总局扬州市广陵区税务局',
    acceptingUnit: '广陵区汤汪街道便民服务中心（社保缴费帮办点）',
    locations: [
      { name: '汤汪街道便民服务中心', address: '广陵区汤汪街道便民服务中心社保缴费帮办点', hours: HOURS_TOWN },
      { name: '“江苏税务”App / 微信“江苏税务社保缴费”', address: '网上缴费', hours: '7×24 小时' },
    ],
    process: [
      {
        name: '扫码进入',
        description: '用自己的手机扫帮办点二维码进入“江苏税务社保缴费”，帮办员指导输入身份信息。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '手机支付',
        description: '核对险种和年度后微信支付，缴费记录实时到账。',
        days: 0,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '在外地上学的孩子能在这里交吗？',
        a: '户籍在汤汪街道、在本市参加居民医保的学生可以由家长在手机上代缴；已在就读地参保的不要重复缴费。',
      },
      {
        q: '交完了怎么确认成功？',
        a: '支付完成后在“缴费记录”里能看到“缴费成功”，也可以在“我的江苏医保”或扬州医保公众号查询参保状态。',
      },
    ],
  },
})

const residentSocialFeeLiuzha = implAt(residentSocialFee, {
  divisionCode: '321012114',
  level: 'village',
  department: '江都区邵伯镇六闸村村民委员会',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 14,
  aliases: ['村里交医保', '村里代缴社保', '农保缴费'],
  keywords: ['协办员', '村代缴'],
  summary: '六闸村村民可找村便民服务站的社保协办员登记代缴，老人行动不便的协办员上门收取信息。',
  guide: {
    implementer: '国家税务总局扬州市江都区税务局',
    acceptingUnit: '邵伯镇六闸村便民服务站（社保协办员）',
    locations: [{ name: '六闸村便民服务站', address: '江都区邵伯镇六闸村党群服务中心一楼', hours: HOURS_VILLAGE }],
    process: [
      {
        name: '协办员登记',
        description: '村民带身份证或户口簿到村便民服务站，由协办员核对参保信息并登记缴费人名单。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '扫码缴费',
        description: '协办员用村民本人或家属手机完成扫码缴费，现场确认缴费成功。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '结果告知',
        description: '协办员将缴费名单交镇便民服务中心核对，未缴成功的逐一电话告知。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '低保户、特困人员也要自己交吗？',
        a: '特困人员、低保对象等困难群体的个人缴费由政府按规定全额或部分资助，协办员登记时会核对身份，请带上相关证明。',
      },
      {
        q: '协办员会收现金吗？',
        a: '不会。协办员只帮助操作，钱款通过缴费人本人手机或银行渠道直接缴入国库，请勿把现金交给任何个人。',
      },
    ],
  },
})

const taxCertificate: ServiceItemSeed = {
  baseCode: '200300600000',
  implCode: implCode('200300600000', '321000', 'city'),
  name: '开具税收完税证明',
  aliases: ['完税证明', '纳税证明', '个税证明', '打印完税证明', '买车买房纳税证明'],
  keywords: ['税收完税证明', '纳税记录', '个人所得税纳税记录', '文书式完税证明'],
  department: '国家税务总局扬州市税务局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal', 'legal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 68,
  summary: '个人在“个人所得税”App开具纳税记录，单位在电子税务局开具税收完税证明，带防伪校验码，可直接下载。',
  guide: {
    basis: [
      {
        law: '《国家税务总局关于将个人所得税〈税收完税证明〉（文书式）调整为〈纳税记录〉有关事项的公告》（2018年第55号）',
        article: '第一条',
        text: '从2019年1月1日起，纳税人申请开具税款所属期为2019年1月1日（含）以后的个人所得税缴（退）税情况证明的，税务机关不再开具《税收完税证明》（文书式），调整为开具《纳税记录》；…',
      },
    ],
    implementer: '国家税务总局扬州市税务局',
    acceptingUnit: '主管税务机关',
    conditions: ['申请开具的税款已缴纳入库。'],
    materials: [
      {
        name: '开具申请',
        form: '在线填写',
        copies: 1,
        source: 'App 或电子税务局在线选择',
        required: true,
        sample:
          '开具类型：个人所得税纳税记录；所属期间：2025年1月—2025年12月；用途：购房资格审核（可不填）；是否显示收入：是。',
        commonMistakes: [
          '外地购房要求“连续缴纳个税证明”，只选了几个月导致期间不连续。',
          '在“个人所得税”App误开了“收入纳税明细”截图，不带防伪校验码，部分单位不认可。',
        ],
      },
    ],
    process: [
      { name: '在线申请', description: '选择期间和税种提交。', days: 0, countsTowardLimit: true },
      { name: '生成下载', description: '即时生成带校验码的PDF，可在税务网站验真。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [ETAX, TAX_HALL],
    consultPhone: '12366',
    complaintPhone: '12366',
    intermediaries: [],
    delivery: ['PDF 即时下载', '办税服务厅打印'],
    faq: [
      {
        q: '买车交的车辆购置税能开证明吗？',
        a: '可以在电子税务局开具车辆购置税完税证明（电子版），车管所已与税务联网核验，上牌时一般无需纸质证明。',
      },
      {
        q: '纳税记录上显示的单位不是我的公司怎么办？',
        a: '可能被冒用身份申报收入，请在“个人所得税”App收入纳税明细中对该记录提出申诉。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const employerSocialRegistration: ServiceItemSeed = {
  baseCode: '200400100000',
  implCode: implCode('200400100000', '321000', 'city'),
  name: '单位社会保险登记（企业开办）',
  aliases: ['公司社保开户', '单位社保登记', '社保开户', '企业参保登记'],
  keywords: ['社会保险登记', '单位参保', '企业开办全链通', '用工备案', '职工参保'],
  department: '扬州市人力资源和社会保障局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 66,
  summary: '新设立单位在企业开办全链通平台勾选社保登记，成立后自动完成单位参保登记，随后网上为职工增员。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国社会保险法》',
        article: '第五十七条',
        text: '用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。社会保险经办机构应当自收到申请之日起十五日内予以审核，发给社会保险登记证件。…',
      },
      {
        law: '《中华人民共和国社会保险法》',
        article: '第五十八条',
        text: '用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。…',
      },
    ],
    implementer: '扬州市人力资源和社会保障局',
    acceptingUnit: '扬州市社会保险基金管理中心',
    conditions: ['已取得营业执照或登记证书。', '单位在扬州市辖区内注册或经营。'],
    materials: [
      {
        name: '单位社会保险登记信息',
        form: '在线填写',
        copies: 1,
        source: '企业开办全链通平台或江苏人社网上办事大厅填写',
        required: true,
        sample:
          '单位名称：扬州某某餐饮管理有限公司；统一社会信用代码：91321003MA××××××××；单位类型：企业；参保险种：企业职工基本养老、失业、工伤保险（医保由医保部门同步登记）；工伤行业类别：餐饮业（二类）；社保经办人：李某 139****5678。',
        commonMistakes: [
          '工伤保险行业类别选错，影响基准费率。',
          '银行账户填写与企业基本存款账户不一致，导致后续无法签订扣款协议。',
        ],
      },
    ],
    process: [
      {
        name: '全链通勾选',
        description: '设立登记时勾选“社保登记”，执照核准后信息推送社保经办机构。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '自动登记',
        description: '社保经办机构自动完成单位参保登记，生成单位社保编号。',
        days: 0.5,
        countsTowardLimit: true,
      },
      {
        name: '职工增员',
        description: '单位登录江苏人社网上办事大厅为招用职工办理参保登记（增员），并在税务端申报缴费。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 0.5,
    fee: { charged: false },
    locations: [
      ONLINE_JS,
      { name: '江苏人社网上办事大厅（单位）', address: '网上办理', hours: '7×24 小时' },
      { name: '扬州市政务服务中心人社窗口', address: CITY_HALL.address, hours: HOURS },
    ],
    consultPhone: '12333',
    complaintPhone: '12333',
    intermediaries: [],
    delivery: ['单位社保编号短信告知', '网上办事大厅查询'],
    faq: [
      {
        q: '公司只有老板一个人，要办社保登记吗？',
        a: '单位成立后应办理社会保险登记；有招用职工的，自用工之日起30日内为职工参保。',
      },
      {
        q: '社保费交给谁？',
        a: '社保登记在人社部门，费款由税务部门征收。单位在电子税务局或社保费管理客户端按月申报缴纳。',
      },
    ],
    updatedAt: UPDATED,
  },
}

export const businessItems2: ServiceItemSeed[] = [
  soleTrader,
  soleTraderJiangdu,
  soleTraderXiannv,
  soleTraderAnyi,
  soleTraderGeyuan,
  soleTraderDeregister,
  soleTraderDeregisterJiangwang,
  specialEquipment,
  measurementStandard,
  trademarkPledge,
  newTaxpayer,
  newTaxpayerJiangdu,
  invoice,
  iitAnnual,
  deedTax,
  residentSocialFee,
  residentSocialFeeShaobo,
  residentSocialFeeTangwang,
  residentSocialFeeLiuzha,
  taxCertificate,
  employerSocialRegistration,
]
