import { COMPLAINT, HOURS } from './halls'
import { implCode, implementAt } from './implementation'
import type { ServiceItemSeed } from './types'

/**
 * 个人事项（一）：扬州市公安局 户政、居民身份证。
 * 同一标准事项在不同层级发布时共用 baseCode（三级四同），只改实施主体、受理窗口与地点。
 */

const HOURS_SAT = '周一至周五 8:30-12:00，13:30-17:00（夏季 14:00-17:30）；周六 9:00-12:00 身份证、出入境延时服务'
const HOURS_PS = '周一至周六 8:30-12:00，14:00-17:30（派出所户籍室，周日及法定节假日除外）'
const CITY_HALL_HUZHENG = {
  name: '扬州市政务服务中心 公安综合窗口',
  address: '扬州市邗江区文昌西路扬州市民中心（市政务服务中心）二楼公安户政区',
  hours: HOURS_SAT,
}
const ONLINE = {
  name: '“苏服办”App / 江苏政务服务网扬州旗舰店 / “江苏公安微警务”',
  address: '网上办理：搜索事项名称，实名认证后在线申报',
  hours: '7×24 小时受理，工作日审核',
}

export const peopleItems1: ServiceItemSeed[] = []

// ───────────────────────────── 出生登记 ─────────────────────────────
const birthReg: ServiceItemSeed = {
  baseCode: '100100000001',
  implCode: implCode('100100000001', '321002', 'county'),
  name: '出生登记（新生儿落户）',
  aliases: ['给孩子上户口', '新生儿落户', '报户口', '小孩入户'],
  keywords: ['户口', '户籍', '出生医学证明', '新生儿', '随父', '随母', '出生一件事'],
  department: '扬州市公安局广陵分局',
  level: 'county',
  divisionCode: '321002',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 88,
  summary: '新生儿出生后一个月内，由父母在网上申报随父或随母落户，审核通过后户口簿首页/增页邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国户口登记条例》',
        article: '第七条',
        text: '婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。……',
      },
      {
        law: '《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）',
        article: '二、（一）',
        text: '……政策外生育、非婚生育的无户口人员，本人或者其监护人可以凭《出生医学证明》和父亲或者母亲一方的居民户口簿、结婚证或者非婚生育说明，按照随父随母落户自愿的政策，申请办理常住户口登记。',
      },
    ],
    implementer: '扬州市公安局广陵分局',
    acceptingUnit: '新生儿父亲或母亲户籍所在地派出所户籍室（网上申报由分局户政管理大队统一审核）',
    conditions: [
      '新生儿在境内出生，已取得《出生医学证明》（含电子出生医学证明）。',
      '申请随父或随母落户，落户方须为广陵区常住户口；父母双方户口不在同一户的，由父母协商确定落户一方。',
      '应在出生后一个月内申报；超过一个月的仍可申报，但须说明未及时申报原因。',
    ],
    materials: [
      {
        name: '出生登记申请表',
        form: '在线填写',
        copies: 1,
        source: '申请人在线填写',
        required: true,
        sample:
          '申请人：李婷（母亲），身份证号 3210**********2027；新生儿姓名：王一诺，性别：女，出生日期：2026年10月3日，出生地：江苏省扬州市广陵区；出生医学证明编号：T32*******；申报落户：随父，落户地址：广陵区文峰街道某小区8幢；与户主关系：孙女。',
        commonMistakes: [
          '新生儿姓名使用生僻字或字库外字，系统无法录入，需先到户籍室人工办理。',
          '“与户主关系”按与申请人的关系填写（如填“女”），而户主实际是祖父，应填“孙女”。',
          '出生地按父母户籍地填写，而应按出生医学证明上的出生地点填写。',
        ],
      },
      {
        name: '出生医学证明',
        form: '电子证照',
        copies: 1,
        source: '助产机构签发，系统共享调取',
        required: true,
        commonMistakes: ['出生医学证明上的母亲姓名或身份证号与户籍信息不一致，须先到签发医院更正。'],
      },
      {
        name: '父母双方居民身份证、居民户口簿',
        form: '电子证照',
        copies: 1,
        source: '公安机关核发，系统共享调取',
        required: true,
        commonMistakes: ['落户方户口簿不在手边时上传了非落户方的户口簿首页。'],
      },
      {
        name: '结婚证',
        form: '电子证照',
        copies: 1,
        source: '民政部门核发，系统共享调取',
        required: '父母已办理结婚登记的',
        commonMistakes: ['父母离婚后再婚，上传的是现任配偶的结婚证，不能证明新生儿父母关系。'],
      },
      {
        name: '非婚生育说明或亲子鉴定意见书',
        form: '原件',
        copies: 1,
        source: '申请人自备 / 具有资质的司法鉴定机构出具',
        required: '非婚生育且随父落户的',
        sample:
          '非婚生育说明：王某（身份证号 3210**********3011）与李某（身份证号 3210**********2027）未办理结婚登记，于2026年10月3日在扬州市妇幼保健院生育一女王一诺（出生医学证明编号 T32*******），王某系其生父，双方同意其随父落户。说明人（父母双方签名并按手印）：王某、李某　2026年10月20日',
        commonMistakes: ['鉴定机构不具备司法鉴定资质，意见书不被认可。', '说明只有父亲一方签名，缺少母亲签名。'],
      },
    ],
    process: [
      {
        name: '网上申报',
        description: '通过“苏服办”“新生儿出生一件事”或江苏公安微警务提交申请，上传材料。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '审核',
        description: '户籍民警核对出生医学证明与父母户籍信息，必要时电话核实。',
        days: 2,
        countsTowardLimit: true,
      },
      { name: '登记制证', description: '录入常住人口信息，打印户口簿登记页。', days: 1, countsTowardLimit: true },
      {
        name: '送达',
        description: 'EMS 免费寄递户口簿登记页，或到派出所户籍室领取。',
        days: 2,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 3,
    fee: { charged: false },
    locations: [
      ONLINE,
      {
        name: '新生儿父或母户籍所在地派出所户籍室',
        address: '广陵区各派出所户籍室（东关、汶河、文峰、曲江、汤汪等）',
        hours: HOURS_PS,
      },
    ],
    consultPhone: '0514-87362110',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '派出所户籍室领取'],
    faq: [
      {
        q: '孩子姓名还没想好，能先报户口吗？',
        a: '不能。出生登记必须登记正式姓名，且应与出生医学证明一致；出生医学证明上姓名空白的，先到出生医院补填姓名后再申报。',
      },
      {
        q: '超过一个月才来报户口会被罚款吗？',
        a: '不会罚款，但须说明未及时申报原因。超过一年的，民警可能需要进一步核实出生事实。',
      },
      {
        q: '户口能随母亲报到外婆家吗？',
        a: '可以随母落户，落户地址为母亲常住户口所在地址；须取得该户户主同意。',
      },
    ],
    updatedAt: '2026-10-20',
  },
}
peopleItems1.push(
  birthReg,
  implementAt(birthReg, {
    level: 'county',
    divisionCode: '321023',
    department: '宝应县公安局',
    popularity: 60,
    guide: {
      implementer: '宝应县公安局',
      acceptingUnit: '新生儿父亲或母亲户籍所在地派出所（安宜、氾水、射阳湖等派出所）',
      locations: [
        ONLINE,
        { name: '宝应县政务服务中心 公安户政窗口', address: '宝应县安宜镇宝应县政务服务中心一楼', hours: HOURS },
      ],
      consultPhone: '0514-88223110',
    },
  }),
)

