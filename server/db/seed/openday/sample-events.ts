import type { SelectionMode } from '../../../../types/openday-states'

/** One session (场次) of a demo open day: days after the seed day, local (Asia/Shanghai) times. */
export interface SampleSessionSeed {
  day: number
  start: string
  end: string
  capacity: number
  reserved?: number
}

/** A demo 政府开放日 (开发用): dates are relative to the day the seed runs, so the list always has something to show. */
export interface SampleEventSeed {
  /** Department code from departments.ts. */
  department: string
  title: string
  theme: string
  description: string
  venueName: string
  venueAddress: string
  lat: number
  lng: number
  directions: string
  accessibility: string
  whatToBring: string
  minAge?: number
  maxAge?: number
  contactPhone: string
  selectionMode: SelectionMode
  /** Registration opens / closes this many days after the seed day (negative: before), at 09:00 / 17:00. */
  opensDay: number
  closesDay: number
  status: 'published' | 'finished'
  sessions: SampleSessionSeed[]
}

const ID_CARD = '请携带本人居民身份证（或报名时登记的证件）原件，入场时核验；同行人员同样需要。'

/**
 * Eight open days across the departments the seed (四(十二)) names as close to people's livelihood: 12345, 110,
 * 污水处理, 自来水, 税务, 消防, 政务服务中心, and one that already took place.
 */
