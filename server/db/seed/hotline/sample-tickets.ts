import type { HotlineCategorySeed } from './types'

/** 诉求类型: 咨询/求助/投诉/举报/建议. */
export type SampleTicketType = HotlineCategorySeed['types'][number]

/** Where a sample ticket is in its lifecycle (the seed uses only the main path, no returned/merged/reopened). */
export type SampleTicketStatus = 'submitted' | 'accepted' | 'assigned' | 'replied' | 'closed'

/** 好差评 five levels. */
export type SampleTicketRating = '非常满意' | '满意' | '基本满意' | '不满意' | '非常不满意'

export interface SampleTicketSeed {
  /** A `serviceCode` from `hotlineCategories`. */
  serviceCode: string
  type: SampleTicketType
  title: string
  /** 30–200 characters, as a resident writes it. */
  description: string
  /** 6-digit county-level code from yangzhou-divisions.json. */
  districtCode: string
  /** 9-digit town/street code, a child of `districtCode`. */
  townCode: string
  address: string
  /** Submitted this many days before the seed runs. */
  daysAgo: number
  status: SampleTicketStatus
  /** The department's answer (status replied or closed), signed by the department. */
  reply?: string
  /** The resident's rating (closed tickets only; a closed ticket may be unrated). */
  rating?: SampleTicketRating
}

/**
 * Demo tickets, anonymised and invented (no real people, no phone numbers; businesses are “某…”). Several form
 * clusters of open tickets with the same category and district, for the “similar tickets / 我也遇到了” feature:
 * 蒋王街道夜间施工, 曲江街道路灯, 文汇街道餐饮油烟, 仙女镇停水.
 */