// ───────────────────────────── 户口迁入 ─────────────────────────────
const hukouIn: ServiceItemSeed = {
  baseCode: '100100000002',
  implCode: implCode('100100000002', '321000', 'city'),
  name: '户口迁入登记（人才落户、购房落户、投靠落户）',
  aliases: ['落户扬州', '迁户口', '户口迁到扬州', '人才落户', '买房落户', '投靠父母落户'],
  keywords: ['户籍', '迁入', '跨省迁移', '一站式', '准迁证', '大学生落户'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 72,
  summary:
    '符合扬州市落户条件的，在“苏服办”网上申请落户，跨省迁移“一站式”办理，户口簿登记页邮寄到家，无需回原籍开迁移证。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国户口登记条例》',
        article: '第十三条',
        text: '公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记，缴销迁移证件。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '拟迁入地派出所户籍室；人才落户可在扬州市政务服务中心公安综合窗口办理',
    conditions: [
      '人才落户：具有全日制大专及以上学历或技工院校高级工以上，或取得中级以上专业技术职称、高级工以上职业资格。',
      '购房落户：在我市城镇购买并取得合法产权住房（以不动产权证书为准），本人及共同居住的配偶、未成年子女可申请落户。',
      '投靠落户：夫妻投靠、未成年子女投靠父母、父母投靠子女等，被投靠人须为扬州市常住户口。',
      '拟迁入地址须为合法固定住所或单位/人才市场集体户，且房屋产权人同意落户。',
    ],
    materials: [
      {
        name: '户口迁移申请表',
        form: '原件',
        copies: 1,
        source: '窗口领取或“苏服办”下载',
        required: true,
        sample:
          '申请人：赵磊，身份证号 3412**********5511，现户籍：安徽省宿州市埇桥区；迁移类别：人才落户（本科）；拟迁入地址：扬州市邗江区蒋王街道某小区3幢1单元；随迁人员：无；房屋产权人：赵磊（同意落户，签名）。',
        commonMistakes: [
          '拟迁入地址写到小区即止，未写幢、单元、室号，派出所无法确定户口登记地址。',
          '入户到亲友房屋时，房屋产权人未在“产权人意见”栏签名或未附其身份证复印件。',
          '随迁人员漏填配偶或未成年子女，导致需要另行办理。',
        ],
      },
      {
        name: '居民身份证、居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['户口簿为旧本且缺少本人页。'],
      },
      {
        name: '学历证书或职称、职业资格证书',
        form: '原件和复印件',
        copies: 1,
        source: '学校、人社部门核发',
        required: '人才落户的',
        commonMistakes: ['国（境）外学历未提供教育部留学服务中心学历学位认证书。'],
      },
      {
        name: '不动产权证书',
        form: '原件和复印件',
        copies: 1,
        source: '不动产登记机构核发',
        required: '购房落户或迁入自有住房的',
        commonMistakes: ['仅有购房合同、尚未办理不动产权证书。'],
      },
      {
        name: '结婚证、出生医学证明等亲属关系证明',
        form: '原件',
        copies: 1,
        source: '民政部门、医疗机构核发',
        required: '投靠落户的',
        commonMistakes: ['父母投靠子女时，子女出生证明遗失又未提供户籍档案中的亲属关系记载。'],
      },
    ],
    process: [
      {
        name: '受理',
        description: '窗口核验材料，材料齐全的当场受理，出具受理回执。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '审核审批',
        description: '派出所审核、分局户政部门审批；跨省迁移经公安部“跨省通办”平台向迁出地核验。',
        days: 5,
        countsTowardLimit: true,
      },
      {
        name: '迁出地办理迁出',
        description: '迁出地公安机关在线办理迁出，无需申请人往返。',
        days: 3,
        countsTowardLimit: false,
      },
      {
        name: '落户办证',
        description: '办理落户，打印户口簿并发放；身份证须同时换领的可一并申请。',
        days: 1,
        countsTowardLimit: true,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 7,
    fee: { charged: false },
    locations: [
      ONLINE,
      CITY_HALL_HUZHENG,
      { name: '拟迁入地派出所户籍室', address: '各县（市、区）派出所户籍室', hours: HOURS_PS },
    ],
    consultPhone: '0514-87362251',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 邮寄'],
    faq: [
      {
        q: '我是外省户口，还要回老家开迁移证吗？',
        a: '不需要。夫妻投靠、父母投靠子女、大中专毕业生、工作调动等已纳入“跨省通办”，在扬州迁入地派出所一次申请即可，迁出手续由两地公安机关网上协同。',
      },
      {
        q: '租的房子能落户吗？',
        a: '租赁住房一般不能直接落户。人才可落户到工作单位集体户或人才服务机构集体户，具体以扬州市现行户籍准入政策为准。',
      },
    ],
    updatedAt: '2026-09-28',
  },
}
peopleItems1.push(
  hukouIn,
  implementAt(hukouIn, {
    level: 'county',
    divisionCode: '321003',
    department: '扬州市公安局邗江分局',
    popularity: 55,
    guide: {
      implementer: '扬州市公安局邗江分局',
      acceptingUnit: '拟迁入地派出所户籍室（蒋王、邗上、汊河、双桥等派出所）',
      locations: [
        ONLINE,
        { name: '邗江区政务服务中心 公安户政窗口', address: '扬州市邗江区政务服务中心一楼', hours: HOURS },
        { name: '拟迁入地派出所户籍室', address: '邗江区各派出所户籍室', hours: HOURS_PS },
      ],
      consultPhone: '0514-87862110',
    },
  }),
)

// ───────────────────────────── 户口迁出 ─────────────────────────────
peopleItems1.push({
  baseCode: '100100000003',
  implCode: implCode('100100000003', '321081', 'county'),
  name: '户口迁出登记（出国定居、参军入伍、迁往未实行一站式的地区）',
  aliases: ['迁出户口', '开迁移证', '出国注销户口', '当兵迁户口'],
  keywords: ['户籍', '迁移证', '出国定居', '入伍', '准迁证'],
  department: '仪征市公安局',
  level: 'county',
  divisionCode: '321081',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 35,
  summary: '出国（境）定居、应征入伍或迁入地要求出具《户口迁移证》的，到户籍所在地派出所当场办理迁出。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国户口登记条例》',
        article: '第十条',
        text: '公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件，注销户口。……',
      },
    ],
    implementer: '仪征市公安局',
    acceptingUnit: '户籍所在地派出所户籍室',
    conditions: [
      '跨省迁移已实行“一站式”的，请直接到迁入地申请，本事项不再受理。',
      '持迁入地公安机关签发的《准予迁入证明》，或出国（境）定居、应征入伍等法定迁出事由。',
      '须本人或户主到场：注销户口涉及身份核验，且需当场交回居民身份证并在迁出登记表上签字，无法网上办理。',
    ],
    materials: [
      {
        name: '户口迁出登记表',
        form: '原件',
        copies: 1,
        source: '派出所户籍室领取',
        required: true,
        sample:
          '申请人：孙晓雯，身份证号 3210**********4426；迁出事由：出国定居（加拿大）；迁往地址：加拿大安大略省；同时交回居民身份证（号码同上）；申请人签名：孙晓雯；日期：2026年11月2日。',
        commonMistakes: [
          '出国定居的，未同时交回居民身份证，派出所不能办理注销。',
          '迁出事由写“工作需要”等笼统表述，未写明具体迁往地和法定事由。',
        ],
      },
      {
        name: '居民身份证、居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['户口簿由其他家庭成员保管未带来，无法在户口簿上加盖迁出章。'],
      },
      {
        name: '准予迁入证明 / 入伍通知书 / 国外永久居留证明',
        form: '原件和复印件',
        copies: 1,
        source: '迁入地公安机关、征兵办公室、外国政府签发',
        required: true,
        commonMistakes: ['外文居留证明未附中文翻译件。', '准予迁入证明已超过有效期（一般为40日）。'],
      },
    ],
    process: [
      { name: '受理审核', description: '户籍民警当场核验材料与人员身份。', days: 0, countsTowardLimit: true },
      { name: '办理迁出', description: '签发《户口迁移证》或注销户口，当场交付。', days: 0, countsTowardLimit: true },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      { name: '户籍所在地派出所户籍室', address: '仪征市真州、新城、青山、马集等派出所户籍室', hours: HOURS_PS },
      { name: '仪征市政务服务中心 公安户政窗口', address: '仪征市真州镇仪征市政务服务中心一楼', hours: HOURS },
    ],
    consultPhone: '0514-83428110',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口当场领取'],
    faq: [
      {
        q: '出国定居后还能保留户口吗？',
        a: '已在国外定居（取得永久居留资格并实际居住）的，应当办理户口注销；回国定居时可按规定申请恢复户口。',
      },
      {
        q: '入伍前要迁户口吗？',
        a: '按现行政策，义务兵入伍不再注销户口；考入军队院校或提干等需迁出的，凭部队出具的证明办理。具体以派出所解释为准。',
      },
    ],
    updatedAt: '2026-08-16',
  },
})

