import type { ThemeSeed } from './types'

/**
 * 一件事 themes for individuals; every step's baseCode is an item in items-people-1…7.
 * Steps are in the order a resident meets them; a note says when a step applies only to some people.
 */
export const peopleThemes: ThemeSeed[] = [
  {
    code: 'YZS-XSECS',
    name: '新生儿出生一件事',
    description:
      '宝宝出生后，父母在“苏服办”“新生儿出生一件事”一次填报、一次授权：出生医学证明、预防接种证、户口登记、城乡居民医保参保、社会保障卡申领联动办理，户口簿登记页和社保卡邮寄到家，职工妈妈还可一并申领生育津贴。',
    audience: 'personal',
    steps: [
      { baseCode: '100500000001', order: 1, note: '分娩医院采集信息，父母在线确认姓名后签发电子出生医学证明' },
      { baseCode: '100500000004', order: 2, note: '出生后一个月内带宝宝到居住地接种门诊建卡、领取预防接种证' },
      { baseCode: '100100000001', order: 3, note: '随父或随母申报出生登记，户口簿登记页 EMS 寄送' },
      { baseCode: '100300000001', order: 4, note: '落户后参加城乡居民医保，出生90日内缴费的自出生之日起享受待遇' },
      { baseCode: '100200000001', order: 5, note: '参保信息自动推送，申领宝宝社保卡，可同时领取电子社保卡' },
      { baseCode: '100300000004', order: 6, note: '妈妈参加职工医保（生育保险）的，产假后申领生育津贴' },
    ],
  },
  {
    code: 'YZS-TX',
    name: '退休一件事',
    description:
      '职工到龄前一个月，先核对参保缴费记录、把外地养老保险关系转回扬州，再网上申请退休；退休核准后养老金按月发到社保卡，医保自动转为退休人员待遇。此后每年刷脸认证一次，随子女去外地养老的办理异地就医备案，独生子女父母可申请退休奖励。',
    audience: 'personal',
    steps: [
      { baseCode: '100200000014', order: 1, note: '打印参保缴费明细，核对有无漏缴、断缴' },
      { baseCode: '100200000015', order: 2, note: '有外地缴费记录的，先把养老保险关系转入扬州' },
      { baseCode: '100200000006', order: 3, note: '到龄前一个月由单位或本人申请退休，核定养老金' },
      { baseCode: '100500000005', order: 4, note: '持独生子女父母光荣证的企业退休人员，申请一次性奖励' },
      { baseCode: '100200000013', order: 5, note: '领取养老金后每12个月完成一次待遇资格认证' },
      { baseCode: '100300000002', order: 6, note: '退休后到外地长期居住的，办理异地安置备案' },
    ],
  },
  {
    code: 'YZS-SH',
    name: '身后一件事',
    description:
      '亲人去世后，家属只需在“苏服办”“身后一件事”提交一次：死亡医学证明信息共享公安、民政、人社、医保，户口注销、惠民殡葬费用减免、养老金停发与丧葬补助金抚恤金申领、医保个人账户继承联动办理，不再为开证明多头跑。',
    audience: 'personal',
    steps: [
      { baseCode: '100500000002', order: 1, note: '医院或社区卫生服务中心出具居民死亡医学证明（推断）书' },
      { baseCode: '100100000004', order: 2, note: '到户籍地派出所注销户口、交回身份证，领取户口注销证明' },
      { baseCode: '100400000008', order: 3, note: '殡仪馆火化结算时直接减免基本殡葬服务费用' },
      { baseCode: '100200000007', order: 4, note: '停发养老金，遗属申领丧葬补助金、抚恤金和个人账户余额' },
      { baseCode: '100100000020', order: 5, note: '办理存款、房产继承需要的，在线开具亲属关系证明' },
    ],
  },
  {
    code: 'YZS-HY',
    name: '婚育一件事',
    description:
      '从领结婚证到孩子落户：结婚登记全国通办、凭身份证即可办理；怀孕后网上生育登记，孩子出生后出生医学证明、落户联动办理，职工妈妈产假后申领生育津贴。',
    audience: 'personal',
    steps: [
      { baseCode: '100400000001', order: 1, note: '双方持身份证到任一婚姻登记处登记结婚' },
      { baseCode: '100500000003', order: 2, note: '怀孕后网上生育登记，用于孕期建档和生育保险' },
      { baseCode: '100500000001', order: 3, note: '孩子出生后签发出生医学证明' },
      { baseCode: '100100000001', order: 4, note: '随父或随母办理出生登记' },
      { baseCode: '100300000004', order: 5, note: '参加生育保险的职工申领生育津贴' },
    ],
  },
  {
    code: 'YZS-CJR',
    name: '残疾人服务一件事',
    description:
      '办理残疾人证后，两项补贴、城乡居民医保和城乡居民养老保险的政府资助参保可一次申请：残联审核结果共享民政、医保、人社，符合条件的自动纳入补贴和代缴范围。',
    audience: 'personal',
    steps: [
      { baseCode: '100600000001', order: 1, note: '网上申请并到指定医院评残，领取残疾人证' },
      { baseCode: '100600000002', order: 2, note: '困难家庭残疾人申领生活补贴，重度残疾人申领护理补贴' },
      { baseCode: '100300000001', order: 3, note: '重度残疾人等参加城乡居民医保，个人缴费由政府资助' },
      { baseCode: '100200000004', order: 4, note: '重度残疾人参加城乡居民养老保险，由政府代缴最低档次保费' },
    ],
  },
  {
    code: 'YZS-SY',
    name: '失业一件事',
    description:
      '非自愿离职后，网上申领失业保险金（同步办理失业登记、代缴职工医保）；重新就业或开始灵活就业的，办理就业登记和灵活就业参保，养老保险不断缴。',
    audience: 'personal',
    steps: [
      { baseCode: '100200000008', order: 1, note: '单位办理减员停保后，网上申领失业保险金' },
      { baseCode: '100200000009', order: 2, note: '找到工作或灵活就业后办理就业登记，失业金自动停发' },
      { baseCode: '100200000010', order: 3, note: '灵活就业的，以个人身份续交职工养老保险' },
    ],
  },
]