export const sampleTickets: SampleTicketSeed[] = [
  // ── 城市管理 ──
  {
    serviceCode: 'URBAN_NIGHT_CONSTRUCTION',
    type: '投诉',
    title: '蒋王街道某工地连续多晚凌晨浇筑混凝土',
    description:
      '邗江区百祥路附近一处在建楼盘工地，这周连续三个晚上从十一点一直干到凌晨三点，泵车和振动棒声音很大，小区靠近工地的几栋楼都睡不好，工地门口没看到夜间施工的公示。',
    districtCode: '321003',
    townCode: '321003002',
    address: '邗江区蒋王街道百祥路某在建项目南侧',
    daysAgo: 21,
    status: 'closed',
    reply:
      '您好！经核查，该项目夜间浇筑未取得夜间施工证明，执法人员已于当晚到场责令停止施工，并对施工单位立案调查。今后如需连续作业须依法办理证明并公示。感谢您的监督。——扬州市城市管理局',
    rating: '满意',
  },
  {
    serviceCode: 'URBAN_NIGHT_CONSTRUCTION',
    type: '投诉',
    title: '百祥路工地又在半夜施工',
    description:
      '上次反映过以后安静了两周，这两天晚上十二点以后又开始施工，有切割声和渣土车进出的声音，家里有老人小孩，希望再去查一下。',
    districtCode: '321003',
    townCode: '321003002',
    address: '邗江区蒋王街道百祥路某小区东门',
    daysAgo: 2,
    status: 'assigned',
  },
  {
    serviceCode: 'URBAN_NIGHT_CONSTRUCTION',
    type: '举报',
    title: '蒋王某工地夜间渣土车进出',
    description:
      '昨晚十一点半到两点左右，工地里渣土车一辆接一辆进出，路面全是泥，车斗没有盖严，轰鸣声很吵，想知道他们有没有夜间施工许可。',
    districtCode: '321003',
    townCode: '321003002',
    address: '邗江区蒋王街道百祥路与某路交叉口工地大门',
    daysAgo: 0,
    status: 'submitted',
  },
  {
    serviceCode: 'URBAN_CONSTRUCTION_NOISE',
    type: '投诉',
    title: '文汇街道工地白天打桩震得窗户响',
    description:
      '经开区文汇路附近新开的工地这几天一直在打桩，早上七点不到就开始，整天咚咚响，家里窗户都在震，中午也不停，请相关部门管一管施工时间。',
    districtCode: '321071',
    townCode: '321071051',
    address: '扬州经济技术开发区文汇街道文汇南路某工地',
    daysAgo: 6,
    status: 'replied',
    reply:
      '您好！经现场检查，该项目正在进行桩基施工，已要求施工单位午间 12:00–14:00 及 22:00 后停止高噪声作业，并采用静压桩工艺减少震动。后续将加强巡查。——扬州市住房和城乡建设局',
  },
  {
    serviceCode: 'URBAN_STREETLIGHT',
    type: '求助',
    title: '曲江街道运河西路一段路灯不亮',
    description:
      '广陵区运河西路靠近某小区这一段大概有五六盏路灯晚上都不亮，已经一个多星期了，晚上骑电动车很黑，行人也看不清路。',
    districtCode: '321002',
    townCode: '321002004',
    address: '广陵区曲江街道运河西路某小区西侧人行道',
    daysAgo: 30,
    status: 'closed',
    reply:
      '您好！经排查为地下电缆老化导致该段 6 盏路灯断电，维修人员已更换电缆，路灯已于次日晚恢复正常照明。感谢您的反映。——扬州市城市管理局',
    rating: '非常满意',
  },
  {
    serviceCode: 'URBAN_STREETLIGHT',
    type: '求助',
    title: '运河西路路灯又有几盏不亮了',
    description:
      '曲江街道运河西路靠近公交站台的三盏路灯这几天晚上不亮，其中一盏灯杆上的编号看不清，公交站那边晚上很黑，希望尽快修一下。',
    districtCode: '321002',
    townCode: '321002004',
    address: '广陵区曲江街道运河西路某公交站台旁',
    daysAgo: 1,
    status: 'accepted',
  },
  {
    serviceCode: 'URBAN_CATERING_FUMES',
    type: '投诉',
    title: '文汇街道烧烤店油烟直冲居民楼',
    description:
      '小区底商一家烧烤店晚上六点到凌晨一直在后门露天烤串，油烟没有任何处理直接往上飘，二楼到五楼都不敢开窗，衣服也不能晾。',
    districtCode: '321071',
    townCode: '321071051',
    address: '扬州经济技术开发区文汇街道某小区沿街商铺',
    daysAgo: 40,
    status: 'closed',
    reply:
      '您好！执法队员现场检查发现该店存在露天烧烤、油烟净化设施未正常使用的问题，已责令立即停止露天烧烤并限期整改，复查时已加装净化器并改为室内经营。——扬州市城市管理局',
    rating: '基本满意',
  },
  {
    serviceCode: 'URBAN_CATERING_FUMES',
    type: '投诉',
    title: '文汇南路饭店排烟口对着住户窗户',
    description:
      '文汇南路一家新开的饭店把排烟口装在楼道侧面，正对我们家厨房窗户，中午和晚上做菜时油烟味很重，风机声音也大。',
    districtCode: '321071',
    townCode: '321071051',
    address: '扬州经济技术开发区文汇街道文汇南路某饭店',
    daysAgo: 3,
    status: 'assigned',
  },
  {
    serviceCode: 'URBAN_STREET_VENDING',
    type: '投诉',
    title: '文峰街道学校门口早点摊占道',
    description:
      '渡江南路某小学门口每天早上有好几个早点摊推车摆在人行道上，学生和家长只能走到机动车道上，早高峰特别危险。',
    districtCode: '321002',
    townCode: '321002003',
    address: '广陵区文峰街道渡江南路某小学大门东侧',
    daysAgo: 15,
    status: 'closed',
    reply:
      '您好！街道城管中队已在上学时段安排队员定点值守，劝导摊主入店经营或到附近规范摊点经营，目前人行道已恢复通行。——扬州市城市管理局（文峰街道办事处承办）',
    rating: '满意',
  },
  {
    serviceCode: 'URBAN_MANHOLE',
    type: '求助',
    title: '西湖街道路边窨井盖没了',
    description:
      '今天下午路过发现路边非机动车道上一个井盖不见了，井口敞开着，旁边只放了一个塑料桶，晚上很容易有人掉下去，请尽快处理。',
    districtCode: '321003',
    townCode: '321003011',
    address: '邗江区西湖街道某路与某路交叉口北侧非机动车道',
    daysAgo: 12,
    status: 'closed',
    reply:
      '您好！接单后维护人员 2 小时内到场设置围挡警示，当晚已安装防坠网并更换新井盖。该井为雨水井，已纳入日常巡查。——扬州市城市管理局',
    rating: '非常满意',
  },
  {
    serviceCode: 'URBAN_WASTE_COLLECTION',
    type: '投诉',
    title: '高邮街道小区门口垃圾桶三天没人清',
    description:
      '高邮城区某小区南门口的几个垃圾桶已经满了三天，垃圾堆到地上，天热有味道还招苍蝇，不知道是不是换了清运公司。',
    districtCode: '321084',
    townCode: '321084001',
    address: '高邮市高邮街道某小区南门',
    daysAgo: 9,
    status: 'closed',
    reply:
      '您好！经了解，该片区清运车辆故障导致清运中断，已于当天调配车辆清运完毕，并要求作业单位每日两次清运、做好周边保洁。——扬州市城市管理局（高邮市城市管理局承办）',
    rating: '满意',
  },
  {
    serviceCode: 'URBAN_ILLEGAL_BUILDING',
    type: '举报',
    title: '汶河街道某小区顶楼住户在楼顶搭房子',
    description:
      '我们单元顶楼住户最近在楼顶平台上用彩钢板搭了一间房，还在继续往外扩，楼顶是公共部位，担心影响防水和楼体安全。',
    districtCode: '321002',
    townCode: '321002002',
    address: '广陵区汶河街道某小区某栋楼顶',
    daysAgo: 10,
    status: 'replied',
    reply:
      '您好！经现场核实，该户在楼顶公共部位搭建彩钢板房约 20 平方米，未取得规划许可，已下达责令限期拆除通知书，逾期不拆将依法处理。——扬州市城市管理局',
  },
  {
    serviceCode: 'URBAN_SHARED_BIKE',
    type: '投诉',
    title: '瘦西湖街道公交站旁共享单车堆成山',
    description: '瘦西湖附近一个公交站台旁边每到周末就堆着几十辆共享单车，把盲道和站台都占了，等车只能站在马路上。',
    districtCode: '321003',
    townCode: '321003052',
    address: '邗江区瘦西湖街道某公交站台',
    daysAgo: 18,
    status: 'closed',
    reply:
      '您好！已通知相关运营企业现场清理调运车辆，并在该处增设电子围栏停放点，节假日增派运维人员。——扬州市城市管理局',
    rating: '满意',
  },
  {
    serviceCode: 'SAFETY_FLOOD',
    type: '求助',
    title: '文峰街道下穿通道暴雨后积水',
    description:
      '今天下午暴雨以后，附近的下穿通道积水快到膝盖了，有电动车在里面熄火，通道口没有人提醒，请尽快排水并设置警示。',
    districtCode: '321002',
    townCode: '321002003',
    address: '广陵区文峰街道某下穿通道',
    daysAgo: 44,
    status: 'closed',
    reply:
      '您好！接单后排水抢险队伍已到场启用移动泵车排水，通道临时封闭并设置警示，约 2 小时后恢复通行。后续将对该处排水泵站进行检修。——扬州市城市管理局',
    rating: '满意',
  },

  // ── 交通出行 ──
  {
    serviceCode: 'TRANSPORT_BUS',
    type: '建议',
    title: '建议甘泉方向公交增加早高峰班次',
    description:
      '每天早上七点到八点在甘泉这边坐公交进城上班，车子到站基本都是满的，经常要等两三班才能挤上去，建议早高峰加密班次或者开区间车。',
    districtCode: '321003',
    townCode: '321003007',
    address: '邗江区甘泉街道某公交站',
    daysAgo: 35,
    status: 'closed',
    reply:
      '您好！感谢您的建议。经客流调查，已安排该线路工作日 7:00–8:30 增加 2 个班次，高峰间隔由 12 分钟缩短至 8 分钟，自下周一起执行。——扬州市交通运输局',
    rating: '基本满意',
  },
  {
    serviceCode: 'TRANSPORT_TAXI',
    type: '投诉',
    title: '东关街打出租车司机不打表一口价',
    description:
      '晚上九点多在东关街口打了一辆出租车到火车站，司机不肯打表，说一口价五十，下车时没给发票，车牌号已经记下来了。',
    districtCode: '321002',
    townCode: '321002001',
    address: '广陵区东关街道东关街西口',
    daysAgo: 25,
    status: 'closed',
    reply:
      '您好！经调取车载监控核实，该驾驶员存在不按规定使用计价器的行为，已依法处罚并责令退还多收费用，所属公司对其停岗培训。——扬州市交通运输局',
    rating: '满意',
  },
  {
    serviceCode: 'TRANSPORT_ROAD_DAMAGE',
    type: '求助',
    title: '仙女镇长江路非机动车道有大坑',
    description:
      '江都长江路某路口往东一百米左右，非机动车道上有一个一米多宽的坑，下雨积水看不见，已经看到有人骑车摔倒了。',
    districtCode: '321012',
    townCode: '321012100',
    address: '江都区仙女镇长江路某路口东侧非机动车道',
    daysAgo: 14,
    status: 'closed',
    reply:
      '您好！养护单位已于接单当日设置警示并用沥青冷补料临时修补，次日完成铣刨重铺。感谢您的反映。——扬州市城市管理局（江都区城市管理局承办）',
    rating: '满意',
  },
  {
    serviceCode: 'TRANSPORT_TRAFFIC_SIGNAL',
    type: '求助',
    title: '双桥街道路口红绿灯一直黄闪',
    description: '今天早上开始双桥路附近一个十字路口的红绿灯一直黄闪，早高峰车很多，几个方向的车都抢着走，很容易出事。',
    districtCode: '321003',
    townCode: '321003005',
    address: '邗江区双桥街道某路与双桥路交叉口',
    daysAgo: 7,
    status: 'closed',
    reply: '您好！经检查为信号机控制板故障，已于当日更换恢复正常，故障期间安排交警现场指挥。——扬州市公安局',
    rating: '非常满意',
  },
  {
    serviceCode: 'TRANSPORT_PARKING',
    type: '投诉',
    title: '汶河街道菜场门口车辆长期堵路',
    description:
      '每天上午菜场门口路两边都停满了车，还有车停在人行道上，中间只剩一条车道，公交车都过不去，希望加强管理。',
    districtCode: '321002',
    townCode: '321002002',
    address: '广陵区汶河街道某农贸市场门口',
    daysAgo: 4,
    status: 'replied',
    reply:
      '您好！交警部门已安排上午 7:00–10:00 加强巡查，对违停车辆依法处理，并协调在附近空地设置临时停车泊位。——扬州市公安局',
  },

  // ── 住房物业 ──
  {
    serviceCode: 'HOUSING_PROPERTY_SERVICE',
    type: '投诉',
    title: '梅岭街道某小区物业长期不打扫楼道',
    description:
      '我们小区交了物业费，但楼道几个月没人打扫，灰很大，单元门禁坏了一个多月也没人修，找物业只说会安排，一直没有动静。',
    districtCode: '321003',
    townCode: '321003006',
    address: '邗江区梅岭街道某小区',
    daysAgo: 28,
    status: 'closed',
    reply:
      '您好！已约谈该小区物业服务企业，要求按合同约定恢复楼道保洁频次，门禁已于本周维修。社区将督促物业每月公示服务情况。——扬州市住房和城乡建设局',
    rating: '不满意',
  },
  {
    serviceCode: 'HOUSING_ELEVATOR',
    type: '求助',
    title: '仙女镇某小区电梯一周停了三次',
    description:
      '我们这栋楼只有一部电梯，这一周停了三次，还有一次困了人，住十几楼的老人上下楼很困难，维保单位来修完过两天又坏。',
    districtCode: '321012',
    townCode: '321012100',
    address: '江都区仙女镇某小区某栋',
    daysAgo: 11,
    status: 'closed',
    reply:
      '您好！经检查，该电梯门机系统老化导致频繁故障，已责令维保单位更换门机部件并加密维保，使用单位已申请专项维修资金安排大修。——扬州市市场监督管理局',
    rating: '满意',
  },
  {
    serviceCode: 'HOUSING_OLD_COMMUNITY',
    type: '咨询',
    title: '东关街道老小区什么时候改造',
    description:
      '我家住在东关街道一个九十年代的老小区，雨污管道经常堵，外墙也脱落了，想问一下今年有没有列入老旧小区改造计划。',
    districtCode: '321002',
    townCode: '321002001',
    address: '广陵区东关街道某老旧小区',
    daysAgo: 45,
    status: 'closed',
    reply:
      '您好！经查询，该小区已列入今年老旧小区改造计划，内容包括雨污分流、外立面修缮等，预计下半年开工，开工前社区将征求居民意见。——扬州市住房和城乡建设局',
    rating: '满意',
  },
  {
    serviceCode: 'HOUSING_LEAK',
    type: '求助',
    title: '安宜镇顶楼屋面漏水',
    description:
      '我家住顶楼，最近下了几场雨，卧室天花板大面积渗水发霉，房子交付不到三年，开发商说要等物业报修，物业又说找开发商。',
    districtCode: '321023',
    townCode: '321023100',
    address: '宝应县安宜镇某小区某栋顶楼',
    daysAgo: 5,
    status: 'assigned',
  },
  {
    serviceCode: 'HOUSING_RENTAL',
    type: '投诉',
    title: '扬子津街道中介退租不退押金',
    description:
      '通过一家中介租的房子，合同到期正常退租，房子也检查过了，但中介一直拖着不退两个月押金，打电话要么不接要么说再等等。',
    districtCode: '321071',
    townCode: '321071050',
    address: '扬州经济技术开发区扬子津街道某小区',
    daysAgo: 33,
    status: 'closed',
    reply: '您好！经约谈该房产经纪机构，已于调解当日退还押金。我局将把该机构列入重点监管名单。——扬州市住房和城乡建设局',
    rating: '基本满意',
  },

  // ── 劳动社保 ──
  {
    serviceCode: 'LABOR_WAGE_ARREARS',
    type: '求助',
    title: '真州镇工地拖欠十几名工人工资',
    description:
      '我们十四个人在仪征真州镇一个工地干木工，干了三个月，包工头一直说等结算，现在工程快结束了还欠两个多月工资，总共十二万多。',
    districtCode: '321081',
    townCode: '321081100',
    address: '仪征市真州镇某在建住宅项目',
    daysAgo: 20,
    status: 'closed',
    reply:
      '您好！劳动保障监察机构已约谈总包单位和劳务分包负责人，通过农民工工资专用账户足额支付 14 名工人工资。如仍有未结清情况请及时反映。——扬州市人力资源和社会保障局',
    rating: '非常满意',
  },
  {
    serviceCode: 'LABOR_WAGE_ARREARS',
    type: '投诉',
    title: '安宜镇一家餐饮店拖欠离职员工工资',
    description: '我上个月从宝应城区一家饭店离职，老板说工资月底结，到现在快一个月了还没给，微信也不回，欠了四千多块。',
    districtCode: '321023',
    townCode: '321023100',
    address: '宝应县安宜镇某餐饮店',
    daysAgo: 8,
    status: 'replied',
    reply:
      '您好！县劳动保障监察大队已联系用人单位负责人，对方承诺于本周五前支付，我们将跟踪到位。——扬州市人力资源和社会保障局',
  },
  {
    serviceCode: 'LABOR_SOCIAL_INSURANCE',
    type: '咨询',
    title: '离职后灵活就业怎么接着交社保',
    description:
      '我在江都一家公司上班，下个月离职，想问一下离职以后以灵活就业人员身份继续交养老和医保，需要去哪里办，能不能网上办。',
    districtCode: '321012',
    townCode: '321012100',
    address: '江都区仙女镇',
    daysAgo: 16,
    status: 'closed',
    reply:
      '您好！单位办理减员后，您可通过“江苏智慧人社”App 或到江都区政务服务中心社保窗口办理灵活就业人员参保登记，缴费可通过税务渠道缴纳。——扬州市人力资源和社会保障局',
    rating: '满意',
  },
  {
    serviceCode: 'LABOR_MEDICAL_INSURANCE',
    type: '咨询',
    title: '去外地女儿家长住怎么办异地就医',
    description:
      '我是高邮的退休职工，今年要去外地女儿家住大半年，想问医保异地就医备案怎么办，在外地看病能不能直接刷卡结算。',
    districtCode: '321084',
    townCode: '321084001',
    address: '高邮市高邮街道',
    daysAgo: 13,
    status: 'closed',
    reply:
      '您好！您可通过国家医保服务平台 App 或“江苏医保云”办理异地长期居住备案，备案后在当地定点医疗机构可直接结算。——扬州市医疗保障局',
    rating: '非常满意',
  },

  // ── 教育 ──
  {
    serviceCode: 'EDU_ENROLLMENT',
    type: '咨询',
    title: '新买的房子对应哪个小学施教区',
    description:
      '我们在文峰街道买了二手房，户口还没迁过来，孩子明年上小学，想问一下这个小区对应的施教区学校，户口和房产需要满多久。',
    districtCode: '321002',
    townCode: '321002003',
    address: '广陵区文峰街道某小区',
    daysAgo: 60,
    status: 'closed',
    reply:
      '您好！该小区属某小学施教区。具体入学条件以当年发布的招生公告为准，一般须房产与户籍一致，招生公告发布后可在区教育局网站查询。——扬州市教育局',
    rating: '满意',
  },
  {
    serviceCode: 'EDU_OFF_CAMPUS_TRAINING',
    type: '投诉',
    title: '双桥街道某培训机构关门不退费',
    description:
      '给孩子报了一个美术培训班，交了一年的课时费六千多，上了十节课机构突然关门了，老师和负责人都联系不上，好多家长都一样。',
    districtCode: '321003',
    townCode: '321003005',
    address: '邗江区双桥街道某商业楼二楼',
    daysAgo: 50,
    status: 'closed',
    reply:
      '您好！经查，该机构已停业，区教育局会同市场监管、公安等部门已联系到负责人，现正组织家长登记并分批退费，涉嫌违法的已移交公安机关。——扬州市教育局',
    rating: '基本满意',
  },

  // ── 医疗卫生 ──
  {
    serviceCode: 'HEALTH_MEDICAL_SERVICE',
    type: '建议',
    title: '建议医院增加周末儿科门诊',
    description:
      '周末带孩子去某医院看儿科，只开了两个诊室，排了三个多小时，孩子发烧一直在哭，建议周末和节假日多开几个儿科诊室。',
    districtCode: '321002',
    townCode: '321002002',
    address: '广陵区汶河街道某医院',
    daysAgo: 23,
    status: 'closed',
    reply:
      '您好！感谢您的建议。该院已自本月起在周末增开 2 个儿科诊室，并开放线上分时段预约，减少候诊时间。——扬州市卫生健康委员会',
    rating: '满意',
  },
  {
    serviceCode: 'HEALTH_VACCINATION',
    type: '咨询',
    title: '社区医院HPV疫苗怎么预约',
    description:
      '想在仪征城区给女儿打HPV疫苗，听说有免费接种政策，想问一下适用年龄、在哪里预约，社区卫生服务中心能不能打。',
    districtCode: '321081',
    townCode: '321081100',
    address: '仪征市真州镇',
    daysAgo: 22,
    status: 'closed',
    reply:
      '您好！适龄女生免费接种由学校统一组织，其他人群可直接联系辖区社区卫生服务中心接种门诊预约，具体以接种门诊告知为准。——扬州市卫生健康委员会',
  },

  // ── 市场监管 ──
  {
    serviceCode: 'MARKET_FOOD_SAFETY',
    type: '投诉',
    title: '东关街小吃店包子里吃出异物',
    description:
      '周六中午在东关街一家小吃店买的包子，吃到一半发现里面有一段塑料绳，当时就找店家，店家态度很差不肯处理，小票和照片都留着。',
    districtCode: '321002',
    townCode: '321002001',
    address: '广陵区东关街道东关街某小吃店',
    daysAgo: 17,
    status: 'closed',
    reply:
      '您好！执法人员已对该店进行检查，责令其整改原料处理流程，经调解商家已向您道歉并按规定赔偿。——扬州市市场监督管理局',
    rating: '满意',
  },
  {
    serviceCode: 'MARKET_PRICE_FRAUD',
    type: '投诉',
    title: '东关街特产店结账价和标价不一样',
    description: '在东关街一家特产店买了三盒点心，货架上标的一盒六十八，结账时按八十八算的，说标价是旧的，没有给小票。',
    districtCode: '321002',
    townCode: '321002001',
    address: '广陵区东关街道东关街某特产店',
    daysAgo: 26,
    status: 'closed',
    reply: '您好！经查，该店存在价签未及时更新、结算价高于标价的问题，已责令退还差价并立案调查。——扬州市市场监督管理局',
    rating: '满意',
  },
  {
    serviceCode: 'MARKET_PREPAID_CARD',
    type: '投诉',
    title: '西湖街道健身房转让后不认会员卡',
    description:
      '在西湖街道一家健身房办了两年卡，还剩一年多，最近说店转给别人了，新老板不认以前的卡，要么重新办卡要么自己找原老板。',
    districtCode: '321003',
    townCode: '321003011',
    address: '邗江区西湖街道某商业广场健身房',
    daysAgo: 9,
    status: 'replied',
    reply:
      '您好！已约谈新老经营者，双方同意对原会员按剩余期限继续提供服务或按比例退费，请您携带凭证到店办理。——扬州市市场监督管理局',
  },

  // ── 环境保护 ──
  {
    serviceCode: 'ENV_INDUSTRIAL_EMISSION',
    type: '举报',
    title: '青山镇晚上有很重的化学臭味',
    description:
      '最近一个月经常在晚上九点以后闻到很刺鼻的化学味，阴天更重，开着窗睡觉会被熏醒，怀疑是附近厂里晚上偷偷排气。',
    districtCode: '321081',
    townCode: '321081150',
    address: '仪征市青山镇某居民区',
    daysAgo: 19,
    status: 'closed',
    reply:
      '您好！经夜间突击检查及走航监测，发现一家企业废气处理设施运行不正常，已责令停产整改并立案查处，后续将加强夜间巡查。——扬州市生态环境局',
    rating: '基本满意',
  },
  {
    serviceCode: 'ENV_SOCIAL_NOISE',
    type: '投诉',
    title: '汤汪街道小区广场舞音响太吵',
    description:
      '小区中心广场每天晚上七点到九点半跳广场舞，音响开得很大，隔着关好的窗户都听得很清楚，家里孩子要写作业，希望能调小音量。',
    districtCode: '321002',
    townCode: '321002005',
    address: '广陵区汤汪街道某小区中心广场',
    daysAgo: 10,
    status: 'closed',
    reply: '您好！社区民警会同社区、物业与跳舞团队协商，约定音量控制并于晚 8:30 结束，已安排回访。——扬州市公安局',
    rating: '满意',
  },
  {
    serviceCode: 'ENV_RIVER_WATER',
    type: '投诉',
    title: '湾头镇一段河道发黑有死鱼',
    description:
      '湾头镇古运河边上靠近村子的一条支河，这几天水发黑发臭，水面上漂着不少死鱼和垃圾，附近居民散步都绕着走。',
    districtCode: '321002',
    townCode: '321002106',
    address: '广陵区湾头镇古运河某支河',
    daysAgo: 29,
    status: 'closed',
    reply:
      '您好！经河长办组织排查，系上游一处雨水管混接排入生活污水所致，已完成管道改造，并对河面进行清捞、活水补水，水质已好转。——扬州市水利局',
    rating: '满意',
  },
  {
    serviceCode: 'ENV_DUST',
    type: '投诉',
    title: '八里镇渣土车带泥上路灰很大',
    description:
      '八里镇这边有个工地的渣土车每天进出，车轮上的泥带到马路上，晴天一过车就是一片灰，路边商铺和住户窗台上全是土。',
    districtCode: '321071',
    townCode: '321071151',
    address: '扬州经济技术开发区八里镇某工地出入口',
    daysAgo: 1,
    status: 'accepted',
  },

  // ── 公共安全 ──
  {
    serviceCode: 'SAFETY_FIRE_HAZARD',
    type: '举报',
    title: '邗上街道有住户从楼上拉线给电动车充电',
    description:
      '我们单元三楼住户每天晚上从窗户拉一根电线下来给楼下的电动车充电，插座就挂在外面，下雨也不收，担心起火。',
    districtCode: '321003',
    townCode: '321003001',
    address: '邗江区邗上街道某小区某栋',
    daysAgo: 8,
    status: 'closed',
    reply:
      '您好！消防救援人员会同社区上门核查，已拆除飞线并对住户进行消防安全教育，小区已规划集中充电车棚。——扬州市消防救援支队',
    rating: '非常满意',
  },

  // ── 水电气热 ──
  {
    serviceCode: 'UTILITY_WATER_OUTAGE',
    type: '求助',
    title: '仙女镇某小区突然停水',
    description:
      '江都仙女镇某小区从今天早上六点开始停水，事先没有看到任何通知，整个小区都没水，到现在中午了还没来水，什么时候能恢复？',
    districtCode: '321012',
    townCode: '321012100',
    address: '江都区仙女镇某小区',
    daysAgo: 3,
    status: 'closed',
    reply:
      '您好！因小区周边供水主管道突发爆管，抢修人员已到场抢修，已于当日 16 时恢复供水，期间安排送水车临时供水。给您带来不便，敬请谅解。——扬州市自来水有限责任公司',
    rating: '满意',
  },
  {
    serviceCode: 'UTILITY_WATER_OUTAGE',
    type: '求助',
    title: '仙女镇停水后来水一直发黄',
    description:
      '前天停水修管道，来水以后到现在水龙头放出来的水还是黄的，放了半天也不清，不敢用来做饭，请派人来看一下。',
    districtCode: '321012',
    townCode: '321012100',
    address: '江都区仙女镇某小区某栋',
    daysAgo: 1,
    status: 'replied',
    reply:
      '您好！抢修后管网内沉积物泛起导致水色发黄，已对该片区管网进行冲洗排放，水质检测合格。如仍发黄请打开水龙头放水几分钟。——扬州市自来水有限责任公司',
  },
  {
    serviceCode: 'UTILITY_POWER_OUTAGE',
    type: '求助',
    title: '安宜镇几栋楼晚上突然停电',
    description:
      '宝应城区某小区晚上八点左右突然停电，好几栋楼都黑了，天很热家里有老人，打了几次电话没打通，想问什么时候来电。',
    districtCode: '321023',
    townCode: '321023100',
    address: '宝应县安宜镇某小区',
    daysAgo: 6,
    status: 'closed',
    reply:
      '您好！经查为小区配电变压器低压侧故障，抢修人员已于当晚 22 时恢复供电，后续将对该台区设备进行增容改造。——国网扬州供电公司',
    rating: '非常满意',
  },
  {
    serviceCode: 'UTILITY_WATER_PRESSURE',
    type: '投诉',
    title: '邗上街道高层晚上水压太低',
    description:
      '我家住十八楼，每天晚上七点到十点水压特别低，热水器经常打不着火，洗澡洗到一半就没热水了，问了邻居也一样。',
    districtCode: '321003',
    townCode: '321003001',
    address: '邗江区邗上街道某小区某栋十八楼',
    daysAgo: 2,
    status: 'assigned',
  },

  // ── 民政、政务服务、农业农村、文化旅游 ──
  {
    serviceCode: 'CIVIL_ELDERLY_CARE',
    type: '咨询',
    title: '高龄老人能不能申请居家上门服务',
    description:
      '我父亲八十五岁，一个人住在高邮城区，行动不太方便，想问一下政府有没有居家养老上门服务或者助餐，怎么申请。',
    districtCode: '321084',
    townCode: '321084001',
    address: '高邮市高邮街道某社区',
    daysAgo: 24,
    status: 'closed',
    reply:
      '您好！符合条件的高龄、失能老人可向所在社区申请居家养老服务补贴，社区也设有老年助餐点，可持身份证到社区登记。——扬州市民政局',
    rating: '满意',
  },
  {
    serviceCode: 'GOV_SERVICE_EFFICIENCY',
    type: '投诉',
    title: '办营业执照变更跑了三趟',
    description:
      '在宝应县政务服务中心办个体户营业执照变更，第一次说缺材料，第二次说表格填错，第三次才办好，每次都没有一次性告知。',
    districtCode: '321023',
    townCode: '321023100',
    address: '宝应县政务服务中心',
    daysAgo: 31,
    status: 'closed',
    reply:
      '您好！经核实，窗口工作人员未落实一次性告知制度，已对相关人员批评教育，并在窗口公示该事项完整材料清单。——扬州市行政审批局',
    rating: '基本满意',
  },
  {
    serviceCode: 'AGRI_LAND_CONTRACT',
    type: '咨询',
    title: '三垛镇承包地流转费一直没给',
    description:
      '我家的承包地三年前流转给村里统一租给种植大户，去年和今年的流转费都没发，问村里说大户没给钱，想问这种情况该找谁。',
    districtCode: '321084',
    townCode: '321084108',
    address: '高邮市三垛镇某村某组',
    daysAgo: 12,
    status: 'replied',
    reply:
      '您好！镇农经部门已介入，督促村集体与经营主体核对流转费用，制定分期支付方案。如协商不成可申请农村土地承包仲裁。——扬州市农业农村局',
  },
  {
    serviceCode: 'AGRI_RURAL_ENVIRONMENT',
    type: '投诉',
    title: '射阳湖镇养猪场粪水流进河沟',
    description: '村边一个养猪场的粪水直接排到旁边的河沟里，夏天味道很大，河沟里的水都变黑了，周边农户意见很大。',
    districtCode: '321023',
    townCode: '321023104',
    address: '宝应县射阳湖镇某村某组',
    daysAgo: 27,
    status: 'closed',
    reply:
      '您好！经现场核查，该养殖场粪污处理设施不完善，已责令其停止直排、建设粪污收集池，并会同生态环境部门跟踪整改。——扬州市农业农村局',
    rating: '满意',
  },
  {
    serviceCode: 'TOURISM_SCENIC_AREA',
    type: '投诉',
    title: '瘦西湖游船排队时间太长',
    description: '国庆期间在瘦西湖坐游船排了两个多小时，现场指引混乱，有人插队也没人管，建议增加船只和分时段预约。',
    districtCode: '321003',
    townCode: '321003052',
    address: '邗江区瘦西湖街道瘦西湖景区游船码头',
    daysAgo: 37,
    status: 'closed',
    reply:
      '您好！感谢您的反馈。景区已在节假日推行游船分时段线上预约，增派现场引导人员，并增加高峰时段船只投放。——扬州市文化广电和旅游局',
    rating: '基本满意',
  },
]