// ───────────────────────────── 死亡注销户口 ─────────────────────────────
const deathCancel: ServiceItemSeed = {
  baseCode: '100100000004',
  implCode: implCode('100100000004', '321002001', 'town'),
  name: '死亡人员户口注销',
  aliases: ['销户口', '去世注销户口', '人走了户口怎么办', '注销死亡户口'],
  keywords: ['户籍', '死亡', '居民死亡医学证明', '火化证明', '身后一件事'],
  department: '扬州市公安局广陵分局东关派出所',
  level: 'town',
  divisionCode: '321002001',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 58,
  summary: '公民死亡后，由家属持死亡医学证明到户籍所在地派出所注销户口，当场办结并出具户口注销证明。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国户口登记条例》',
        article: '第八条',
        text: '公民死亡，城市在葬前，农村在一个月以内，由户主、亲属、抚养人或者邻居向户口登记机关申报死亡登记，注销户口。……',
      },
    ],
    implementer: '扬州市公安局广陵分局',
    acceptingUnit: '扬州市公安局广陵分局东关派出所户籍室',
    conditions: [
      '死者为东关派出所辖区常住户口。',
      '由死者近亲属、户主或抚养人申报；已通过“身后一件事”线上提交的，只需到所签字并交回证件。',
      '须到派出所一次：申报人须当场签字确认并交回死者居民身份证、户口簿本人页。',
    ],
    materials: [
      {
        name: '居民死亡医学证明（推断）书',
        form: '原件',
        copies: 1,
        source: '医疗卫生机构出具（第四联交公安机关）',
        required: true,
        sample:
          '死者姓名：周某某，性别：男，身份证号 3210**********0318，死亡日期：2026年9月12日，死亡地点：苏北人民医院，死亡原因：……；出具单位盖章；家属签字：周某（子）。',
        commonMistakes: [
          '交来的是第一联（存根）或复印件，派出所须收取第四联原件。',
          '医学证明上身份证号与户籍信息不一致（少一位或X写成×），须回出具机构更正。',
        ],
      },
      {
        name: '死者居民身份证、居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['身份证已随遗物遗失，未填写《居民身份证丢失情况说明》。'],
      },
      {
        name: '申报人居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['申报人与死者关系无法从户籍信息核实且未带关系证明。'],
      },
      {
        name: '人民法院宣告死亡判决书',
        form: '原件和复印件',
        copies: 1,
        source: '人民法院出具',
        required: '被宣告死亡的',
        commonMistakes: ['判决书尚未生效即来申报。'],
      },
    ],
    process: [
      { name: '申报受理', description: '户籍室核验死亡医学证明与户籍信息。', days: 0, countsTowardLimit: true },
      {
        name: '注销登记',
        description: '注销户口，收缴身份证，在户口簿本人页加盖注销章，出具户口注销证明。',
        days: 0,
        countsTowardLimit: true,
      },
      {
        name: '信息推送',
        description: '注销信息推送人社、医保、民政等部门，用于停发待遇和殡葬补助。',
        days: 1,
        countsTowardLimit: false,
      },
    ],
    legalLimitDays: null,
    promisedLimitDays: 0,
    fee: { charged: false },
    locations: [
      {
        name: '扬州市公安局广陵分局东关派出所户籍室',
        address: '扬州市广陵区东关街道辖区（东关派出所一楼户籍室）',
        hours: HOURS_PS,
      },
    ],
    consultPhone: '0514-87343110',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['当场领取户口注销证明'],
    faq: [
      {
        q: '老人在外地医院去世，能在扬州注销户口吗？',
        a: '可以。凭外地医疗机构出具的居民死亡医学证明（推断）书第四联，到扬州户籍地派出所申报注销。',
      },
      {
        q: '注销户口后，银行存款、房产过户要什么证明？',
        a: '派出所出具的户口注销证明可用于办理继承公证、银行和不动产继承等，建议多开具一份备用。',
      },
    ],
    updatedAt: '2026-10-09',
  },
}
peopleItems1.push(
  deathCancel,
  implementAt(deathCancel, {
    level: 'town',
    divisionCode: '321084001',
    department: '高邮市公安局高邮派出所',
    popularity: 40,
    guide: {
      implementer: '高邮市公安局',
      acceptingUnit: '高邮市公安局高邮派出所户籍室',
      conditions: [
        '死者为高邮街道辖区常住户口。',
        '由死者近亲属、户主或抚养人申报；已通过“身后一件事”线上提交的，只需到所签字并交回证件。',
        '须到派出所一次：申报人须当场签字确认并交回死者居民身份证、户口簿本人页。',
      ],
      locations: [
        { name: '高邮市公安局高邮派出所户籍室', address: '高邮市高邮街道辖区（高邮派出所户籍室）', hours: HOURS_PS },
      ],
      consultPhone: '0514-84642110',
    },
  }),
)

