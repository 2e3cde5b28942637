import { type Static, Type } from '@sinclair/typebox'
import { AudienceSchema, LevelSchema, ModeSchema } from '../../../../types/catalogue'
import { PlainText } from '../data-file'

/**
 * Schemas of the catalogue seed files (server/db/seed/data/catalogue/*.json), checked when they are read. A file
 * holds services; each service (`baseCode`, "三级四同": the same item, basis, conditions and materials at every level)
 * lists its implementations (`implCode`, unique per level and division), and an implementation repeats only what
 * differs at its level — its unit, hall, steps, FAQ. {@link expandService} turns a service into the one row per
 * implementation the loader stores. Departments are named by their full official name; every one must be a city
 * department (server/db/seed/departments.ts) or a unit listed in units.json.
 */

const ItemTypeSchema = Type.Union(
  (
    [
      '行政许可',
      '行政给付',
      '行政确认',
      '行政征收',
      '行政裁决',
      '行政奖励',
      '行政备案',
      '其他行政权力',
      '公共服务',
    ] as const
  ).map((v) => Type.Literal(v)),
)

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false })

const Texts = Type.Array(PlainText())

const LegalBasisSchema = strict({
  /** e.g. 《中华人民共和国居民身份证法》 */
  law: PlainText({ minLength: 1 }),
  /** e.g. 第七条 */
  article: PlainText({ minLength: 1 }),
  /** The article text (may be abridged with …). */
  text: PlainText(),
})

const MaterialSchema = strict({
  name: PlainText({ minLength: 1 }),
  form: Type.Union((['原件', '复印件', '原件和复印件', '电子证照', '在线填写'] as const).map((v) => Type.Literal(v))),
  copies: Type.Integer({ minimum: 0 }),
  /** 来源: 申请人自备 / 政府部门核发 / 医疗机构出具 … */
  source: PlainText({ minLength: 1 }),
  /** true = 必需; a string = required only under this condition (e.g. '委托他人办理的'). */
  required: Type.Union([Type.Literal(true), PlainText({ minLength: 1 })]),
  /** 示范文本: what a correctly filled document looks like. */
  sample: Type.Optional(PlainText()),
  /** 常见错误示例 */
  commonMistakes: Texts,
})

const ProcessStepSchema = strict({
  name: PlainText({ minLength: 1 }),
  description: PlainText(),
  /** Working days this step takes (0 = immediately / same day). */
  days: Type.Number({ minimum: 0 }),
  /** Whether the step counts toward the legal limit (公示期, 专家评审 often do not). */
  countsTowardLimit: Type.Boolean(),
})

const LocationSchema = strict({
  name: PlainText({ minLength: 1 }),
  address: PlainText({ minLength: 1 }),
  hours: PlainText({ minLength: 1 }),
})

const guideProperties = {
  basis: Type.Array(LegalBasisSchema),
  /** 实施主体 */
  implementer: PlainText({ minLength: 1 }),
  /** 受理单位 */
  acceptingUnit: PlainText({ minLength: 1 }),
  conditions: Texts,
  materials: Type.Array(MaterialSchema),
  process: Type.Array(ProcessStepSchema),
  /** 法定办结时限 (working days); null where the law sets none. */
  legalLimitDays: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  /** 承诺办结时限 (working days); 0 = 即办. */
  promisedLimitDays: Type.Number({ minimum: 0 }),
  fee: Type.Union([
    strict({ charged: Type.Literal(false) }),
    strict({ charged: Type.Literal(true), basis: PlainText({ minLength: 1 }), standard: PlainText({ minLength: 1 }) }),
  ]),
  locations: Type.Array(LocationSchema),
  consultPhone: PlainText({ minLength: 1 }),
  complaintPhone: PlainText({ minLength: 1 }),
  intermediaries: Type.Array(
    strict({ name: PlainText(), basis: PlainText(), fee: PlainText(), days: Type.Number({ minimum: 0 }) }),
  ),
  /** 送达方式 */
  delivery: Texts,
  faq: Type.Array(strict({ q: PlainText({ minLength: 1 }), a: PlainText({ minLength: 1 }) })),
  /** ISO date, e.g. 2026-09-15 */
  updatedAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
}

/** 办事指南 of a service (every field required). */
export const GuideSeedSchema = strict(guideProperties)

const CODE = '^\\d{12}$'
const DIVISION = '^\\d{6}(\\d{3})?$'

/** One implementation of a service: where, by whom, and what its guide says differently. */
export const ImplementationSeedSchema = strict({
  /** 实施编码, unique per implementation: `${baseCode}-${divisionCode}-${level digit}` by convention. */
  implCode: Type.String({ pattern: '^\\d{12}-\\d{6,9}-[1-4]$' }),
  level: LevelSchema,
  /** GB/T 2260 code: 321000 for city level, a county code (321002 …) or a 9-digit town code. */
  divisionCode: Type.String({ pattern: DIVISION }),
  /** Full official department name, e.g. 扬州市公安局广陵分局. */
  department: PlainText({ minLength: 1 }),
  /** Relative popularity 0–100 (tie-break in search, 高频事项). */
  popularity: Type.Integer({ minimum: 0, maximum: 100 }),
  aliases: Type.Optional(Texts),
  keywords: Type.Optional(Texts),
  handlingMode: Type.Optional(ModeSchema),
  visitCount: Type.Optional(Type.Integer({ minimum: 0 })),
  summary: Type.Optional(PlainText({ minLength: 1 })),
  /** Guide fields this implementation states differently (replaced whole, field by field). */
  guide: Type.Optional(Type.Partial(GuideSeedSchema)),
})

