import type { ThemeSeed } from './types'

/** 一件事 themes for businesses and property; every step's baseCode is an item in items-business-1…4. */
export const businessThemes: ThemeSeed[] = [
  {
    code: 'YZS-QYKB',
    name: '企业开办一件事',
    description:
      '在“江苏省企业开办全链通综合服务平台”一次填报、一次签名：营业执照、公章刻制、税务新办套餐和数电发票、社保和公积金单位登记、银行开户预约同步办理，全流程1个工作日内办结，首套印章和执照免费寄递。',
    audience: 'legal',
    steps: [
      { baseCode: '200100100000', order: 1, note: '名称自主申报、设立登记，领取电子营业执照（0.5个工作日）' },
      { baseCode: '200101100000', order: 2, note: '勾选刻章企业，执照核准后刻制首套印章并自动备案' },
      { baseCode: '200300100000', order: 3, note: '电子税务局确认登记信息、签三方协议、税费种认定' },
      { baseCode: '200300200000', order: 4, note: '开通数电发票，需要时申请调整开票额度' },
      { baseCode: '200400100000', order: 5, note: '单位社会保险登记自动完成，随后为职工增员' },
      { baseCode: '200500600000', order: 6, note: '住房公积金单位缴存登记，20日内为职工设立个人账户' },
      { baseCode: '200101000000', order: 7, note: '登记信息推送所选银行，预约开立基本存款账户' },
    ],
  },
  {
    code: 'YZS-ESFGH',
    name: '二手房转移登记一件事',
    description:
      '买卖双方到不动产登记服务大厅一个窗口提交一套材料：存量房交易、契税等税费申报缴纳、转移登记一次办，登记完成后水电气有线电视联动过户，公积金购房提取可同步申请。',
    audience: 'personal',
    steps: [
      { baseCode: '200600500000', order: 1, note: '卖方可先网上查询房屋登记信息，确认无查封、抵押情况' },
      { baseCode: '200300400000', order: 2, note: '一窗受理时系统计税，买方缴纳契税，卖方按规定缴纳相关税费' },
      { baseCode: '200600200000', order: 3, note: '转移登记审核登簿，1个工作日领证（可邮寄）' },
      { baseCode: '200600300000', order: 4, note: '贷款购房的由银行网上办理抵押登记（可“带押过户”）' },
      { baseCode: '200700500000', order: 5, note: '勾选后供水、供电、燃气、有线电视户名自动变更' },
      { baseCode: '200500100000', order: 6, note: '买方及配偶可在App申请购房提取住房公积金' },
    ],
  },
  {
    code: 'YZS-RX',
    name: '入学一件事',
    description:
      '孩子上小学、初中：先准备房产或租赁备案证明，再在招生平台网上登记，户籍、不动产、居住证信息在线核验；家庭经济困难的可申请资助，中途搬家可办理转学。',
    audience: 'personal',
    steps: [
      { baseCode: '200600500000', order: 1, note: '刷脸查询本人名下不动产登记结果（多数情况学校可直接联网核验）' },
      { baseCode: '200700200000', order: 2, note: '租房入学的先办理住房租赁合同登记备案' },
      { baseCode: '200800100000', order: 3, note: '在义务教育招生入学服务平台网上登记，等待学校审核' },
      { baseCode: '200800200000', order: 4, note: '入学后因搬家等原因需要转学的，由转入学校发起学籍转接' },
      { baseCode: '200800400000', order: 5, note: '升入普通高中后家庭经济困难的，秋季学期向学校申请国家助学金' },
    ],
  },
  {
    code: 'YZS-QYZX',
    name: '企业注销一件事',
    description:
      '通过“江苏省企业注销一网通办平台”同步查询并办理清税、社保、银行账户等注销事项，符合条件的适用简易注销，公示期满即可注销营业执照。',
    audience: 'legal',
    steps: [
      { baseCode: '200300600000', order: 1, note: '结清税款，需要时开具税收完税证明留存' },
      { baseCode: '200100300000', order: 2, note: '简易注销公示20日或一般注销公告45日后申请注销登记' },
    ],
  },
]