// ───────────────────────────── 居住证 ─────────────────────────────
const residencePermit: ServiceItemSeed = {
  baseCode: '100100000005',
  implCode: implCode('100100000005', '321000', 'city'),
  name: '居住证申领',
  aliases: ['办居住证', '暂住证', '外地人居住证', '居住登记'],
  keywords: ['流动人口', '居住登记', '积分入学', '外来人口', '签注'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政确认',
  handlingMode: 'online',
  visitCount: 0,
  popularity: 70,
  summary: '非扬州户籍人员在扬居住半年以上、有稳定就业/住所/就读之一的，网上申领居住证，首次申领免费，邮寄到家。',
  guide: {
    basis: [
      {
        law: '《居住证暂行条例》（国务院令第663号）',
        article: '第二条',
        text: '公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以依照本条例的规定申领居住证。',
      },
      {
        law: '《居住证暂行条例》（国务院令第663号）',
        article: '第九条、第十条',
        text: '申领居住证，应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民身份证、本人相片以及居住地住址、就业、就读等证明材料。……公安机关应当自受理之日起15日内制作发放居住证……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '居住地派出所或受委托的街道（乡镇）便民服务中心；网上申请由市公安局人口管理支队统一审核',
    conditions: [
      '已在居住地办理居住登记满半年。',
      '符合合法稳定就业、合法稳定住所、连续就读条件之一。',
      '已有扬州居住证在有效期内的，请办理签注而非重新申领。',
    ],
    materials: [
      {
        name: '居住证申领登记表',
        form: '在线填写',
        copies: 1,
        source: '申请人在线填写',
        required: true,
        sample:
          '申请人：陈刚，身份证号 3408**********3817；户籍地：安徽省安庆市；居住地址：扬州市广陵区汶河街道某小区12幢302室；居住事由：务工；工作单位：扬州某机械有限公司；居住登记日期：2026年3月5日。',
        commonMistakes: [
          '居住地址与租赁合同或房产证上的地址不一致（如写成“某小区后门平房”）。',
          '居住登记未满半年即申请，系统自动退回。',
          '工作单位填写简称，无法与社保参保单位匹配。',
        ],
      },
      {
        name: '本人近期免冠彩色数码照片',
        form: '电子证照',
        copies: 1,
        source: '照相馆拍摄回执或在线上传',
        required: true,
        commonMistakes: ['上传自拍或美颜照片，不符合 GA 461 居民身份证证件照相规范。', '背景不是纯白色或戴深色眼镜。'],
      },
      {
        name: '房屋租赁合同 / 不动产权证书 / 单位住宿证明',
        form: '电子证照',
        copies: 1,
        source: '申请人自备或系统共享',
        required: '以合法稳定住所为条件申领的',
        commonMistakes: ['租赁合同已到期未续签。'],
      },
      {
        name: '劳动合同或社保缴纳记录、营业执照',
        form: '电子证照',
        copies: 1,
        source: '用人单位或人社、市场监管部门',
        required: '以合法稳定就业为条件申领的',
        commonMistakes: ['社保参保地不在扬州。'],
      },
      {
        name: '学生证或学校在读证明',
        form: '电子证照',
        copies: 1,
        source: '就读学校出具',
        required: '以连续就读为条件申领的',
        commonMistakes: ['证明未加盖学校公章。'],
      },
    ],
    process: [
      { name: '网上申请', description: '实名认证后填表、上传照片和证明材料。', days: 0, countsTowardLimit: false },
      { name: '审核', description: '派出所核查居住登记与证明材料。', days: 3, countsTowardLimit: true },
      { name: '制证', description: '市公安局统一制作居住证。', days: 5, countsTowardLimit: true },
      { name: '送达', description: '免费 EMS 邮寄或到选定的便民服务中心领取。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 15,
    promisedLimitDays: 10,
    fee: { charged: false },
    locations: [ONLINE, CITY_HALL_HUZHENG],
    consultPhone: '0514-87362365',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '便民服务中心领取', '电子居住证（“苏服办”亮证）'],
    faq: [
      {
        q: '办居住证要钱吗？',
        a: '首次申领免费；丢失补领、损坏换领按规定收取工本费。',
      },
      {
        q: '居住证过期了怎么办？',
        a: '居住证每年签注一次，在“苏服办”上申请签注即可，逾期未签注的，在居住地连续居住年限从重新签注之日起计算。',
      },
      {
        q: '孩子在扬州上学要居住证吗？',
        a: '随迁子女入学一般要求父母一方持有扬州居住证，具体年限以当年教育部门招生政策为准，建议提前办理。',
      },
    ],
    updatedAt: '2026-10-30',
  },
}
peopleItems1.push(
  residencePermit,
  implementAt(residencePermit, {
    level: 'town',
    divisionCode: '321002002',
    department: '广陵区汶河街道便民服务中心',
    popularity: 38,
    handlingMode: 'once',
    visitCount: 1,
    summary: '汶河街道辖区流动人口可在街道便民服务中心现场采集照片、提交材料申领居住证，制证后邮寄。',
    guide: {
      implementer: '扬州市公安局广陵分局',
      acceptingUnit: '广陵区汶河街道便民服务中心（受公安机关委托受理）',
      locations: [
        {
          name: '广陵区汶河街道便民服务中心 综合窗口',
          address: '扬州市广陵区汶河街道便民服务中心一楼',
          hours: '周一至周五 8:30-12:00，14:00-17:30',
        },
      ],
      consultPhone: '0514-87240212',
    },
  }),
  implementAt(residencePermit, {
    level: 'town',
    divisionCode: '321003001',
    department: '邗江区邗上街道便民服务中心',
    popularity: 36,
    handlingMode: 'once',
    visitCount: 1,
    summary: '邗上街道辖区流动人口可在街道便民服务中心现场申领居住证，制证后邮寄或到中心领取。',
    guide: {
      implementer: '扬州市公安局邗江分局',
      acceptingUnit: '邗江区邗上街道便民服务中心（受公安机关委托受理）',
      locations: [
        {
          name: '邗江区邗上街道便民服务中心',
          address: '扬州市邗江区邗上街道便民服务中心一楼流动人口服务窗口',
          hours: '周一至周五 8:30-12:00，14:00-17:30',
        },
      ],
      consultPhone: '0514-87867365',
    },
  }),
)

// ───────────────────────────── 居民身份证首次申领 ─────────────────────────────
const idFirst: ServiceItemSeed = {
  baseCode: '100100000006',
  implCode: implCode('100100000006', '321000', 'city'),
  name: '居民身份证首次申领',
  aliases: ['第一次办身份证', '小孩办身份证', '满16岁办身份证', '初次领证'],
  keywords: ['居民身份证', '身份证', '未成年人', '指纹', '监护人'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'window',
  visitCount: 1,
  popularity: 66,
  summary: '年满16周岁或自愿申领的未成年人，本人到户政窗口现场拍照、采集指纹，证件可邮寄到家。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第七条',
        text: '公民应当自年满十六周岁之日起三个月内，向常住户口所在地的公安机关申请领取居民身份证。未满十六周岁的公民，由监护人代为申请领取居民身份证。',
      },
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十条',
        text: '申请领取居民身份证，应当填写《居民身份证申领登记表》，交验居民户口簿。',
      },
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十二条',
        text: '公民申请领取、换领、补领居民身份证，公安机关应当按照规定及时予以办理。公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证；交通不便的地区，办理时间可以适当延长，但延长的时间不得超过三十日。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市政务服务中心公安综合窗口、各派出所户籍室',
    conditions: [
      '扬州市常住户口，从未办理过居民身份证。',
      '须本人到场：现场采集人像和指纹信息，无法网上办理；未满16周岁的由监护人陪同。',
      '未满16周岁的可自愿申领，有效期5年。',
    ],
    materials: [
      {
        name: '居民身份证申领登记表',
        form: '原件',
        copies: 1,
        source: '窗口打印，申请人核对签字',
        required: true,
        sample:
          '姓名：刘子涵，性别：男，民族：汉，出生：2010年6月14日，住址：江苏省扬州市邗江区某路某号；申领原因：首次申领；监护人：刘某（父），身份证号 3210**********2215；签名：刘子涵、刘某。',
        commonMistakes: [
          '登记表上姓名、出生日期与户口簿不一致未当场提出，证件制好后须按“登记项目错误”重办。',
          '未满16周岁申请人未由监护人签字。',
        ],
      },
      {
        name: '居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['户口簿本人页信息有误未先更正。'],
      },
      {
        name: '监护人居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: '未满16周岁的',
        commonMistakes: ['陪同的是祖父母，但未带监护关系证明或委托说明。'],
      },
      {
        name: '数码相片回执',
        form: '电子证照',
        copies: 1,
        source: '窗口现场拍摄或公安认可的照相机构',
        required: true,
        commonMistakes: [
          '在非认可照相馆拍摄，照片无法上传制证系统。',
          '穿白色上衣与背景融为一体或露出耳饰、刘海遮眉。',
        ],
      },
    ],
    process: [
      {
        name: '现场受理',
        description: '核验户口簿，现场拍照、采集双手指纹，签字确认登记表。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核签发', description: '派出所审核，县级公安机关签发。', days: 3, countsTowardLimit: true },
      { name: '制证', description: '省公安厅统一制证。', days: 10, countsTowardLimit: true },
      { name: '领证', description: '到受理窗口领取，或选择 EMS 邮寄（到付）。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 15,
    fee: {
      charged: true,
      basis:
        '《中华人民共和国居民身份证法》第二十条；《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
      standard: '工本费每证20元；城市低保对象、农村特困等生活困难居民首次申领免收。',
    },
    locations: [CITY_HALL_HUZHENG, { name: '户籍所在地派出所户籍室', address: '全市各派出所户籍室', hours: HOURS_PS }],
    consultPhone: '0514-87362217',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 邮寄（到付）'],
    faq: [
      {
        q: '孩子要出国或坐飞机，多大可以办身份证？',
        a: '未满16周岁的公民可以自愿申领，不设最低年龄；未满16周岁办理的身份证有效期为5年。',
      },
      {
        q: '为什么必须本人来？',
        a: '首次申领要现场拍照和采集指纹，信息须本人与户口簿比对，因此不能代办或网上办理。',
      },
      {
        q: '急用身份证怎么办？',
        a: '可同时申请临时居民身份证（工本费10元），一般当天可取，有效期3个月。',
      },
    ],
    updatedAt: '2026-09-22',
  },
}
peopleItems1.push(
  idFirst,
  implementAt(idFirst, {
    level: 'county',
    divisionCode: '321002',
    department: '扬州市公安局广陵分局',
    popularity: 42,
    visitCount: 2,
    summary: '广陵区户籍首次申领身份证，本人到派出所拍照采集指纹；派出所不提供邮寄的须回所领证。',
    guide: {
      implementer: '扬州市公安局广陵分局',
      acceptingUnit: '广陵区各派出所户籍室',
      process: [
        { name: '现场受理', description: '户籍民警核验户口簿，现场拍照、采集指纹。', days: 0, countsTowardLimit: true },
        { name: '审核签发', description: '派出所审核，分局签发。', days: 3, countsTowardLimit: true },
        { name: '制证', description: '省公安厅统一制证后下发派出所。', days: 12, countsTowardLimit: true },
        {
          name: '回所领证',
          description: '接短信通知后本人或委托人持回执到派出所领证（第二次到场）。',
          days: 0,
          countsTowardLimit: false,
        },
      ],
      locations: [
        { name: '广陵区各派出所户籍室', address: '东关、汶河、文峰、曲江、汤汪、湾头、头桥等派出所', hours: HOURS_PS },
      ],
      consultPhone: '0514-87362110',
    },
  }),
)

// ───────────────────────────── 居民身份证换领 ─────────────────────────────
const idRenew: ServiceItemSeed = {
  baseCode: '100100000007',
  implCode: implCode('100100000007', '321000', 'city'),
  name: '居民身份证换领',
  aliases: ['换身份证', '身份证到期', '身份证过期换证', '身份证坏了', '改名换身份证'],
  keywords: ['居民身份证', '身份证', '有效期满', '损坏', '换证', '工本费'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 92,
  summary: '身份证有效期满、信息变更或严重损坏的，到任一户政窗口拍照采集指纹，新证可邮寄到家，只跑一次。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十一条',
        text: '居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，公民应当换领新证；居民身份证登记项目出现错误的，公安机关应当及时更正，换发新证；领取新证时，必须交回原证。……',
      },
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第二十条',
        text: '公民申请领取、换领、补领居民身份证，应当缴纳证件工本费。……',
      },
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十二条',
        text: '公民申请领取、换领、补领居民身份证，公安机关应当按照规定及时予以办理。公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证；交通不便的地区，办理时间可以适当延长，但延长的时间不得超过三十日。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市政务服务中心公安综合窗口及全市各派出所户籍室（市内通办）',
    conditions: [
      '证件有效期满（可在到期前3个月内申请）、登记项目变更或证件严重损坏不能辨认。',
      '须本人到场拍照、采集指纹；其余环节（缴费、领证）可线上完成。',
    ],
    materials: [
      {
        name: '居民身份证申领登记表',
        form: '原件',
        copies: 1,
        source: '窗口打印，申请人核对签字',
        required: true,
        sample:
          '姓名：王明，身份证号 3210**********1234；申领原因：有效期满换领；原证有效期至2026年12月1日；领证方式：EMS 邮寄至扬州市邗江区某路某小区5幢；签名：王明。',
        commonMistakes: [
          '邮寄地址写“单位”或“小区门卫”，快递无法当面核验本人签收。',
          '申领原因误选“损坏换领”，按40元收取工本费。',
        ],
      },
      {
        name: '原居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: true,
        commonMistakes: ['原证已遗失却按换领申请，应改为补领。'],
      },
      {
        name: '居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: '姓名、民族等登记项目已变更的',
        commonMistakes: ['户口簿上的变更尚未办理完毕就来换证。'],
      },
      {
        name: '数码相片回执',
        form: '电子证照',
        copies: 1,
        source: '窗口现场拍摄或公安认可的照相机构',
        required: true,
        commonMistakes: ['照片为自拍或美颜照片，不符合 GA 461 标准。', '戴有色美瞳或头发遮挡眉毛、耳廓。'],
      },
    ],
    process: [
      {
        name: '现场受理',
        description: '核验原证，拍照、采集指纹，选择领证方式并缴费。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核签发', description: '县级公安机关审核签发。', days: 3, countsTowardLimit: true },
      { name: '制证', description: '省公安厅统一制证。', days: 10, countsTowardLimit: true },
      { name: '送达', description: 'EMS 邮寄到家或窗口领取，交回原证。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 15,
    fee: {
      charged: true,
      basis: '《中华人民共和国居民身份证法》第二十条；发改价格〔2003〕2322号',
      standard: '有效期满、登记项目变更换领每证20元；损坏换领每证40元。',
    },
    locations: [
      CITY_HALL_HUZHENG,
      { name: '全市各派出所户籍室', address: '市内任一派出所户籍室均可受理', hours: HOURS_PS },
    ],
    consultPhone: '0514-87362217',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '窗口领取', '电子身份证（“苏服办”“国家网络身份认证”App）'],
    faq: [
      {
        q: '身份证过期了还能用吗？要罚款吗？',
        a: '过期证件不能作为有效证件使用，但换领不收罚款；可在到期前3个月内提前申请，避免影响乘车、就医。',
      },
      {
        q: '能不能自己带照片？',
        a: '可以到公安认可的照相机构拍照，取得相片回执号后到窗口办理；自拍、美颜照片或打印照片不能使用。',
      },
    ],
    updatedAt: '2026-11-05',
  },
}
peopleItems1.push(
  idRenew,
  implementAt(idRenew, {
    level: 'county',
    divisionCode: '321003',
    department: '扬州市公安局邗江分局',
    popularity: 60,
    guide: {
      implementer: '扬州市公安局邗江分局',
      acceptingUnit: '邗江区政务服务中心公安户政窗口及区内各派出所户籍室',
      locations: [
        { name: '邗江区政务服务中心 公安户政窗口', address: '扬州市邗江区政务服务中心一楼', hours: HOURS_SAT },
        { name: '邗江区各派出所户籍室', address: '邗上、蒋王、汊河、双桥、瓜洲、公道等派出所', hours: HOURS_PS },
      ],
      consultPhone: '0514-87862110',
    },
  }),
  implementAt(idRenew, {
    level: 'town',
    divisionCode: '321003002',
    department: '扬州市公安局邗江分局蒋王派出所',
    popularity: 34,
    guide: {
      implementer: '扬州市公安局邗江分局',
      acceptingUnit: '扬州市公安局邗江分局蒋王派出所户籍室',
      locations: [{ name: '蒋王派出所户籍室', address: '扬州市邗江区蒋王街道辖区（蒋王派出所一楼）', hours: HOURS_PS }],
      consultPhone: '0514-87518110',
    },
  }),
)

// ───────────────────────────── 居民身份证补领 ─────────────────────────────
const idReplace: ServiceItemSeed = {
  baseCode: '100100000008',
  implCode: implCode('100100000008', '321000', 'city'),
  name: '居民身份证补领',
  aliases: ['补办身份证', '身份证丢了', '身份证掉了', '身份证被偷了'],
  keywords: ['居民身份证', '身份证', '遗失', '挂失', '临时身份证', '工本费40'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 90,
  summary: '身份证丢失的，先在网上或电话挂失，再到任一户政窗口拍照采集指纹补领，工本费40元，可邮寄。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十一条',
        text: '……居民身份证丢失的，应当申请补领。未满十六周岁公民的居民身份证有前款情形的，由监护人代为申领、换领或者补领。',
      },
      {
        law: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）',
        article: '一',
        text: '……对丢失补领或损坏换领第二代居民身份证的居民收取工本费每证40元。公安机关为居民办理临时第二代居民身份证收费标准为每证10元。',
      },
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第十二条',
        text: '公民申请领取、换领、补领居民身份证，公安机关应当按照规定及时予以办理。公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证；交通不便的地区，办理时间可以适当延长，但延长的时间不得超过三十日。……',
      },
    ],
    implementer: '扬州市公安局',
    acceptingUnit: '扬州市政务服务中心公安综合窗口及全市各派出所户籍室',
    conditions: ['居民身份证丢失或被盗。', '须本人到场拍照、采集指纹，不能代办。'],
    materials: [
      {
        name: '居民身份证申领登记表',
        form: '原件',
        copies: 1,
        source: '窗口打印，申请人核对签字',
        required: true,
        sample:
          '姓名：徐静，身份证号 3210**********3022；申领原因：丢失补领；丢失时间地点：2026年10月上旬，文昌中路公交车上；已挂失：是（江苏公安微警务）；领证方式：窗口领取；签名：徐静。',
        commonMistakes: ['未先办理挂失，原证仍可能被冒用。', '丢失情况栏空白，民警须补问后重新打印。'],
      },
      {
        name: '居民户口簿',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: '市外户籍在扬异地补领或系统无法核验身份的',
        commonMistakes: ['带了户口簿复印件而非原件。'],
      },
      {
        name: '数码相片回执',
        form: '电子证照',
        copies: 1,
        source: '窗口现场拍摄或公安认可的照相机构',
        required: true,
        commonMistakes: ['照片超过6个月。'],
      },
    ],
    process: [
      {
        name: '挂失',
        description: '通过“江苏公安微警务”或窗口申报挂失，挂失后原证作废。',
        days: 0,
        countsTowardLimit: false,
      },
      {
        name: '现场受理',
        description: '拍照、采集指纹，缴纳工本费；急需的同时申办临时身份证。',
        days: 0,
        countsTowardLimit: true,
      },
      { name: '审核制证', description: '签发并由省公安厅制证。', days: 13, countsTowardLimit: true },
      { name: '送达', description: 'EMS 邮寄或窗口领取。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 15,
    fee: {
      charged: true,
      basis: '《中华人民共和国居民身份证法》第二十条；发改价格〔2003〕2322号',
      standard: '丢失补领每证40元；临时居民身份证每证10元。',
    },
    locations: [CITY_HALL_HUZHENG, { name: '全市各派出所户籍室', address: '市内任一派出所户籍室', hours: HOURS_PS }],
    consultPhone: '0514-87362217',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['EMS 邮寄', '窗口领取'],
    faq: [
      {
        q: '补办期间要坐高铁怎么办？',
        a: '可在车站公安制证口办理临时乘车身份证明，或在补领时同时申请临时居民身份证。',
      },
      {
        q: '找到旧证了还能用吗？',
        a: '已挂失或补领的旧证自动作废，不能再使用，请交回派出所。',
      },
    ],
    updatedAt: '2026-11-05',
  },
}
peopleItems1.push(idReplace)

// ───────────────────────────── 居民身份证异地受理 ─────────────────────────────
peopleItems1.push({
  baseCode: '100100000009',
  implCode: implCode('100100000009', '321000', 'city'),
  name: '居民身份证异地受理（跨省换领、补领、首次申领）',
  aliases: ['外地人在扬州换身份证', '异地办身份证', '身份证跨省通办', '不回老家换身份证'],
  keywords: ['居民身份证', '身份证', '异地', '跨省通办', '流动人口'],
  department: '扬州市公安局',
  level: 'city',
  divisionCode: '321000',
  audience: ['personal'],
  itemType: '行政许可',
  handlingMode: 'once',
  visitCount: 1,
  popularity: 64,
  summary: '非扬州户籍居民在扬州即可申请换领、补领身份证（含符合条件的首次申领），无需回户籍地。',
  guide: {
    basis: [
      {
        law: '《中华人民共和国居民身份证法》',
        article: '第八条',
        text: '居民身份证由居民常住户口所在地的县级人民政府公安机关签发。',
      },
      {
        law: '《公安部关于建立居民身份证异地受理挂失申报和丢失招领制度的意见》',
        article: '一',
        text: '……对离开常住户口所在地到其他省（自治区、直辖市）合法稳定就业、就学、居住的公民，申请换领、补领居民身份证，由其常住户口所在地公安机关委托现居住地公安机关受理。',
      },
    ],
    implementer: '扬州市公安局（受户籍地公安机关委托）',
    acceptingUnit: '扬州市政务服务中心公安综合窗口、各县（市、区）户政中心',
    conditions: [
      '非扬州市户籍的中国大陆居民。',
      '首次申领异地受理按公安部规定的对象范围办理，是否符合以窗口核验结果为准。',
      '须本人到场拍照、采集指纹。',
    ],
    materials: [
      {
        name: '居民身份证异地申领登记表',
        form: '原件',
        copies: 1,
        source: '窗口打印，申请人核对签字',
        required: true,
        sample:
          '姓名：马俊，身份证号 4113**********6615；户籍地：河南省南阳市；申领类型：异地换领（有效期满）；领证方式：EMS 邮寄至扬州市江都区仙女镇某小区；签名：马俊。',
        commonMistakes: [
          '户籍地信息有变更（如改名）尚未在户籍地办结，异地无法受理。',
          '邮寄地址写户籍地地址，实际本人在扬州，无法签收。',
        ],
      },
      {
        name: '原居民身份证',
        form: '原件',
        copies: 1,
        source: '公安机关核发',
        required: '换领的',
        commonMistakes: ['原证已过期多年且照片差异大，须补充核验材料。'],
      },
      {
        name: '数码相片回执',
        form: '电子证照',
        copies: 1,
        source: '窗口现场拍摄',
        required: true,
        commonMistakes: ['在户籍地照相馆拍的回执号不能跨省调用。'],
      },
    ],
    process: [
      { name: '现场受理', description: '核验身份，拍照、采集指纹，缴纳工本费。', days: 0, countsTowardLimit: true },
      {
        name: '户籍地审核签发',
        description: '通过公安部平台推送户籍地公安机关审核签发。',
        days: 5,
        countsTowardLimit: true,
      },
      { name: '制证寄回', description: '户籍地省级公安机关制证后寄回受理地。', days: 20, countsTowardLimit: true },
      { name: '领证', description: '受理窗口领取或 EMS 邮寄。', days: 2, countsTowardLimit: false },
    ],
    legalLimitDays: 60,
    promisedLimitDays: 30,
    fee: {
      charged: true,
      basis: '《中华人民共和国居民身份证法》第二十条；发改价格〔2003〕2322号',
      standard: '换领每证20元，丢失补领、损坏换领每证40元，不收取其他费用。',
    },
    locations: [CITY_HALL_HUZHENG],
    consultPhone: '0514-87362217',
    complaintPhone: COMPLAINT,
    intermediaries: [],
    delivery: ['窗口领取', 'EMS 邮寄'],
    faq: [
      {
        q: '异地办身份证为什么比本地慢？',
        a: '证件须由户籍地公安机关签发、户籍地省份制证后寄回扬州，寄递环节较多，一般需20～30个工作日。',
      },
      {
        q: '异地办理要居住证吗？',
        a: '目前换领、补领异地受理不要求提供居住证；首次申领以窗口公告为准。',
      },
    ],
    updatedAt: '2026-09-22',
  },
})
