/**
 * Shape of the hand-written service-item catalogue seed (issue #3). Every item is one implementation of a
 * standard item at one level and division ("三级四同": the same `baseCode` is shared by the same item at every level;
 * `implCode` is unique per implementation). Departments are referenced by their full official name and resolved
 * to ids by the loader.
 */

export type ItemLevel = 'city' | 'county' | 'town' | 'village'
export type Audience = 'personal' | 'legal'
export type ItemType =
  | '行政许可'
  | '行政给付'
  | '行政确认'
  | '行政征收'
  | '行政裁决'
  | '行政奖励'
  | '行政备案'
  | '其他行政权力'
  | '公共服务'
/** online = 全程网办 / 不见面; once = 最多跑一次; window = 窗口办理 (visitCount says how many trips). */
export type HandlingMode = 'online' | 'once' | 'window'

export interface LegalBasis {
  /** e.g. 《中华人民共和国居民身份证法》 */
  law: string
  /** e.g. 第七条 */
  article: string
  /** The article text (may be abridged with …). */
  text: string
}

export interface MaterialSeed {
  name: string
  form: '原件' | '复印件' | '原件和复印件' | '电子证照' | '在线填写'
  copies: number
  /** 来源: 申请人自备 / 政府部门核发 / 医疗机构出具 … */
  source: string
  /** true = 必需; a string = required only under this condition (e.g. '委托他人办理的'). */
  required: true | string
  /** 示范文本: what a correctly filled document looks like (a short filled example or description). */
  sample?: string
  /** 常见错误示例 */
  commonMistakes: string[]
}

export interface ProcessStepSeed {
  name: string
  description: string
  /** Working days this step takes (0 = immediately / same day). */
  days: number
  /** Whether the step counts toward the legal limit (e.g. 公示期, 专家评审 often do not). */
  countsTowardLimit: boolean
}

export interface GuideSeed {
  basis: LegalBasis[]
  /** 实施主体 */
  implementer: string
  /** 受理单位 */
  acceptingUnit: string
  conditions: string[]
  materials: MaterialSeed[]
  process: ProcessStepSeed[]
  /** 法定办结时限 (working days); null where the law sets none. */
  legalLimitDays: number | null
  /** 承诺办结时限 (working days); 0 = 即办. */
  promisedLimitDays: number
  fee: { charged: false } | { charged: true; basis: string; standard: string }
  locations: { name: string; address: string; hours: string }[]
  consultPhone: string
  complaintPhone: string
  intermediaries: { name: string; basis: string; fee: string; days: number }[]
  /** 送达方式 */
  delivery: string[]
  faq: { q: string; a: string }[]
  /** ISO date, e.g. 2026-09-15 */
  updatedAt: string
}

export interface ServiceItemSeed {
  /** 基本编码, shared by the same item at every level (12 digits). */
  baseCode: string
  /** 实施编码, unique per implementation: `${baseCode}-${divisionCode}-${level digit}` is the convention. */
  implCode: string
  name: string
  /** 俗称 / other names residents use (e.g. 换身份证 for 居民身份证换领). */
  aliases: string[]
  /** Extra search keywords (not shown). */
  keywords: string[]
  /** Full official department name, e.g. 扬州市公安局 or 扬州市公安局广陵分局 → resolved by the loader. */
  department: string
  level: ItemLevel
  /** GB/T 2260 code: 321000 for city level, a county code (321002 …) or a 9-digit town code. */
  divisionCode: string
  audience: Audience[]
  itemType: ItemType
  handlingMode: HandlingMode
  /** 跑动次数: 0 for online, 1 for once, ≥ 1 for window. */
  visitCount: number
  /** Relative popularity 0–100 (tie-break in search, 高频事项 on the home page). */
  popularity: number
  /** One-sentence summary shown in lists. */
  summary: string
  guide: GuideSeed
}

/** 一件事: several items handled together as ordered steps. */
export interface ThemeSeed {
  code: string
  name: string
  description: string
  audience: Audience
  steps: { baseCode: string; order: number; note: string }[]
}

/** A synonym group: any term finds items that contain any other term of the group. */
export type SynonymGroup = string[]