/** One standard service (基本编码) with all its implementations. */
export const ServiceSeedSchema = strict({
  /** 基本编码, shared by the same item at every level (12 digits). */
  baseCode: Type.String({ pattern: CODE }),
  name: PlainText({ minLength: 1 }),
  /** 俗称 / other names residents use (e.g. 换身份证 for 居民身份证换领). */
  aliases: Texts,
  /** Extra search keywords (not shown). */
  keywords: Texts,
  audience: Type.Array(AudienceSchema, { minItems: 1 }),
  itemType: ItemTypeSchema,
  /** online = 全程网办; once = 最多跑一次; window = 窗口办理 (visitCount says how many trips). */
  handlingMode: ModeSchema,
  /** 跑动次数: 0 for online, 1 for once, ≥ 1 for window. */
  visitCount: Type.Integer({ minimum: 0 }),
  /** One-sentence summary shown in lists. */
  summary: PlainText({ minLength: 1 }),
  guide: GuideSeedSchema,
  implementations: Type.Array(ImplementationSeedSchema, { minItems: 1 }),
})

/** A services file: what it covers, then the services. */
export const ServicesFileSchema = strict({ description: PlainText(), services: Type.Array(ServiceSeedSchema) })

/** 一件事: several services handled together as ordered steps. */
export const ThemeSeedSchema = strict({
  code: Type.String({ pattern: '^[A-Z0-9-]{3,64}$' }),
  name: PlainText({ minLength: 1 }),
  description: PlainText({ minLength: 1 }),
  audience: AudienceSchema,
  steps: Type.Array(
    strict({ baseCode: Type.String({ pattern: CODE }), order: Type.Integer({ minimum: 1 }), note: PlainText() }),
    { minItems: 1 },
  ),
})

/** themes.json */
export const ThemesFileSchema = strict({ description: PlainText(), themes: Type.Array(ThemeSeedSchema) })

/** synonyms.json: synonym groups (both ways), colloquial rewrites (query only, one way) and filler words. */
export const SynonymsFileSchema = strict({
  description: PlainText(),
  groups: Type.Array(Type.Array(PlainText({ minLength: 1 }), { minItems: 2 })),
  colloquial: Type.Record(Type.String(), Type.Array(PlainText({ minLength: 1 }), { minItems: 1 })),
  fillers: Type.Array(PlainText({ minLength: 1 })),
})

/** units.json: units below the city departments that services name (区县部门, 分局, 便民服务中心, 村居). */
export const UnitsFileSchema = strict({
  description: PlainText(),
  units: Type.Array(strict({ name: PlainText({ minLength: 1 }), divisionCode: Type.String({ pattern: DIVISION }) })),
})

export type ItemLevel = Static<typeof LevelSchema>
export type HandlingMode = Static<typeof ModeSchema>
export type ItemType = Static<typeof ItemTypeSchema>
export type LegalBasis = Static<typeof LegalBasisSchema>
export type MaterialSeed = Static<typeof MaterialSchema>
export type ProcessStepSeed = Static<typeof ProcessStepSchema>
export type GuideSeed = Static<typeof GuideSeedSchema>
export type ImplementationSeed = Static<typeof ImplementationSeedSchema>
export type ServiceSeed = Static<typeof ServiceSeedSchema>
export type ThemeSeed = Static<typeof ThemeSeedSchema>
/** A synonym group: any term finds items that contain any other term of the group. */
export type SynonymGroup = string[]

/** One implementation as the loader stores it: the service's fields with the implementation's applied. */
export interface ServiceItemSeed {
  baseCode: string
  implCode: string
  name: string
  aliases: string[]
  keywords: string[]
  department: string
  level: ItemLevel
  divisionCode: string
  audience: ServiceSeed['audience']
  itemType: ItemType
  handlingMode: HandlingMode
  visitCount: number
  popularity: number
  summary: string
  guide: GuideSeed
}

/**
 * The stored rows of a service, one per implementation: an implementation's own aliases, keywords, mode, visits and
 * summary replace the service's; its `guide` replaces the service guide's fields it names (whole fields, no merge
 * inside one).
 */
export function expandService(service: ServiceSeed): ServiceItemSeed[] {
  const { implementations, guide, ...common } = service
  return implementations.map((impl) => ({
    baseCode: common.baseCode,
    implCode: impl.implCode,
    name: common.name,
    aliases: impl.aliases ?? common.aliases,
    keywords: impl.keywords ?? common.keywords,
    department: impl.department,
    level: impl.level,
    divisionCode: impl.divisionCode,
    audience: common.audience,
    itemType: common.itemType,
    handlingMode: impl.handlingMode ?? common.handlingMode,
    visitCount: impl.visitCount ?? common.visitCount,
    popularity: impl.popularity,
    summary: impl.summary ?? common.summary,
    guide: { ...guide, ...impl.guide },
  }))
}