export const sampleEvents: SampleEventSeed[] = [
  {
    department: '3210-12345',
    title: '走进12345：听一听热线背后的声音',
    theme: '热线接听、工单流转和办理督办全过程',
    description:
      '参观12345政府服务热线受理大厅，了解一个电话从接听、派单到部门办理、回访的全过程；与话务员面对面交流，现场体验“接诉即办”，并就热线服务提出意见建议。',
    venueName: '扬州市12345政府服务热线受理中心',
    venueAddress: '扬州市邗江区文昌西路 扬州市政务服务中心 3 楼',
    lat: 32.3942,
    lng: 119.3917,
    directions: '公交 8、27、32 路“市政务服务中心”站下车；中心地下停车场可停车（前 2 小时免费）。',
    accessibility: '大楼有无障碍通道和电梯，轮椅使用者请在报名备注或致电告知，我们安排专人引导。',
    whatToBring: ID_CARD,
    minAge: 12,
    contactPhone: '0514-12345',
    selectionMode: 'first_come',
    opensDay: -2,
    closesDay: 8,
    status: 'published',
    sessions: [
      { day: 10, start: '09:30', end: '11:00', capacity: 30 },
      { day: 10, start: '14:30', end: '16:00', capacity: 30 },
    ],
  },
  {
    department: '3210-GAJ',
    title: '警营开放日：走进110指挥中心',
    theme: '110 接警指挥、视频巡控与反诈宣传',
    description:
      '走进扬州市公安局110指挥中心，了解报警电话如何在几十秒内派到最近的警力；参观视频巡控和反电信网络诈骗中心，听民警讲最新的诈骗手法。名额紧张，采用抽签方式：报名截止后公开抽签，结果可自行验证。',
    venueName: '扬州市公安局110指挥中心',
    venueAddress: '扬州市邗江区江阳中路 扬州市公安局',
    lat: 32.3791,
    lng: 119.4089,
    directions: '公交 26、61 路“市公安局”站下车；局内不对外停车，请绿色出行。',
    accessibility: '参观路线全程有电梯；指挥大厅内请保持安静，不得拍照录像。',
    whatToBring: `${ID_CARD}进入警营需接受安全检查，请勿携带打火机、刀具等物品。`,
    minAge: 14,
    contactPhone: '0514-87058110',
    selectionMode: 'draw',
    opensDay: 1,
    closesDay: 6,
    status: 'published',
    sessions: [{ day: 12, start: '09:00', end: '11:00', capacity: 40, reserved: 5 }],
  },
  {
    department: '3210-STHJ',
    title: '环保设施开放日：汤汪污水处理厂',
    theme: '一滴污水的“净化之旅”',
    description:
      '环保设施和城市污水处理设施向公众开放活动。跟随工程师沿着格栅、沉砂池、生物反应池、深度处理一路参观，看一滴污水如何变成达标排放的清水，了解扬州城市污水收集处理的现状与规划。',
    venueName: '扬州汤汪污水处理厂',
    venueAddress: '扬州市广陵区汤汪乡 汤汪污水处理厂',
    lat: 32.3647,
    lng: 119.4592,
    directions: '公交 15 路“汤汪”站下车步行约 600 米；厂区可停放 20 辆小车。',
    accessibility: '厂区部分参观点为露天构筑物，有台阶和坡道；请穿平底鞋，雨天请带伞。',
    whatToBring: `${ID_CARD}未成年人须由监护人陪同。`,
    minAge: 8,
    contactPhone: '0514-87345210',
    selectionMode: 'first_come',
    opensDay: -5,
    closesDay: 4,
    status: 'published',
    sessions: [
      { day: 6, start: '09:00', end: '11:00', capacity: 25 },
      { day: 13, start: '09:00', end: '11:00', capacity: 25 },
    ],
  },
  {
    department: '3210-ZLS',
    title: '自来水厂开放日：从长江水到放心水',
    theme: '取水、净水、检测，看得见的水质',
    description:
      '参观扬州第五水厂的取水泵房、沉淀池、炭砂滤池和水质检测中心，现场观看水质检测实验，了解家中自来水的 106 项水质指标和二次供水管理。',
    venueName: '扬州第五水厂',
    venueAddress: '扬州市广陵区沙头镇 扬州第五水厂',
    lat: 32.2861,
    lng: 119.4797,
    directions: '活动当天 8:30 在扬州市自来水公司（文昌中路）门口有免费接驳车，报名成功后短信通知上车地点。',
    accessibility: '检测中心有电梯；泵房参观路线有楼梯，行动不便的参观者可在检测中心观看视频讲解。',
    whatToBring: ID_CARD,
    minAge: 10,
    contactPhone: '0514-87365551',
    selectionMode: 'first_come',
    opensDay: 0,
    closesDay: 9,
    status: 'published',
    sessions: [{ day: 11, start: '09:00', end: '11:30', capacity: 40 }],
  },
  {
    department: '3210-SWU',
    title: '税务开放日：体验智慧办税',
    theme: '个税汇算、电子发票和“非接触式”办税',
    description:
      '走进国家税务总局扬州市税务局办税服务厅，体验自助办税终端、个人所得税 App 年度汇算和全面数字化电子发票；税务干部现场解答个人和小微企业的办税问题。',
    venueName: '扬州市税务局 办税服务厅',
    venueAddress: '扬州市邗江区文昌西路 国家税务总局扬州市税务局',
    lat: 32.3935,
    lng: 119.3869,
    directions: '公交 8、32 路“市税务局”站下车；服务厅前有访客停车位。',
    accessibility: '服务厅在一楼，设有无障碍通道、爱心窗口和助听设备。',
    whatToBring: `${ID_CARD}想现场咨询个税的，可带上手机并提前下载“个人所得税”App。`,
    contactPhone: '0514-12366',
    selectionMode: 'first_come',
    opensDay: -1,
    closesDay: 13,
    status: 'published',
    sessions: [
      { day: 15, start: '09:30', end: '11:00', capacity: 20 },
      { day: 15, start: '14:30', end: '16:00', capacity: 20 },
    ],
  },
  {
    department: '3210-XFZD',
    title: '消防开放日：走进特勤消防站',
    theme: '消防装备体验与家庭火灾逃生',
    description:
      '参观特勤消防站的车库、装备库和训练塔，观看消防员一分钟出警演示，在指导员带领下体验灭火器使用和烟雾逃生，适合家长带孩子一起参加。',
    venueName: '扬州市消防救援支队 特勤站',
    venueAddress: '扬州市邗江区邗江中路 扬州市消防救援支队特勤站',
    lat: 32.3868,
    lng: 119.4012,
    directions: '公交 2、27 路“邗江中路”站下车步行 300 米。',
    accessibility: '参观区域均在地面一层；烟雾体验为自愿参加。',
    whatToBring: `${ID_CARD}儿童请携带户口簿或身份证，须由监护人陪同并作为同行人员报名。`,
    minAge: 6,
    contactPhone: '0514-87362119',
    selectionMode: 'first_come',
    opensDay: -3,
    closesDay: 18,
    status: 'published',
    sessions: [{ day: 20, start: '09:00', end: '11:00', capacity: 50 }],
  },
  {
    department: '3210-SPJ',
    title: '政务服务中心开放日：“一件事”一次办',
    theme: '出生、入学、开办企业“一件事”集成服务',
    description:
      '走进扬州市政务服务中心，了解“不见面审批”和“一件事一次办”改革，体验“帮办代办”窗口和 24 小时自助服务区，对窗口服务提出意见建议。',
    venueName: '扬州市政务服务中心',
    venueAddress: '扬州市邗江区文昌西路 扬州市政务服务中心',
    lat: 32.3942,
    lng: 119.3917,
    directions: '公交 8、27、32 路“市政务服务中心”站下车；地下停车场前 2 小时免费。',
    accessibility: '全馆无障碍，设有母婴室和爱心窗口。',
    whatToBring: ID_CARD,
    contactPhone: '0514-87881234',
    selectionMode: 'first_come',
    opensDay: 3,
    closesDay: 16,
    status: 'published',
    sessions: [{ day: 18, start: '14:00', end: '16:00', capacity: 35 }],
  },
  {
    department: '3210-12345',
    title: '走进12345：热线话务员的一天',
    theme: '上一期活动回顾',
    description: '上一期12345开放日已顺利举行，30 位市民参观了受理大厅并与话务员交流。下一期活动请关注本页。',
    venueName: '扬州市12345政府服务热线受理中心',
    venueAddress: '扬州市邗江区文昌西路 扬州市政务服务中心 3 楼',
    lat: 32.3942,
    lng: 119.3917,
    directions: '公交 8、27、32 路“市政务服务中心”站下车。',
    accessibility: '大楼有无障碍通道和电梯。',
    whatToBring: ID_CARD,
    contactPhone: '0514-12345',
    selectionMode: 'first_come',
    opensDay: -40,
    closesDay: -32,
    status: 'finished',
    sessions: [{ day: -30, start: '09:30', end: '11:00', capacity: 30 }],
  },
]
