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

/** 教育、交通运输、城市管理、生态环境、文化广电和旅游、农业农村、水利、数据 items, incl. 乡镇 and 村 implementations. */

const enrolment: ServiceItemSeed = {
  baseCode: '200800100000',
  implCode: implCode('200800100000', '321000', 'city'),
  name: '义务教育阶段新生入学登记',
  aliases: ['小学报名', '初中报名', '入学报名', '幼升小', '小升初', '新生登记'],
  keywords: ['义务教育', '入学登记', '施教区', '学区', '随迁子女', '阳光招生'],
  department: '扬州市教育局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 89,
  summary: '每年7月前后，适龄儿童家长在扬州市义务教育招生入学服务平台网上登记，户籍、房产、居住证信息在线核验。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国义务教育法》',
        article: '第十二条',
        text: '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件。…',
      },
    ],
    implementer: '扬州市教育局（市直学校）；各县（市、区）教育局（辖区学校）',
    acceptingUnit: '扬州市教育局基础教育处（招生平台）及施教区学校',
    conditions: [
      '小学：当年8月31日前年满6周岁的适龄儿童。',
      '按户籍和实际居住地确定施教区；随迁子女按本市随迁子女入学政策提供居住证、就业或社保等材料。',
    ],
    materials: [
      {
        name: '入学登记表',
        form: '在线填写',
        copies: 1,
        source: '招生平台在线填写',
        required: true,
        sample:
          '儿童：李小某（身份证号 3210**********0038），出生日期：2020年5月；监护人：李某、张某；户籍地址：邗江区××街道××社区；实际居住地址：邗江区××苑×幢×室（父母共有房产）；拟登记学校：施教区内××小学。',
        commonMistakes: [
          '户籍地址与房产地址不一致却未选择对应的登记类别。',
          '房产为祖父母名下，未按政策提供户籍同户或赡养关系材料。',
          '上传的房产证明只拍了封面，没有坐落页。',
        ],
      },
      {
        name: '户口簿',
        form: '电子证照',
        copies: 1,
        source: '公安部门共享',
        required: true,
        commonMistakes: ['儿童与父母不在同一户口簿，未上传亲子关系证明。'],
      },
      {
        name: '房屋产权或租赁备案证明',
        form: '电子证照',
        copies: 1,
        source: '不动产登记或住房租赁备案信息共享',
        required: true,
        commonMistakes: ['租赁备案时间不满政策要求的期限。'],
      },
      {
        name: '居住证及就业（社保）证明',
        form: '电子证照',
        copies: 1,
        source: '公安、人社部门共享',
        required: '非本市户籍随迁子女的',
        commonMistakes: ['父母一方社保在外地缴纳，而居住证在扬州，材料不对应。'],
      },
    ],
    process: [
      {
        name: '网上登记',
        description: '在规定时段登录招生平台登记，系统自动比对户籍、房产。',
        days: 0,
        countsTowardLimit: false,
      },
      { name: '学校审核', description: '施教区学校审核材料，疑问的通知现场核验。', days: 5, countsTowardLimit: true },
      {
        name: '结果公布',
        description: '在平台公布登记结果，按规定时间发放录取通知。',
        days: 10,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [
      {
        name: '扬州市义务教育招生入学服务平台',
        address: '网上登记（“苏服办”App、扬州教育微信公众号入口）',
        hours: '登记时段内 8:00—20:00',
      },
      { name: '施教区学校招生点', address: '各学校公布的地点', hours: '登记期间工作日' },
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['平台公布结果', '短信通知', '学校发放录取通知'],
    faq: [
      {
        q: '户口和房子不在一起，按哪里入学？',
        a: '一般以“房户一致”优先，房户不一致的按当年招生政策确定的类别排序，请先在平台查看本施教区的登记类别说明。',
      },
      {
        q: '登记时间错过了怎么办？',
        a: '请尽快联系户籍或居住地所在区教育局，由教育局统筹安排学位，可能无法进入施教区学校。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const enrolmentHanjiang = implAt(enrolment, {
  divisionCode: '321003',
  level: 'county',
  department: '邗江区教育局',
  popularity: 72,
  summary: '邗江区公办小学、初中新生入学网上登记，区教育局统一审核施教区，热点学校房产核验从严。',
  guide: {
    implementer: '扬州市邗江区教育局',
    acceptingUnit: '邗江区教育局基础教育科及施教区学校',
    locations: [
      { name: '扬州市义务教育招生入学服务平台（邗江区）', address: '网上登记', hours: '登记时段内 8:00—20:00' },
      COUNTY_HALL['321003'],
    ],
    process: [
      { name: '网上登记', description: '选择“邗江区”，按施教区查询结果填写。', days: 0, countsTowardLimit: false },
      {
        name: '区级比对与学校复核',
        description: '区教育局批量比对户籍、不动产信息，学校对信息不一致的通知家长补充材料。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '统筹安排',
        description: '超过学位数的学校按登记类别排序，未录取的由区教育局统筹。',
        days: 10,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '怎么查我家小区对应哪所学校？',
        a: '每年5—6月邗江区教育局公布施教区划分，可在平台输入小区名称查询。',
      },
      {
        q: '新房还没交付，能用购房合同登记吗？',
        a: '以当年政策为准，一般要求在登记截止日前取得不动产权证书或完成网签并实际入住，请关注区教育局发布的招生细则。',
      },
    ],
  },
})

const enrolmentXihu = implAt(enrolment, {
  divisionCode: '321003011',
  level: 'town',
  department: '邗江区西湖街道便民服务中心',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 20,
  aliases: ['入学咨询', '入学政策咨询', '帮忙报名入学'],
  keywords: ['帮办', '街道'],
  summary: '入学登记期间，西湖街道便民服务中心设“入学咨询帮办点”，帮家长查施教区、核对材料、现场代为网上登记。',
  guide: {
    implementer: '扬州市邗江区教育局（街道协助）',
    acceptingUnit: '邗江区西湖街道便民服务中心入学咨询帮办点',
    locations: [{ name: '西湖街道便民服务中心', address: '邗江区西湖街道便民服务中心一楼帮办区', hours: HOURS_TOWN }],
    process: [
      {
        name: '现场咨询',
        description: '帮办员根据家长的户籍和住址查询施教区和登记类别，一次性告知所需材料。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '代为登记',
        description: '材料齐全的，帮办员协助家长在平台提交登记，家长本人手机确认。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '证明开具引导',
        description: '需要社区出具居住情况说明的，当场联系所属社区开具。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '街道能决定孩子上哪个学校吗？',
        a: '不能。街道只提供咨询和帮办，录取由邗江区教育局和学校按政策确定。',
      },
      {
        q: '需要带什么来咨询？',
        a: '带上户口簿、房产证或租赁备案证明、孩子身份证，随迁子女另带居住证和社保缴纳记录。',
      },
    ],
  },
})

const transferSchool: ServiceItemSeed = {
  baseCode: '200800200000',
  implCode: implCode('200800200000', '321000', 'city'),
  name: '中小学生转学（学籍转接）',
  aliases: ['转学', '转学籍', '孩子转学', '插班'],
  keywords: ['学籍', '转学', '全国中小学生学籍信息管理系统', '转入学校', '转出学校'],
  department: '扬州市教育局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '公共服务',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 52,
  summary:
    '因搬家、父母工作调动等转学，先联系转入学校同意接收，再由转入学校在学籍系统发起转接，家长到转入学校办理一次。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国义务教育法》',
        article: '第十二条',
        text: '适龄儿童、少年免试入学。地方各级人民政府应当保障适龄儿童、少年在户籍所在地学校就近入学。父母或者其他法定监护人在非户籍所在地工作或者居住的适龄儿童、少年，在其父母或者其他法定监护人工作或者居住地接受义务教育的，当地人民政府应当为其提供平等接受义务教育的条件。……',
      },
    ],
    implementer: '扬州市教育局（市直学校）；各县（市、区）教育局',
    acceptingUnit: '转入学校',
    conditions: ['因户籍迁移、家庭住址变动、父母工作调动等原因需要转学。', '转入学校有学位并同意接收。'],
    materials: [
      {
        name: '转学申请表',
        form: '原件',
        copies: 1,
        source: '转入学校提供，监护人签字',
        required: true,
        sample:
          '学生：王小某，全国学籍号 G3210**********12；原就读：南京市××小学三年级；转入：扬州市××小学三年级；转学原因：父母工作调动至扬州，已在广陵区购房。',
        commonMistakes: ['转学原因只写“个人原因”，未提供住址变动证明。', '学期中途申请，未先确认转入学校是否有学位。'],
      },
      {
        name: '户口簿或房产、居住证明',
        form: '原件和复印件',
        copies: 1,
        source: '公安、不动产登记部门',
        required: true,
        commonMistakes: ['只提供了租房合同，没有租赁备案证明。'],
      },
    ],
    process: [
      {
        name: '联系转入学校',
        description: '家长向转入学校提出申请并提交材料（到场一次）。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '系统发起', description: '转入学校在学籍系统发起转学申请。', days: 1, countsTowardLimit: true },
      {
        name: '转出和主管部门核办',
        description: '转出学校及双方教育行政部门在线核办。',
        days: 5,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 6,
    fee: { charged: false },
    locations: [{ name: '转入学校教务处', address: '转入学校', hours: HOURS }],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['学籍转接结果由学校告知'],
    faq: [
      {
        q: '还要回原学校开转学证明吗？',
        a: '不需要。全国学籍系统在线转接，原学校在系统中核办即可。',
      },
      {
        q: '初三能转学吗？',
        a: '初三下学期原则上不办理转学（特殊情况除外），以免影响中考报名，请尽早办理。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const teacherCert: ServiceItemSeed = {
  baseCode: '200800300000',
  implCode: implCode('200800300000', '321000', 'city'),
  name: '教师资格认定（高级中学、中等职业学校）',
  aliases: ['教师资格证认定', '教资认定', '领教师资格证'],
  keywords: ['教师资格', '教资', '中小学教师资格考试', '体检', '普通话'],
  department: '扬州市教育局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 58,
  summary: '教资考试合格后，在“中国教师资格网”网上申请认定，普通话、学历、体检信息在线核验，证书邮寄。',
  guide: {
    basis: [
      {
        law: '《教师资格条例》',
        article: '第十三条',
        text: '幼儿园、小学和初级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门认定。高级中学教师资格，由申请人户籍所在地或者申请人任教学校所在地的县级人民政府教育行政部门审查后，报上一级教育行政部门认定。…',
      },
    ],
    implementer: '扬州市教育局',
    acceptingUnit: '户籍、居住证或任教学校所在地的县（市、区）教育局初审，扬州市教育局认定',
    conditions: [
      '中小学教师资格考试合格且在有效期内。',
      '学历符合《教师法》规定，普通话水平达到二级乙等以上（语文学科二级甲等以上）。',
      '体检合格，无违法犯罪记录。',
    ],
    materials: [
      {
        name: '教师资格认定申请',
        form: '在线填写',
        copies: 1,
        source: '“中国教师资格网”在线填写',
        required: true,
        sample:
          '申请人：赵某；资格种类：高级中学教师资格；任教学科：数学；考试合格证明编号：2026××××××；学历：本科，扬州大学数学与应用数学；普通话：二级甲等。',
        commonMistakes: ['认定学科与考试合格证明学科不一致。', '选择了户籍地以外且无居住证的认定机构。'],
      },
      {
        name: '体检结论',
        form: '原件',
        copies: 1,
        source: '认定机构指定的二级以上医院',
        required: true,
        commonMistakes: ['体检不在认定机构公布的时间和医院进行。'],
      },
      {
        name: '个人承诺书',
        form: '在线填写',
        copies: 1,
        source: '本人承诺无违法犯罪记录',
        required: true,
        sample: undertakingSample({
          who: '申请人李某（身份证号 3210**********3456）',
          promises: [
            '本人未受过剥夺政治权利或者故意犯罪受到有期徒刑以上刑事处罚',
            '本人未曾被撤销教师资格',
            '所提交的学历、普通话水平测试等级、体检等材料真实有效',
          ],
          consequence: '本人愿接受不予认定或撤销教师资格并依法承担相应责任',
          signature: '申请人在线电子签名',
        }),
        commonMistakes: ['漏签承诺书导致初审退回。'],
      },
    ],
    process: [
      { name: '网上申报', description: '在公布的认定批次内网上提交。', days: 0, countsTowardLimit: true },
      { name: '体检', description: '到指定医院体检，时间不计入认定期限。', days: 5, countsTowardLimit: false },
      { name: '初审与认定', description: '县区初审，市教育局认定。', days: 20, countsTowardLimit: true },
      { name: '制证寄送', description: '证书免费邮寄或到受理点领取。', days: 5, countsTowardLimit: false },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [{ name: '中国教师资格网', address: '网上申报', hours: '认定批次开放期间' }, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [{ name: '认定体检', basis: '《江苏省教师资格认定体检标准》', fee: '按医院物价标准', days: 1 }],
    delivery: ['EMS 寄递', '受理点领取', '电子证照'],
    faq: [
      {
        q: '小学、初中教师资格在哪里认定？',
        a: '由户籍、居住证或任教学校所在地的县（市、区）教育局认定，申报时选择对应的认定机构。',
      },
      {
        q: '应届毕业生没有毕业证能申请吗？',
        a: '应届毕业生可在毕业当年春季批次申报，学历证书取得后系统核验，具体以当年公告为准。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const studentAid: ServiceItemSeed = {
  baseCode: '200800400000',
  implCode: implCode('200800400000', '321000', 'city'),
  name: '普通高中家庭经济困难学生国家助学金申请',
  aliases: ['助学金', '贫困生补助', '学生资助', '高中助学金'],
  keywords: ['国家助学金', '家庭经济困难学生认定', '学生资助', '免学杂费'],
  department: '扬州市教育局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政给付',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 36,
  summary: '普通高中家庭经济困难学生每学年秋季学期向就读学校申请，学校认定评议公示后发放国家助学金。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国教育法》',
        article: '第三十八条',
        text: '国家、社会对符合入学条件、家庭经济困难的儿童、少年、青年，提供各种形式的资助。',
      },
    ],
    implementer: '扬州市教育局（学生资助管理中心）',
    acceptingUnit: '学生就读的普通高中',
    conditions: ['具有正式学籍的普通高中在校生。', '经学校认定为家庭经济困难学生。'],
    materials: [
      {
        name: '家庭经济困难学生认定申请表',
        form: '原件',
        copies: 1,
        source: '学校发放，学生和监护人填写签字',
        required: true,
        sample:
          '学生：刘某，高一（3）班；家庭人口：4人；家庭年收入：约3.6万元；困难情况：父亲因病长期治疗，母亲务农；已享受：低保（证号 ××××）。',
        commonMistakes: [
          '家庭收入填写明显与实际不符，评议时被质疑。',
          '属于低保家庭却未附低保证明，导致认定档次偏低。',
        ],
      },
      {
        name: '特殊困难证明',
        form: '复印件',
        copies: 1,
        source: '民政、残联、退役军人等部门',
        required: '属于低保、特困、残疾、烈士子女等情形的',
        commonMistakes: ['证明已过有效期。'],
      },
    ],
    process: [
      { name: '学生申请', description: '秋季开学后向班主任提交申请（到校一次）。', days: 0, countsTowardLimit: true },
      {
        name: '民主评议与公示',
        description: '年级评议小组评议，校内公示5个工作日（不公开隐私）。',
        days: 5,
        countsTowardLimit: false,
      },
      {
        name: '审核发放',
        description: '学校汇总报资助中心审核，资金按学期发放到学生本人银行卡。',
        days: 20,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 20,
    fee: { charged: false },
    locations: [{ name: '就读高中学生资助办公室', address: '学生就读学校', hours: HOURS }],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['资金发放至学生银行卡'],
    faq: [
      {
        q: '助学金要还吗？',
        a: '不用还。国家助学金是无偿资助，请警惕以“助学金发放”为名的电话诈骗。',
      },
      {
        q: '家里情况学期中发生变化能申请吗？',
        a: '可以向学校申请动态调整，学校会按程序补充认定。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const rideHailDriver: ServiceItemSeed = {
  baseCode: '200900100000',
  implCode: implCode('200900100000', '321000', 'city'),
  name: '网络预约出租汽车驾驶员证核发',
  aliases: ['网约车司机证', '网约车驾驶证', '跑滴滴办证', '网约车资格证', '人证'],
  keywords: ['网约车', '驾驶员证', '从业资格考试', '背景核查'],
  department: '扬州市交通运输局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 70,
  summary: '想在扬州跑网约车的驾驶员，网上报名并通过背景核查后参加考试，考试合格发证，只需到考场一次。',
  guide: {
    basis: [
      {
        law: '《网络预约出租汽车经营服务管理暂行办法》',
        article: '第十四条',
        text: '从事网约车服务的驾驶员，应当符合以下条件：（一）取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历；（二）无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录，最近连续3个记分周期内没有记满12分记录；（三）无暴力犯罪记录；（四）城市人民政府规定的其他条件。',
      },
      {
        law: '《网络预约出租汽车经营服务管理暂行办法》',
        article: '第十五条',
        text: '服务所在地设区的市级出租汽车行政主管部门依驾驶员或者网约车平台公司申请，按第十四条规定的条件核查并按规定考核后，为符合条件且考核合格的驾驶员，发放《网络预约出租汽车驾驶员证》。',
      },
    ],
    implementer: '扬州市交通运输局',
    acceptingUnit: '扬州市交通运输局（出租汽车管理部门）',
    conditions: ['满足《暂行办法》第十四条规定条件及扬州市规定的其他条件。', '全国公共科目和扬州市区域科目考试合格。'],
    materials: [
      {
        name: '网约车驾驶员从业资格申请',
        form: '在线填写',
        copies: 1,
        source: '江苏政务服务网或交通运输部门考试报名平台',
        required: true,
        sample:
          '申请人：钱某；驾驶证准驾车型：C1，初次领证日期：2015年3月；户籍：扬州市江都区；拟服务平台：某某出行；申请考试科目：全国公共科目、扬州区域科目。',
        commonMistakes: [
          '驾龄自实习期结束起算，不满3年即报名。',
          '上传的驾驶证照片与证件档案信息（如住址）不一致，未及时更新。',
        ],
      },
      {
        name: '无犯罪记录等背景核查授权',
        form: '在线填写',
        copies: 1,
        source: '本人授权，公安部门核查',
        required: true,
        sample:
          '本人赵某（身份证号 3210**********7890，机动车驾驶证准驾车型 C1，初次领证日期 2019年5月8日）授权扬州市交通运输局向公安机关核查本人有无交通肇事、危险驾驶、暴力犯罪和吸毒记录，有无饮酒后驾驶记录，最近连续3个记分周期内有无记满12分记录，仅用于网络预约出租汽车驾驶员证核发。授权人（在线电子签名）：赵某　2026年10月12日',
        commonMistakes: ['以为需要自己去派出所开无犯罪证明，实际由交通部门联网核查。'],
      },
    ],
    process: [
      { name: '网上报名', description: '提交申请并授权背景核查。', days: 0, countsTowardLimit: true },
      { name: '背景核查', description: '公安、交通部门联网核查驾驶和犯罪记录。', days: 5, countsTowardLimit: true },
      { name: '考试（到场一次）', description: '按预约时间到考点参加计算机考试。', days: 0, countsTowardLimit: false },
      { name: '发证', description: '考试合格的发放电子驾驶员证。', days: 3, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 8,
    fee: { charged: false },
    locations: [
      ONLINE_JS,
      { name: '扬州市交通运输从业资格考试点', address: '以考试预约凭证载明的考点为准', hours: '预约时段' },
    ],
    consultPhone: '12328',
    complaintPhone: '12328',
    intermediaries: [],
    delivery: ['电子驾驶员证', '窗口领取'],
    faq: [
      {
        q: '有了驾驶员证就能跑了吗？',
        a: '还需要车辆取得网络预约出租汽车运输证，并接入取得经营许可的平台，“人证、车证、平台证”三证齐全才合法。',
      },
      {
        q: '考试收费吗？',
        a: '从业资格考试不收取考试费用（以当期公告为准），请通过官方渠道报名，勿交“包过费”。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const vehicleTransportCert: ServiceItemSeed = {
  baseCode: '200900200000',
  implCode: implCode('200900200000', '321023', 'county'),
  name: '道路运输证配发（营运货车）',
  aliases: ['营运证', '办运输证', '货车营运证', '道路运输证'],
  keywords: ['道路运输证', '车辆营运证', '普通货运', '电子证照', '年审'],
  department: '宝应县交通运输局',
  level: 'county',
  divisionCode: '321023',
  audience: ['personal', 'legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 40,
  summary: '已取得道路货运经营许可的宝应县业户新增车辆，网上申请配发道路运输证，电子证照即时生成。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国道路运输条例》',
        article: '第二十四条',
        text: '…依照本条规定收到申请的交通运输主管部门，应当自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定。予以许可的，向申请人颁发道路运输经营许可证，并向申请人投入运输的车辆配发车辆营运证；…',
      },
    ],
    implementer: '宝应县交通运输局',
    acceptingUnit: '宝应县交通运输局（宝应县政务服务中心交通窗口）',
    conditions: [
      '业户持有有效的道路运输经营许可证。',
      '车辆总质量4.5吨以上，技术等级评定和综合性能检测合格，已安装符合标准的卫星定位装置。',
    ],
    materials: [
      {
        name: '车辆配发营运证申请',
        form: '在线填写',
        copies: 1,
        source: '江苏省道路运输电子政务平台',
        required: true,
        sample:
          '业户：宝应县某某运输有限公司；车牌：苏K·×××××；车辆类型：重型半挂牵引车；总质量：18,000kg；北斗终端号：××××；检测报告编号：××××。',
        commonMistakes: ['卫星定位装置未入网即申请。', '车辆行驶证所有人与业户名称不一致（挂靠车辆未办理相关手续）。'],
      },
      {
        name: '机动车行驶证',
        form: '电子证照',
        copies: 1,
        source: '公安交管部门共享',
        required: true,
        commonMistakes: ['行驶证检验有效期已过。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交车辆信息和检测报告。', days: 0, countsTowardLimit: true },
      { name: '审核', description: '审核车辆技术条件，即时或1个工作日内完成。', days: 1, countsTowardLimit: true },
      { name: '发证', description: '生成电子道路运输证，驾驶员可在手机出示。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 1,
    fee: { charged: false },
    locations: [ONLINE_JS, COUNTY_HALL['321023']],
    consultPhone: '12328',
    complaintPhone: COMPLAINT,
    intermediaries: [
      { name: '道路运输车辆综合性能检测', basis: '《道路运输车辆技术管理规定》', fee: '按检测机构公示价格', days: 1 },
    ],
    delivery: ['电子道路运输证'],
    faq: [
      {
        q: '营运证还要每年年审吗？',
        a: '道路运输证年审已与车辆检验合并，按规定周期完成综合性能检测并上传即可，无需另跑窗口。',
      },
      {
        q: '车卖了，营运证怎么办？',
        a: '车辆过户或报废的，应在网上申请注销原车辆的道路运输证。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const outdoorAd: ServiceItemSeed = {
  baseCode: '201000100000',
  implCode: implCode('201000100000', '321000', 'city'),
  name: '设置大型户外广告审批',
  aliases: ['户外广告审批', '广告牌审批', '楼顶广告', '店招审批'],
  keywords: ['户外广告', '市容', '招牌', '设置规划', '安全检测'],
  department: '扬州市城市管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 34,
  summary: '在市区设置大型户外广告的，网上申请，符合户外广告设置规划和安全要求的核发审批决定。',
  guide: {
    basis: [
      {
        law: '《城市市容和环境卫生管理条例》',
        article: '第十一条',
        text: '在城市中设置户外广告、标语牌、画廊、橱窗等，应当内容健康、外型美观，并定期维修、油饰或者拆除。大型户外广告的设置必须征得城市人民政府市容环境卫生行政主管部门同意后，按照有关规定办理审批手续。',
      },
    ],
    implementer: '扬州市城市管理局',
    acceptingUnit: '扬州市城市管理局（市政务服务中心城管窗口）',
    conditions: [
      '设置位置符合扬州市户外广告设置规划，历史文化名城保护区内从严控制。',
      '设施结构安全，取得场地所有权人同意。',
    ],
    materials: [
      {
        name: '户外广告设置申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '申请人：扬州某某文化传媒有限公司；设置地点：邗江区××路××大厦屋顶；形式：单立柱LED显示屏；规格：12m×4m；设置期限：2026年10月—2029年9月。',
        commonMistakes: ['设置期限超过3年。', '效果图未标注与周边建筑的比例和夜间亮度参数。'],
      },
      {
        name: '设计图和结构安全证明',
        form: '在线填写',
        copies: 1,
        source: '具有资质的设计单位出具',
        required: true,
        sample:
          '设计图：扬州某某广场楼顶广告牌，钢结构，尺寸 18m×6m，顶部距地面 24m，附平、立、剖面图和夜间效果图；结构安全证明：江苏某某建筑设计院有限公司出具结构计算书（基本风压按50年一遇取值），含与楼顶结构的连接节点计算，附注册结构工程师签章。',
        commonMistakes: ['大型立柱广告未提供基础承载力计算书。'],
      },
      {
        name: '场地使用协议',
        form: '复印件',
        copies: 1,
        source: '场地所有权人签署',
        required: true,
        commonMistakes: ['楼顶广告只有物业公司同意，缺少业主大会或产权人同意。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交材料。', days: 0, countsTowardLimit: true },
      { name: '现场踏勘', description: '核实设置位置和周边环境。', days: 3, countsTowardLimit: true },
      { name: '审查决定', description: '作出准予设置的决定。', days: 2, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [{ name: '广告设施结构设计', basis: '建设工程设计相关规定', fee: '按合同', days: 5 }],
    delivery: ['电子审批决定书'],
    faq: [
      {
        q: '店门口的招牌也要审批吗？',
        a: '门头店招按本市招牌设置管理规定办理，一般向所在区城管部门备案或申请；大型户外广告才需要本项审批。',
      },
      {
        q: '广告到期了怎么办？',
        a: '期满需继续设置的，应在期满30日前申请延续；不延续的须自行拆除。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const roadExcavation: ServiceItemSeed = {
  baseCode: '201000200000',
  implCode: implCode('201000200000', '321000', 'city'),
  name: '占用、挖掘城市道路审批',
  aliases: ['挖路审批', '道路开挖', '占道施工', '挖掘城市道路'],
  keywords: ['城市道路', '挖掘', '占用', '管线施工', '道路修复'],
  department: '扬州市城市管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 24,
  summary: '因管线接入等工程需要挖掘或占用市区城市道路的，网上申请，与公安交管联合审批，现场交底一次。',
  guide: {
    basis: [
      {
        law: '《城市道路管理条例》',
        article: '第三十三条',
        text: '因工程建设需要挖掘城市道路的，应当提交城市规划部门批准签发的文件和有关设计文件，经市政工程行政主管部门和公安交通管理部门批准，方可按照规定挖掘。新建、扩建、改建的城市道路交付使用后5年内、大修的城市道路竣工后3年内不得挖掘；因特殊情况需要挖掘的，须经县级以上城市人民政府批准。',
      },
    ],
    implementer: '扬州市城市管理局',
    acceptingUnit: '扬州市城市管理局（市政设施管理部门）',
    conditions: ['有规划许可等批准文件和施工设计。', '不属于道路保护期内，或已经市政府批准。'],
    materials: [
      {
        name: '占用挖掘城市道路申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '申请单位：扬州某某燃气有限公司；地点：文昌中路××路口南侧人行道；挖掘面积：长36m×宽1.2m；工期：2026年10月8日—10月15日；施工方式：夜间分段开挖，即挖即填。',
        commonMistakes: ['挖掘面积未按路面结构分别计算（车行道、人行道）。', '工期选在节假日高峰期，交管不同意。'],
      },
      {
        name: '施工方案和交通组织方案',
        form: '在线填写',
        copies: 1,
        source: '施工单位编制',
        required: true,
        sample:
          '施工方案：扬州市××路（文昌中路至××路段）燃气管道接入工程，开挖长 45m、宽 1.2m、深 1.5m，施工时间 2026年11月3日至11月12日每日 22:00 至次日 6:00，开挖后当日回填；交通组织方案：占用北侧非机动车道，设 2.5m 高连续围挡、夜间警示灯和前方 100m 施工导向标志，非机动车借道通行，配交通协管员 2 名；附平面布置示意图。',
        commonMistakes: ['未设置围挡和夜间警示灯的示意。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交材料，同步推送公安交管。', days: 0, countsTowardLimit: true },
      { name: '联合审查', description: '城管、交管联合审查，必要时现场查看。', days: 3, countsTowardLimit: true },
      {
        name: '缴费与现场交底（到场一次）',
        description: '缴纳修复费用后现场交底，按批准范围施工。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 5,
    fee: {
      charged: true,
      basis: '《城市道路管理条例》第三十五条及江苏省城市道路挖掘修复收费相关规定',
      standard: '按挖掘面积和路面结构计收城市道路挖掘修复费（或由申请人按标准自行修复并验收），具体以核定通知为准。',
    },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子审批决定书'],
    faq: [
      {
        q: '抢修爆管来不及审批怎么办？',
        a: '紧急抢修可以先行破路，但须在24小时内通知城管和交管部门，并在规定时间内补办手续。',
      },
      {
        q: '施工完谁来修路？',
        a: '按审批要求由城管部门统一修复或由申请人按标准修复后验收。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const constructionWaste: ServiceItemSeed = {
  baseCode: '201000300000',
  implCode: implCode('201000300000', '321000', 'city'),
  name: '城市建筑垃圾处置核准（渣土运输）',
  aliases: ['渣土运输证', '建筑垃圾清运', '渣土处置证', '装修垃圾清运'],
  keywords: ['建筑垃圾', '渣土', '处置核准', '运输车辆', '消纳场'],
  department: '扬州市城市管理局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 30,
  summary: '工地排放、运输建筑垃圾前，网上申请处置核准，明确运输单位、车辆、路线和消纳场所。',
  guide: {
    basis: [
      {
        law: '《城市建筑垃圾管理规定》（建设部令第139号）',
        article: '第七条',
        text: '处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，获得城市建筑垃圾处置核准后，方可处置。…',
      },
    ],
    implementer: '扬州市城市管理局',
    acceptingUnit: '扬州市城市管理局（市政务服务中心城管窗口）',
    conditions: ['有建筑垃圾分类处置方案和消纳场所。', '运输车辆全密闭、安装定位监控，运输单位具备相应条件。'],
    materials: [
      {
        name: '建筑垃圾处置核准申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '排放单位：扬州某某置业有限公司；工地：某某花园二期；预计排放量：4.5万m³（土方）；运输单位：扬州某某运输有限公司（车辆12辆）；消纳场所：××消纳场；运输时段：22:00—次日5:00；线路：××路—××路。',
        commonMistakes: ['消纳场所未提供接收证明。', '运输车辆清单中有车辆未安装密闭装置。'],
      },
      {
        name: '运输车辆清单及行驶证',
        form: '电子证照',
        copies: 1,
        source: '运输单位提供',
        required: true,
        commonMistakes: ['车辆行驶证所有人不是运输单位，且无租赁合同。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交材料。', days: 0, countsTowardLimit: true },
      { name: '审查', description: '核验车辆定位和消纳场所。', days: 2, countsTowardLimit: true },
      { name: '核准', description: '核发电子处置核准证，车辆随车携带电子凭证。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子核准证'],
    faq: [
      {
        q: '家里装修的垃圾要办核准吗？',
        a: '居民装修垃圾按小区规定投放到指定堆放点，由物业或街道统一清运，个人无需办理核准。',
      },
      {
        q: '夜间运输可以随便走吗？',
        a: '必须按核准的时段和线路行驶，途中撒漏、偏离线路的将依法处罚。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const eia: ServiceItemSeed = {
  baseCode: '201100100000',
  implCode: implCode('201100100000', '321000', 'city'),
  name: '建设项目环境影响报告书（表）审批',
  aliases: ['环评审批', '环评', '环境影响评价', '环评批复'],
  keywords: ['环境影响评价', '报告书', '报告表', '技术评估', '公众参与'],
  department: '扬州市生态环境局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 32,
  summary: '建设项目开工前，建设单位将环评报告书（表）网上报批，技术评估和公示期不计入审批时限。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国环境影响评价法》',
        article: '第二十二条',
        text: '建设项目的环境影响报告书、报告表，由建设单位按照国务院的规定报有审批权的生态环境主管部门审批。…审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位。…',
      },
    ],
    implementer: '扬州市生态环境局',
    acceptingUnit: '扬州市生态环境局（市政务服务中心生态环境窗口）',
    conditions: [
      '项目符合生态环境分区管控要求和产业政策。',
      '环评文件由建设单位编制或委托技术单位编制，并完成公众参与（报告书）。',
    ],
    materials: [
      {
        name: '建设项目环境影响报告书（表）报批申请',
        form: '在线填写',
        copies: 1,
        source: '江苏省建设项目环评审批系统',
        required: true,
        sample:
          '建设单位：扬州某某新材料有限公司；项目：年产5,000吨改性塑料粒子项目；地点：仪征经济开发区；类别：报告表；主要污染物：非甲烷总烃、颗粒物；排放方式：经二级活性炭吸附后15m排气筒排放。',
        commonMistakes: [
          '项目地点位于生态空间管控区域内，未做符合性分析。',
          '污染物排放总量指标来源未落实。',
          '报告书公众参与说明缺少公示截图。',
        ],
      },
      {
        name: '环境影响报告书（表）全本',
        form: '在线填写',
        copies: 1,
        source: '编制单位出具，在环境影响评价信用平台提交',
        required: true,
        sample:
          '环境影响报告表（全本）：项目名称：扬州某某新材料有限公司年产2万吨改性塑料项目；建设地点：扬州经济技术开发区××路××号；编制单位：江苏某某环境科技有限公司（已在环境影响评价信用平台登记）；编制主持人：陈某（环境影响评价工程师）；内容含工程分析、污染防治措施、环境风险分析和评价结论；涉及商业秘密的内容已删除并附说明。',
        commonMistakes: ['编制主持人不在信用平台登记的编制单位。'],
      },
    ],
    process: [
      { name: '受理公示', description: '受理后在网站公示报批信息。', days: 5, countsTowardLimit: false },
      {
        name: '技术评估',
        description: '委托技术评估机构评估，专家评审时间不计入审批时限。',
        days: 15,
        countsTowardLimit: false,
      },
      { name: '审批决定', description: '作出审批决定并公示。', days: 10, countsTowardLimit: true },
    ],
    legalLimitDays: 30,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '12369',
    complaintPhone: '12369',
    intermediaries: [
      {
        name: '环境影响报告书（表）编制',
        basis: '《中华人民共和国环境影响评价法》第十九条',
        fee: '按合同',
        days: 30,
      },
    ],
    delivery: ['电子批复文件'],
    faq: [
      {
        q: '哪些项目只要登记表备案？',
        a: '按《建设项目环境影响评价分类管理名录》属于登记表类别的，在线填报备案即可，无需审批。',
      },
      {
        q: '法定时限是“60日”还是工作日？',
        a: '法律规定报告书60日、报告表30日；本市承诺审批时限为10个工作日，技术评估和公示时间不计入。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const pollutionPermit: ServiceItemSeed = {
  baseCode: '201100200000',
  implCode: implCode('201100200000', '321000', 'city'),
  name: '排污许可证核发',
  aliases: ['排污许可证', '排污证', '申领排污许可'],
  keywords: ['排污许可', '重点管理', '简化管理', '排污登记', '全国排污许可证管理信息平台'],
  department: '扬州市生态环境局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 30,
  summary: '纳入排污许可重点或简化管理的企业，在全国排污许可证管理信息平台申领，生态环境局按期限审批。',
  guide: {
    basis: [
      {
        law: '《排污许可管理条例》',
        article: '第十二条',
        text: '对实行排污许可简化管理的排污单位，审批部门应当自受理申请之日起20日内作出审批决定；…对实行排污许可重点管理的排污单位，审批部门应当自受理申请之日起30日内作出审批决定；需要进行现场核查的，应当自受理申请之日起45日内作出审批决定；…',
      },
    ],
    implementer: '扬州市生态环境局',
    acceptingUnit: '扬州市生态环境局',
    conditions: ['依法取得建设项目环评批复或备案。', '污染防治设施和排放口符合要求，自行监测方案符合规范。'],
    materials: [
      {
        name: '排污许可证申请表',
        form: '在线填写',
        copies: 1,
        source: '全国排污许可证管理信息平台',
        required: true,
        sample:
          '排污单位：扬州某某新材料有限公司；行业类别：塑料制品业；管理类别：简化管理；排放口：DA001（非甲烷总烃，许可排放浓度60mg/m³）；自行监测频次：每半年一次。',
        commonMistakes: ['行业类别与《固定污染源排污许可分类管理名录》不对应。', '许可排放量计算方法未说明依据。'],
      },
      {
        name: '申请前信息公开情况说明',
        form: '在线填写',
        copies: 1,
        source: '排污单位',
        required: '实行重点管理的',
        sample:
          '扬州某某化工有限公司于2026年9月1日至9月7日（5个工作日）在全国排污许可证管理信息平台公开了单位基本信息、拟申请的许可事项（排放口位置、污染物种类、许可排放浓度和排放量）及产排污环节；公开期间未收到公众意见。',
        commonMistakes: ['公开时间不足5日。'],
      },
    ],
    process: [
      { name: '平台申请', description: '填报申请表并上传材料。', days: 0, countsTowardLimit: true },
      {
        name: '审查（必要时现场核查）',
        description: '审查排放口、许可限值和监测方案。',
        days: 9,
        countsTowardLimit: true,
      },
      { name: '发证', description: '生成统一编号的排污许可证。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [{ name: '全国排污许可证管理信息平台', address: '网上申领', hours: '7×24 小时' }, CITY_HALL],
    consultPhone: '12369',
    complaintPhone: '12369',
    intermediaries: [],
    delivery: ['电子排污许可证', '窗口领取正副本'],
    faq: [
      {
        q: '排污许可证有效期多久？',
        a: '有效期为5年，届满需要继续排放污染物的，应当在届满60日前申请延续。',
      },
      {
        q: '小作坊也要办吗？',
        a: '污染物产生量、排放量很小的，实行排污登记管理，在平台填报排污登记表即可。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const performance: ServiceItemSeed = {
  baseCode: '201200100000',
  implCode: implCode('201200100000', '321000', 'city'),
  name: '营业性演出审批',
  aliases: ['演唱会审批', '演出报批', '商业演出审批'],
  keywords: ['营业性演出', '演出经纪机构', '演出场所', '涉外演出'],
  department: '扬州市文化广电和旅游局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 26,
  summary: '在扬州举办营业性演出（演唱会、话剧、音乐节等）的，演出举办单位网上报批，3日内作出决定。',
  guide: {
    basis: [
      {
        law: '《营业性演出管理条例》',
        article: '第十三条',
        text: '举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请。县级人民政府文化主管部门应当自受理申请之日起3日内作出决定。…',
      },
    ],
    implementer: '扬州市文化广电和旅游局',
    acceptingUnit: '扬州市文化广电和旅游局（市政务服务中心文旅窗口）',
    conditions: [
      '举办单位为演出经纪机构或演出场所经营单位。',
      '演出内容不含条例禁止的内容，安全保卫和应急预案已落实。',
    ],
    materials: [
      {
        name: '营业性演出申请表',
        form: '在线填写',
        copies: 1,
        source: '全国文化市场技术监管与服务平台',
        required: true,
        sample:
          '举办单位：扬州某某文化演出经纪有限公司；演出名称：“烟花三月”民乐音乐会；时间：2026年10月3日19:30；地点：扬州大剧院；演员：××民乐团等28人；票价：80—380元；售票数：1,200张。',
        commonMistakes: ['节目单未逐一列明曲目和演员。', '售票数量超过场馆核定容量的85%，未附大型活动安全许可。'],
      },
      {
        name: '演出场地合同和安全预案',
        form: '在线填写',
        copies: 1,
        source: '举办单位与场地方',
        required: true,
        sample:
          '场地合同：扬州某某文化传媒有限公司与扬州某某体育中心签订场地使用合同，使用体育馆主馆，时间 2026年12月31日 19:30—22:00；安全预案：核定观众 4,800 人，设安检入口 6 个、疏散通道 4 条，安保人员 120 名，设医疗点 1 处，附现场平面图和公安机关大型群众性活动安全许可受理凭证。',
        commonMistakes: ['户外音乐节未附公安大型群众性活动安全许可受理凭证。'],
      },
    ],
    process: [
      { name: '网上申请', description: '在平台提交演出申请。', days: 0, countsTowardLimit: true },
      { name: '内容审核', description: '审核节目内容和演员信息。', days: 2, countsTowardLimit: true },
      { name: '批准', description: '出具批准文件。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 3,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [{ name: '全国文化市场技术监管与服务平台', address: '网上申请', hours: '7×24 小时' }, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: '12318',
    intermediaries: [],
    delivery: ['电子批准文件'],
    faq: [
      {
        q: '酒吧驻唱需要每场报批吗？',
        a: '演出场所经营单位在本场所内举办驻场演出的，可一次性报批一定期限内的演出内容，变更时再报。',
      },
      {
        q: '涉及港澳台或外国演员怎么办？',
        a: '涉外及港澳台演出按规定报省级文化和旅游部门审批，请预留更长时间。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const internetCafe: ServiceItemSeed = {
  baseCode: '201200200000',
  implCode: implCode('201200200000', '321012', 'county'),
  name: '互联网上网服务营业场所经营单位设立审批',
  aliases: ['开网吧', '网吧许可证', '网咖审批', '电竞馆许可'],
  keywords: ['网络文化经营许可证', '上网服务', '网吧', '未成年人'],
  department: '江都区文化广电和旅游局',
  level: 'county',
  divisionCode: '321012',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 18,
  summary: '在江都区开办网吧、网咖的，向区文化广电和旅游局申请，现场核查合格后到窗口领取网络文化经营许可证。',
  guide: {
    basis: [
      {
        law: '《互联网上网服务营业场所管理条例》',
        article: '第十条、第十一条',
        text: '…文化行政部门应当自收到申请之日起20个工作日内作出决定；经审查，符合条件的，发给同意筹建的批准文件。…',
      },
    ],
    implementer: '扬州市江都区文化广电和旅游局',
    acceptingUnit: '江都区文化广电和旅游局（江都区政务服务中心文旅窗口）',
    conditions: [
      '场所距中小学校校园出入口最近距离符合规定（200米以上）。',
      '营业面积和计算机台数符合要求，消防安全符合规定。',
    ],
    materials: [
      {
        name: '设立申请书',
        form: '原件',
        copies: 1,
        source: '申请人自备',
        required: true,
        sample:
          '申请单位：扬州某某网络科技有限公司；场所：江都区××路××号二楼；营业面积：420㎡；计算机：120台；法定代表人：吴某。',
        commonMistakes: ['未附与最近中小学校出入口距离的测量说明。', '营业面积包含了消防通道和楼梯间。'],
      },
      {
        name: '营业场所产权或租赁证明及平面图',
        form: '原件和复印件',
        copies: 1,
        source: '申请人自备',
        required: true,
        commonMistakes: ['平面图未标明安全出口和机位布置。'],
      },
    ],
    process: [
      { name: '窗口受理', description: '到窗口提交纸质材料（到场一次）。', days: 0, countsTowardLimit: true },
      { name: '现场核查', description: '核查场所、距离和技术设施。', days: 10, countsTowardLimit: true },
      { name: '决定与领证', description: '作出决定，许可证可邮寄或到窗口领取。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [COUNTY_HALL['321012']],
    consultPhone: '0514-12345',
    complaintPhone: '12318',
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 寄递'],
    faq: [
      {
        q: '网吧能让未成年人进吗？',
        a: '不能。互联网上网服务营业场所不得接纳未成年人，须在入口显著位置悬挂未成年人禁入标志。',
      },
      {
        q: '开业前还要办什么？',
        a: '领取许可证后依法办理营业执照变更（经营范围）并落实消防安全要求，安装实名上网管理系统。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const travelAgency: ServiceItemSeed = {
  baseCode: '201200300000',
  implCode: implCode('201200300000', '321000', 'city'),
  name: '旅行社设立许可（国内旅游和入境旅游业务）',
  aliases: ['开旅行社', '旅行社经营许可证', '旅行社资质'],
  keywords: ['旅行社', '旅游业务经营许可证', '质量保证金', '国内旅游'],
  department: '扬州市文化广电和旅游局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 22,
  summary: '设立经营国内旅游和入境旅游业务的旅行社，网上申请，缴存质量保证金（或投保保证保险）后取得业务经营许可证。',
  guide: {
    basis: [
      {
        law: '《旅行社条例》',
        article: '第六条、第七条',
        text: '…申请经营国内旅游业务和入境旅游业务的，应当取得企业法人资格…受理申请的旅游行政管理部门应当自受理申请之日起20个工作日内作出许可或者不予许可的决定。…',
      },
    ],
    implementer: '扬州市文化广电和旅游局',
    acceptingUnit: '扬州市文化广电和旅游局（市政务服务中心文旅窗口）',
    conditions: [
      '已取得企业法人营业执照，经营范围含旅行社业务（许可项目）。',
      '有固定的经营场所和必要的营业设施。',
      '按规定缴存旅游服务质量保证金或取得保证金履约保证保险。',
    ],
    materials: [
      {
        name: '旅行社业务经营许可申请书',
        form: '在线填写',
        copies: 1,
        source: '全国旅游监管服务平台',
        required: true,
        sample:
          '申请人：扬州某某国际旅行社有限公司；经营场所：广陵区××路××号；申请业务：国内旅游业务、入境旅游业务；法定代表人：钱某；质量保证金：履约保证保险（保额20万元）。',
        commonMistakes: [
          '营业执照经营范围只写“旅游信息咨询”，未登记“旅行社业务”许可项目。',
          '保证保险保单受益人填写错误。',
        ],
      },
      {
        name: '经营场所证明',
        form: '电子证照',
        copies: 1,
        source: '不动产电子证照或租赁合同',
        required: true,
        commonMistakes: ['租赁期限不足一年。'],
      },
    ],
    process: [
      { name: '网上申请', description: '平台提交。', days: 0, countsTowardLimit: true },
      { name: '审查（含实地核查）', description: '核查经营场所和营业设施。', days: 7, countsTowardLimit: true },
      { name: '发证', description: '核发旅行社业务经营许可证（电子）。', days: 1, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 8,
    fee: { charged: false },
    locations: [{ name: '全国旅游监管服务平台', address: '网上申请', hours: '7×24 小时' }, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['电子许可证', '窗口领取'],
    faq: [
      {
        q: '能组织出境游吗？',
        a: '出境旅游业务须取得经营许可满两年且未因侵害旅游者合法权益受到罚款以上处罚，向省级文化和旅游部门另行申请。',
      },
      {
        q: '保证金一定要交现金吗？',
        a: '可以以银行担保或旅行社责任保险、保证金履约保证保险等方式替代，按国家文化和旅游部现行规定办理。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const farmMachinerySubsidy: ServiceItemSeed = {
  baseCode: '201300100000',
  implCode: implCode('201300100000', '321023', 'county'),
  name: '农机购置与应用补贴申领',
  aliases: ['农机补贴', '买农机补贴', '收割机补贴', '拖拉机补贴'],
  keywords: ['农业机械', '购置补贴', '江苏农机补贴', '核验', '补贴资金兑付'],
  department: '宝应县农业农村局',
  level: 'county',
  divisionCode: '321023',
  audience: ['personal', 'legal'],
  itemType: '行政给付',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 46,
  summary: '宝应县农户和农业生产经营组织购买补贴目录内农机后，在“江苏农机补贴”App 申请，核验后补贴打到“一卡通”。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国农业机械化促进法》',
        article: '第二十七条',
        text: '中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴。…',
      },
    ],
    implementer: '宝应县农业农村局',
    acceptingUnit: '宝应县农业农村局（农机化服务部门）及各镇农业农村服务中心',
    conditions: [
      '购买当年补贴范围和补贴额一览表内的机具。',
      '从事农业生产的个人或农业生产经营组织，机具已上牌（需上牌的）。',
    ],
    materials: [
      {
        name: '补贴申请',
        form: '在线填写',
        copies: 1,
        source: '“江苏农机补贴”App 或补贴辅助管理系统',
        required: true,
        sample:
          '购机者：张某（宝应县柳堡镇××村）；机具：4LZ-7.0全喂入式谷物联合收割机；出厂编号：××××；购机价：29.8万元；发票号：××××；补贴额：按一览表定额。',
        commonMistakes: [
          '发票上购机者姓名与申请人不一致。',
          '出厂编号漏填或与铭牌不一致。',
          '购机后超过当年申请截止时间才申请。',
        ],
      },
      {
        name: '购机发票',
        form: '电子证照',
        copies: 1,
        source: '经销商开具的增值税发票',
        required: true,
        commonMistakes: ['发票开具的型号与补贴目录型号不一致。'],
      },
      {
        name: '人机合影照片',
        form: '在线填写',
        copies: 1,
        source: 'App 拍摄上传（含铭牌）',
        required: true,
        sample:
          '购机者本人与所购机具（如 90 马力轮式拖拉机）同框，机具铭牌上的出厂编号、发动机号清晰可辨，背景为机具停放地点；用“苏农云”App 现场拍摄，自动加注拍摄时间和定位。',
        commonMistakes: ['照片看不清铭牌。'],
      },
    ],
    process: [
      { name: '网上申请', description: '购机后在App提交。', days: 0, countsTowardLimit: true },
      { name: '机具核验', description: '镇农业农村服务中心现场或视频核验机具。', days: 10, countsTowardLimit: true },
      { name: '公示', description: '县农业农村局公示补贴信息。', days: 5, countsTowardLimit: false },
      { name: '资金兑付', description: '县财政将补贴资金打入购机者“一卡通”账户。', days: 15, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 25,
    fee: { charged: false },
    locations: [{ name: '“江苏农机补贴”App', address: '网上申请', hours: '补贴申请期内' }, COUNTY_HALL['321023']],
    consultPhone: '12316',
    complaintPhone: '12316',
    intermediaries: [],
    delivery: ['补贴资金打入“一卡通”账户', '短信通知'],
    faq: [
      {
        q: '二手农机有补贴吗？',
        a: '没有。补贴只针对购买补贴目录内的新机具。',
      },
      {
        q: '补贴后多久不能卖？',
        a: '享受补贴的机具在规定年限内不得转卖，违规转卖的将追回补贴并列入黑名单。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const farmMachinerySubsidyLiubao = implAt(farmMachinerySubsidy, {
  divisionCode: '321023103',
  level: 'town',
  department: '宝应县柳堡镇便民服务中心',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 22,
  aliases: ['农机补贴受理', '镇里办农机补贴'],
  summary: '柳堡镇购机户可把农机开到镇农业农村服务中心核验点，现场帮办申请和核验一次完成。',
  guide: {
    implementer: '宝应县农业农村局',
    acceptingUnit: '宝应县柳堡镇便民服务中心（镇农业农村服务中心农机核验点）',
    locations: [{ name: '柳堡镇便民服务中心', address: '宝应县柳堡镇便民服务中心农业农村服务窗口', hours: HOURS_TOWN }],
    process: [
      {
        name: '现场帮办申请',
        description: '购机户带发票、身份证和“一卡通”，工作人员协助在App提交。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '现场核验',
        description: '核验人员对照铭牌和出厂编号拍照核验，大型机具可预约到田间核验。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '报送县局',
        description: '核验结果报宝应县农业农村局审核公示。',
        days: 2,
        countsTowardLimit: true,
      },
    ],
    faq: [
      {
        q: '“一卡通”账户丢了怎么办？',
        a: '请先到发卡银行补办，并在镇财政所更新账户信息，否则补贴资金无法到账。',
      },
      {
        q: '植保无人机能补吗？',
        a: '符合当年补贴范围和一览表的植保无人机可以申请，需同时满足实名登记等要求。',
      },
    ],
  },
})

const vetClinic: ServiceItemSeed = {
  baseCode: '201300200000',
  implCode: implCode('201300200000', '321003', 'county'),
  name: '动物诊疗许可证核发',
  aliases: ['开宠物医院', '宠物诊所许可', '动物医院许可证'],
  keywords: ['动物诊疗', '执业兽医', '宠物医院', '动物防疫'],
  department: '邗江区农业农村局',
  level: 'county',
  divisionCode: '321003',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 20,
  summary: '在邗江区开办宠物医院、动物诊所的，网上申请，现场核查合格后领证，最多跑一次。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国动物防疫法》',
        article: '第六十二条',
        text: '从事动物诊疗活动的机构，应当向县级以上地方人民政府农业农村主管部门申请动物诊疗许可证。受理申请的农业农村主管部门应当依照本法和《中华人民共和国行政许可法》的规定进行审查。经审查合格的，发给动物诊疗许可证；不合格的，应当通知申请人并说明理由。',
      },
    ],
    implementer: '扬州市邗江区农业农村局',
    acceptingUnit: '邗江区农业农村局（邗江区政务服务中心农业窗口）',
    conditions: [
      '有固定诊疗场所，出入口不与同一建筑物的其他用户共用通道。',
      '有与诊疗活动相适应的执业兽医。',
      '有完善的诊疗废弃物和病死动物处理措施。',
    ],
    materials: [
      {
        name: '动物诊疗许可证申请表',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '机构名称：扬州某某宠物医院有限公司；诊疗类别：动物诊所；地址：邗江区××路××号；执业兽医：王某（执业兽医资格证书编号 ××××）；诊疗动物：犬、猫。',
        commonMistakes: ['诊疗场所位于住宅楼内，与居民共用出入口。', '执业兽医尚未在本机构完成执业备案。'],
      },
      {
        name: '场所平面布局图及使用权证明',
        form: '原件和复印件',
        copies: 1,
        source: '申请人自备',
        required: true,
        commonMistakes: ['平面图未标出隔离室和医疗废弃物暂存间。'],
      },
    ],
    process: [
      { name: '网上申请', description: '提交材料。', days: 0, countsTowardLimit: true },
      { name: '现场核查', description: '核查场所布局和设备。', days: 10, countsTowardLimit: true },
      { name: '发证（到场一次）', description: '申请人到窗口领证，或选择邮寄。', days: 2, countsTowardLimit: true },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 12,
    fee: { charged: false },
    locations: [ONLINE_JS, COUNTY_HALL['321003']],
    consultPhone: '12316',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 寄递'],
    faq: [
      {
        q: '宠物美容店也要办吗？',
        a: '只做洗护美容、不从事诊疗的，不需要动物诊疗许可证；开展疫苗接种、诊疗的必须办理。',
      },
      {
        q: '能给宠物打狂犬疫苗吗？',
        a: '取得动物诊疗许可证并按规定承担狂犬病免疫工作的机构可以接种。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const homestead: ServiceItemSeed = {
  baseCode: '201300300000',
  implCode: implCode('201300300000', '321081109', 'town'),
  name: '农村村民宅基地申请审批',
  aliases: ['宅基地审批', '农村建房审批', '批宅基地', '盖房子审批'],
  keywords: ['宅基地', '农村村民住宅', '乡村建设规划许可', '一户一宅', '联审联办'],
  department: '仪征市月塘镇人民政府',
  level: 'town',
  divisionCode: '321081109',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'window',
  visitCount: 2,
  popularity: 28,
  summary: '月塘镇农村村民建房，向村民小组、村委会提出申请并公示，镇便民服务中心联审后批准，开工前“放样”到场。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国土地管理法》',
        article: '第六十二条',
        text: '农村村民一户只能拥有一处宅基地，其宅基地的面积不得超过省、自治区、直辖市规定的标准。…农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。…',
      },
    ],
    implementer: '仪征市月塘镇人民政府',
    acceptingUnit: '月塘镇便民服务中心（宅基地联审联办窗口）',
    conditions: [
      '本集体经济组织成员，符合“一户一宅”规定。',
      '符合村庄规划和用途管制要求，原宅基地按规定退出（拆旧建新的）。',
    ],
    materials: [
      {
        name: '农村宅基地和建房（规划许可）申请表',
        form: '原件',
        copies: 2,
        source: '镇便民服务中心或村委会领取，申请户签字',
        required: true,
        sample:
          '申请户主：孙某（月塘镇××村××组）；家庭人口：5人；现宅基地：160㎡，房屋危旧拟拆旧建新；申请用地面积：150㎡（宅基地）；建筑面积：两层，约240㎡；四至：东至路，南至孙某某，西至沟，北至空地。',
        commonMistakes: ['申请面积超过江苏省规定的户均宅基地面积标准。', '四至描述与村组现场不一致，邻居有异议。'],
      },
      {
        name: '农村宅基地使用承诺书',
        form: '原件',
        copies: 1,
        source: '申请户签字',
        required: true,
        sample: undertakingSample({
          who: '申请户户主刘某（仪征市月塘镇××村××组）',
          promises: [
            '本户申请宅基地符合“一户一宅”规定，经批准后按批准的面积、四至和层数建房',
            '拆旧建新的，新房竣工后3个月内拆除旧房，原宅基地交还村集体',
            '不将宅基地及地上住房出卖给本村集体经济组织以外的人员',
          ],
          consequence: '本户愿接受收回宅基地、拆除违法建筑等处理',
          signature: '申请户全体家庭成员签字',
        }),
        commonMistakes: ['拆旧建新未承诺拆除旧房的期限。'],
      },
      {
        name: '村民小组会议记录和公示情况',
        form: '原件',
        copies: 1,
        source: '村民小组、村委会出具',
        required: true,
        commonMistakes: ['公示期不足5个工作日。'],
      },
    ],
    process: [
      { name: '村组审查与公示', description: '村民小组讨论、村委会审查并公示。', days: 5, countsTowardLimit: false },
      {
        name: '镇级受理（第一次到场）',
        description: '申请户到镇便民服务中心提交材料。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '联审与现场踏勘',
        description: '镇农业农村、自然资源等部门联审并到现场踏勘。',
        days: 10,
        countsTowardLimit: true,
      },
      { name: '批准发证', description: '核发农村宅基地批准书和乡村建设规划许可证。', days: 5, countsTowardLimit: true },
      {
        name: '开工放样（第二次到场）',
        description: '开工前镇村到场丈量放样，竣工后验收。',
        days: 0,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: 20,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [
      { name: '月塘镇便民服务中心', address: '仪征市月塘镇便民服务中心宅基地联审联办窗口', hours: HOURS_TOWN },
    ],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取批准书', '村委会转交'],
    faq: [
      {
        q: '城里户口的子女能回村申请宅基地吗？',
        a: '不能。宅基地只分配给本集体经济组织成员，城镇户籍人员不得在农村申请宅基地。',
      },
      {
        q: '审批要交钱吗？',
        a: '宅基地审批不收费，请不要相信“交钱批地”。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const homesteadVillage = implAt(homestead, {
  divisionCode: '321081109',
  level: 'village',
  department: '仪征市月塘镇四庄村村民委员会',
  popularity: 12,
  aliases: ['宅基地村里申请', '建房申请村里盖章'],
  keywords: ['村民小组', '公示'],
  summary: '四庄村村民建房先向村民小组书面申请，村委会审查公示后报镇，村干部全程代办材料。',
  guide: {
    implementer: '仪征市月塘镇人民政府（村级受理审查）',
    acceptingUnit: '月塘镇四庄村村民委员会（村便民服务站）',
    locations: [{ name: '四庄村便民服务站', address: '仪征市月塘镇四庄村党群服务中心', hours: HOURS_VILLAGE }],
    process: [
      {
        name: '向村民小组申请',
        description: '申请户向所在村民小组提交书面申请，村民小组召开会议讨论并形成记录。',
        days: 3,
        countsTowardLimit: false,
      },
      {
        name: '村级审查',
        description: '村委会审查是否符合“一户一宅”和村庄规划，征求四邻意见。',
        days: 3,
        countsTowardLimit: true,
      },
      {
        name: '公示与报镇',
        description: '在本村公示5个工作日，无异议的由村委会代为报送镇便民服务中心。',
        days: 5,
        countsTowardLimit: false,
      },
    ],
    faq: [
      {
        q: '邻居不同意怎么办？',
        a: '村委会会组织协调四至和间距，协调不成的可申请镇人民调解委员会调解，必要时调整建房位置。',
      },
      {
        q: '村里能直接批吗？',
        a: '不能。村级只负责受理、审查和公示，审批权在镇人民政府。',
      },
    ],
  },
})

const waterPermit: ServiceItemSeed = {
  baseCode: '201400100000',
  implCode: implCode('201400100000', '321000', 'city'),
  name: '取水许可审批',
  aliases: ['取水证', '打井审批', '取水许可证', '抽地下水审批'],
  keywords: ['取水许可', '水资源论证', '水资源税', '取水计量'],
  department: '扬州市水利局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 16,
  summary: '直接从江河、湖泊或地下取用水资源的单位，提交水资源论证报告申请取水许可，专家评审后审批。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国水法》',
        article: '第四十八条',
        text: '直接从江河、湖泊或者地下取用水资源的单位和个人，应当按照国家取水许可制度和水资源有偿使用制度的规定，向水行政主管部门或者流域管理机构申请领取取水许可证…',
      },
    ],
    implementer: '扬州市水利局',
    acceptingUnit: '扬州市水利局（市政务服务中心水利窗口）',
    conditions: ['取水符合水资源规划和用水总量控制指标。', '已按规定编制建设项目水资源论证报告（或报告表）。'],
    materials: [
      {
        name: '取水许可申请书',
        form: '在线填写',
        copies: 1,
        source: '在线填写',
        required: true,
        sample:
          '申请单位：扬州某某化纤有限公司；取水水源：长江（仪征段）；取水地点：××闸上游；年取水量：180万m³；用途：工业生产；退水去向：经厂区污水处理站处理后接入园区污水管网。',
        commonMistakes: ['年取水量与论证报告的核定水量不一致。', '未说明取水计量设施的安装位置和型号。'],
      },
      {
        name: '建设项目水资源论证报告',
        form: '在线填写',
        copies: 1,
        source: '申请单位编制或委托技术单位编制',
        required: true,
        sample:
          '报告表要点：项目：扬州某某食品有限公司年产3万吨饮料项目；取水水源：长江（仪征段）地表水；年取水量 6.5 万立方米，日最大取水量 260 立方米；用水水平：单位产品取水量 2.1 立方米/吨，符合江苏省用水定额；退水：经厂区污水处理站处理后接入园区污水管网；对第三者影响：取水口上下游1公里内无其他取水户，影响可忽略。',
        commonMistakes: ['未分析对第三者取水的影响。'],
      },
    ],
    process: [
      { name: '受理', description: '网上提交，窗口核对原件（到场一次）。', days: 2, countsTowardLimit: true },
      { name: '专家评审', description: '组织论证报告专家评审，时间不计入时限。', days: 15, countsTowardLimit: false },
      {
        name: '审批',
        description: '作出批准文件；取水工程建成验收后核发取水许可证。',
        days: 10,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: 45,
    promisedLimitDays: 12,
    fee: { charged: false },
    locations: [ONLINE_JS, CITY_HALL],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [{ name: '水资源论证报告编制', basis: '《建设项目水资源论证管理办法》', fee: '按合同', days: 30 }],
    delivery: ['电子取水许可证', '窗口领取'],
    faq: [
      {
        q: '家庭生活打井用水要办吗？',
        a: '家庭生活和零星散养、圈养畜禽饮用等少量取水的，不需要申请取水许可。',
      },
      {
        q: '取水要交钱吗？',
        a: '办理许可不收费；取水后按规定缴纳水资源税（由税务部门征收），具体按江苏省税额标准执行。',
      },
    ],
    updatedAt: UPDATED,
  },
}

const openData: ServiceItemSeed = {
  baseCode: '201500100000',
  implCode: implCode('201500100000', '321000', 'city'),
  name: '公共数据有条件开放申请',
  aliases: ['申请政府数据', '公共数据开放', '数据开放申请'],
  keywords: ['公共数据', '有条件开放', '数据开放平台', '数据利用', '安全承诺'],
  department: '扬州市数据局',
  level: 'city',
  divisionCode: '321000',
  audience: ['legal', 'personal'],
  itemType: '公共服务',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 10,
  summary:
    '企业、科研机构需要使用有条件开放类公共数据的，在公共数据开放平台提交申请，数据提供部门审核后通过接口或数据沙箱提供。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国数据安全法》',
        article: '第四十二条',
        text: '国家制定政务数据开放目录，构建统一规范、互联互通、安全可控的政务数据开放平台，推动政务数据开放利用。',
      },
    ],
    implementer: '扬州市数据局',
    acceptingUnit: '扬州市数据局（扬州市公共数据开放平台）',
    conditions: [
      '申请人为依法登记的法人或其他组织，或具有完全民事行为能力的自然人。',
      '数据用途明确、合法，具备相应的数据安全保护能力。',
    ],
    materials: [
      {
        name: '公共数据开放申请表',
        form: '在线填写',
        copies: 1,
        source: '开放平台在线填写',
        required: true,
        sample:
          '申请单位：扬州某某科技有限公司；申请数据集：市区公共停车场实时泊位数据（接口）；用途：停车导航小程序；使用期限：1年；安全措施：数据传输加密、访问日志留存6个月。',
        commonMistakes: [
          '用途写“研究使用”，未说明具体场景和成果形式。',
          '申请的是已无条件开放的数据集，可直接下载无需申请。',
        ],
      },
      {
        name: '数据安全承诺书',
        form: '在线填写',
        copies: 1,
        source: '申请人签署',
        required: true,
        sample: undertakingSample({
          who: '扬州某某信息技术有限公司（法定代表人：周某）',
          promises: [
            '获取的扬州市公共交通客流有条件开放数据仅用于公交线网优化研究，不超出申请的用途和范围',
            '建立数据安全管理制度，在约定环境中存储和处理数据，不向第三方提供',
            '使用期满或用途完成后删除数据，并提交数据使用情况报告',
          ],
          consequence: '本单位愿接受停止提供数据并依法承担相应责任',
          signature: '法定代表人签名并加盖公章',
        }),
        commonMistakes: ['承诺书签署人与申请单位法定代表人不一致且无授权。'],
      },
    ],
    process: [
      { name: '在线申请', description: '在开放平台提交。', days: 0, countsTowardLimit: true },
      { name: '部门审核', description: '数据提供部门审核用途和安全能力。', days: 10, countsTowardLimit: true },
      { name: '开放交付', description: '签订开放利用协议后通过接口或数据沙箱提供。', days: 5, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 15,
    fee: { charged: false },
    locations: [{ name: '扬州市公共数据开放平台', address: '网上申请', hours: '7×24 小时' }],
    consultPhone: '0514-12345',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['接口授权', '数据沙箱账号'],
    faq: [
      {
        q: '涉及个人信息的数据能开放吗？',
        a: '涉及个人隐私的数据不予开放，确需使用的只能以脱敏、统计或“可用不可见”的方式提供。',
      },
      {
        q: '数据用完要交回吗？',
        a: '协议到期后应按约定删除数据，并提交数据利用成果或情况说明。',
      },
    ],
    updatedAt: UPDATED,
  },
}

export const businessItems4: ServiceItemSeed[] = [
  enrolment,
  enrolmentHanjiang,
  enrolmentXihu,
  transferSchool,
  teacherCert,
  studentAid,
  rideHailDriver,
  vehicleTransportCert,
  outdoorAd,
  roadExcavation,
  constructionWaste,
  eia,
  pollutionPermit,
  performance,
  internetCafe,
  travelAgency,
  farmMachinerySubsidy,
  farmMachinerySubsidyLiubao,
  vetClinic,
  homestead,
  homesteadVillage,
  waterPermit,
  openData,
]
