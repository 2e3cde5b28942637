import { type Static, Type } from '@sinclair/typebox'

/**
 * Service-item catalogue (issue #3): 事项, 办事指南, 一件事, ratings and favourites.
 * @see docs/api-catalogue.md
 */

/** Levels an item is published at (三级四同 + 村居). */
export const ItemLevel = { city: 'city', county: 'county', town: 'town', village: 'village' } as const
/** One of {@link ItemLevel}. */
export type ItemLevel = (typeof ItemLevel)[keyof typeof ItemLevel]
/** Chinese label of each level. */
export const ITEM_LEVEL_LABELS: Record<ItemLevel, string> = {
  city: '市级',
  county: '县（市、区）级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
}

/** Who an item serves: 个人 / 法人. */
export const Audience = { personal: 'personal', legal: 'legal' } as const
/** One of {@link Audience}. */
export type Audience = (typeof Audience)[keyof typeof Audience]
/** Chinese label of each audience. */
export const AUDIENCE_LABELS: Record<Audience, string> = { personal: '个人', legal: '法人' }

/** online = 全程网办（不见面）; once = 最多跑一次; window = 窗口办理. */
export const HandlingMode = { online: 'online', once: 'once', window: 'window' } as const
/** One of {@link HandlingMode}. */
export type HandlingMode = (typeof HandlingMode)[keyof typeof HandlingMode]
/** Chinese label of each handling mode. */
export const HANDLING_MODE_LABELS: Record<HandlingMode, string> = {
  online: '全程网办',
  once: '最多跑一次',
  window: '窗口办理',
}

/** Which field a search matched, best first. */
export const MatchedBy = { name: 'name', alias: 'alias', keyword: 'keyword', pinyin: 'pinyin', guide: 'guide' } as const
/** One of {@link MatchedBy}. */
export type MatchedBy = (typeof MatchedBy)[keyof typeof MatchedBy]

/** Schema of {@link ItemLevel}. */
export const LevelSchema = Type.Union(
  Object.values(ItemLevel).map((v) => Type.Literal(v)),
  { title: '层级' },
)
/** Schema of {@link Audience}. */
export const AudienceSchema = Type.Union(
  Object.values(Audience).map((v) => Type.Literal(v)),
  { title: '服务对象' },
)
/** Schema of {@link HandlingMode}. */
export const ModeSchema = Type.Union(Object.values(HandlingMode).map((v) => Type.Literal(v)))

/** A piece of a highlighted name. */
export const Segment = Type.Object({ text: Type.String(), hit: Type.Boolean() })
/** Static type of {@link Segment}. */
export type Segment = Static<typeof Segment>

/**
 * Where a service can be done, summarised for its one row in a list (issue #14): how many implementations (办理地点)
 * pass the filters, per level, whether any is 全程网办, and a line such as “市级及 12 个街道可办”.
 */
export const PlacesSummary = Type.Object({
  count: Type.Integer({ minimum: 1, description: '符合筛选的实施（办理地点）数' }),
  levels: Type.Array(Type.Object({ level: LevelSchema, count: Type.Integer({ minimum: 1 }) }), {
    description: '按层级（市、县、乡镇街道、村社区）的实施数',
  }),
  online: Type.Boolean({ description: '至少一处可全程网办' }),
  label: Type.String({ description: '如“市级及 12 个街道可办”“广陵区可办”' }),
})
/** Static type of {@link PlacesSummary}. */
export type PlacesSummary = Static<typeof PlacesSummary>

/**
 * One item in a list. In search results, 高频事项 and favourites a row is one service (基本编码): the implementation
 * shown is the best-matching, most used one, and `places` summarises the others.
 */
export const ItemSummary = Type.Object({
  implCode: Type.String({ description: '实施编码（每个层级、区划唯一）' }),
  baseCode: Type.String({ description: '基本编码（同一事项各层级共用，三级四同）' }),
  name: Type.String(),
  nameSegments: Type.Array(Segment, { description: '按搜索词切分的名称，hit=true 的部分高亮' }),
  summary: Type.String(),
  department: Type.Object({ id: Type.Integer(), name: Type.String() }),
  level: LevelSchema,
  divisionCode: Type.String({ description: 'GB/T 2260 区划代码（乡镇街道为 9 位）' }),
  divisionName: Type.String(),
  audience: Type.Array(AudienceSchema),
  itemType: Type.String({ description: '行政许可、行政给付、行政确认、公共服务 …' }),
  handlingMode: ModeSchema,
  visitCount: Type.Integer({ minimum: 0, description: '跑动次数' }),
  promisedLimitDays: Type.Number({ minimum: 0, description: '承诺办结时限（工作日），0 = 即办' }),
  materialCount: Type.Integer({ minimum: 0 }),
  charged: Type.Boolean(),
  onlineUrl: Type.Union([Type.String(), Type.Null()], { description: '在线办理入口（按实施编码）；窗口办理为 null' }),
  matchedBy: Type.Optional(Type.Union(Object.values(MatchedBy).map((v) => Type.Literal(v)))),
  matchedAlias: Type.Optional(
    Type.String({ description: '名称里没有所搜的词时，命中的俗称或别名（如搜“良民证”得到“无犯罪记录证明开具”）' }),
  ),
  places: Type.Optional(PlacesSummary),
})
/** Static type of {@link ItemSummary}. */
export type ItemSummary = Static<typeof ItemSummary>

/** One value of a facet with how many results it would give (ignoring the facet's own filter). */
export const FacetValue = Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() })
/** Static type of {@link FacetValue}. */
export type FacetValue = Static<typeof FacetValue>

/** Facets of a search. */
export const Facets = Type.Object({
  department: Type.Array(FacetValue),
  level: Type.Array(FacetValue),
  district: Type.Array(FacetValue),
  audience: Type.Array(FacetValue),
  mode: Type.Array(FacetValue),
})
/** Static type of {@link Facets}. */
export type Facets = Static<typeof Facets>

/** `GET /api/items` query. */
export const ItemSearchQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 400,
      title: '搜索词',
      description: '去首尾空白并 NFKC 规范化后最多 200 个字符；控制字符被去掉',
      'x-strips-control-characters': true,
    }),
  ),
  department: Type.Optional(Type.Integer({ minimum: 1, title: '部门' })),
  level: Type.Optional(LevelSchema),
  district: Type.Optional(Type.String({ pattern: '^[0-9]{6}$', title: '县（市、区）' })),
  audience: Type.Optional(AudienceSchema),
  online: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('0')], { title: '只看全程网办' })),
  itemType: Type.Optional(Type.String({ maxLength: 20, title: '事项类型' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, title: '每页条数' })),
})
/** Static type of {@link ItemSearchQuery}. */
export type ItemSearchQuery = Static<typeof ItemSearchQuery>

/** A filter that, removed alone, would give results: "去掉“宝应县”后有 12 项". */
export const RelaxedFilter = Type.Object({
  filter: Type.Union(
    ['department', 'level', 'district', 'audience', 'online', 'itemType'].map((v) => Type.Literal(v)),
    { description: '查询参数名' },
  ),
  label: Type.String({ description: '筛选值的名称，如“宝应县”“只看全程网办”' }),
  total: Type.Integer({ minimum: 1, description: '只去掉这一项筛选后的结果数' }),
})
/** Static type of {@link RelaxedFilter}. */
export type RelaxedFilter = Static<typeof RelaxedFilter>

/** `GET /api/items` answer. */
export const ItemSearchResult = Type.Object({
  items: Type.Array(ItemSummary),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50 }),
  facets: Facets,
  suggestions: Type.Array(Type.String(), {
    description: '仅在没有结果时给出：在同样的筛选下能按名称或别名找到事项的近似搜索词',
  }),
  relaxed: Type.Optional(
    Type.Array(RelaxedFilter, { description: '仅在有筛选且没有结果时给出：去掉哪一项筛选后有多少结果' }),
  ),
})
/** Static type of {@link ItemSearchResult}. */
export type ItemSearchResult = Static<typeof ItemSearchResult>

/** `{ items }` of summaries (高频事项, favourites). */
export const ItemList = Type.Object({ items: Type.Array(ItemSummary) })
/** Static type of {@link ItemList}. */
export type ItemList = Static<typeof ItemList>

/** `GET /api/items/hot` query. */
export const HotItemsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 8, title: '条数' })),
})

/** `POST /api/search/commits` body: a search the resident confirmed (Enter, a chip, opening a result). */
export const SearchCommitBody = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 400,
    title: '搜索词',
    description: '控制字符被去掉',
    'x-strips-control-characters': true,
  }),
})
/** Static type of {@link SearchCommitBody}. */
export type SearchCommitBody = Static<typeof SearchCommitBody>

/** `GET /api/search/hot` answer. */
export const HotTerms = Type.Object({ terms: Type.Array(Type.String()) })
/** Static type of {@link HotTerms}. */
export type HotTerms = Static<typeof HotTerms>

/** `:implCode` path parameter. */
export const ImplCodeParams = Type.Object({
  // no pattern: a malformed code is as unknown as a well-formed one, and both answer 404
  implCode: Type.String({ minLength: 1, maxLength: 64, title: '实施编码', description: '如 100100000001-321002-2' }),
})

const Material = Type.Object({
  id: Type.String({ description: '材料在本指南内的编号 m1、m2 …' }),
  name: Type.String(),
  form: Type.String({ description: '原件 / 复印件 / 原件和复印件 / 电子证照 / 在线填写' }),
  copies: Type.Integer(),
  source: Type.String(),
  required: Type.Union([Type.Literal(true), Type.String()], { description: 'true = 必需；字符串 = 在此情形下需要' }),
  sample: Type.Optional(Type.String({ description: '示范文本' })),
  commonMistakes: Type.Array(Type.String(), { description: '常见错误示例' }),
})

/** The full 办事指南. */
export const Guide = Type.Object({
  basis: Type.Array(Type.Object({ law: Type.String(), article: Type.String(), text: Type.String() })),
  implementer: Type.String({ description: '实施主体' }),
  acceptingUnit: Type.String({ description: '受理单位' }),
  conditions: Type.Array(Type.String()),
  materials: Type.Array(Material),
  process: Type.Array(
    Type.Object({
      name: Type.String(),
      description: Type.String(),
      days: Type.Number(),
      countsTowardLimit: Type.Boolean(),
    }),
  ),
  legalLimitDays: Type.Union([Type.Number(), Type.Null()], { description: '法定办结时限（工作日）' }),
  promisedLimitDays: Type.Number({ description: '承诺办结时限（工作日）' }),
  totalDays: Type.Number({ description: '各环节用时之和（工作日）' }),
  fee: Type.Union([
    Type.Object({ charged: Type.Literal(false) }),
    Type.Object({ charged: Type.Literal(true), basis: Type.String(), standard: Type.String() }),
  ]),
  locations: Type.Array(Type.Object({ name: Type.String(), address: Type.String(), hours: Type.String() })),
  consultPhone: Type.String(),
  complaintPhone: Type.String(),
  intermediaries: Type.Array(
    Type.Object({ name: Type.String(), basis: Type.String(), fee: Type.String(), days: Type.Number() }),
  ),
  delivery: Type.Array(Type.String()),
  faq: Type.Array(Type.Object({ q: Type.String(), a: Type.String() })),
  updatedAt: Type.String({ description: 'YYYY-MM-DD' }),
})
/** Static type of {@link Guide}. */
export type Guide = Static<typeof Guide>

/** One implementation (办理地点) of a service, as the guide page lists them (issue #14). */
export const Place = Type.Object({
  implCode: Type.String(),
  level: LevelSchema,
  divisionCode: Type.String(),
  divisionName: Type.String(),
  countyCode: Type.Union([Type.String(), Type.Null()], { description: '所在县（市、区）代码；市级为 null' }),
  department: Type.String({ description: '实施主体' }),
  handlingMode: ModeSchema,
  promisedLimitDays: Type.Number({ description: '承诺办结时限（工作日）' }),
  locations: Type.Array(Type.Object({ name: Type.String(), address: Type.String(), hours: Type.String() })),
  consultPhone: Type.String(),
  extraMaterials: Type.Array(Type.String(), {
    description: '在此处办理比本页所示实施多要的材料（“本街道办理需另带 …”）',
  }),
  current: Type.Boolean({ description: '是否本页所示的实施' }),
})
/** Static type of {@link Place}. */
export type Place = Static<typeof Place>

/** `GET /api/items/:implCode` answer. */
export const ItemDetail = Type.Composite([
  ItemSummary,
  Type.Object({
    aliases: Type.Array(Type.String()),
    guide: Guide,
    rating: Type.Object({ averageScore: Type.Union([Type.Number(), Type.Null()]), count: Type.Integer() }),
    updatedAt: Type.String({ description: 'YYYY-MM-DD' }),
    sameItemElsewhere: Type.Array(
      Type.Object({ implCode: Type.String(), level: LevelSchema, divisionName: Type.String() }),
      { description: '同一事项在其他层级、区划的实施（三级四同）' },
    ),
    implementations: Type.Array(Place, {
      description: '本服务的全部办理地点（含本页所示的一处），市级在前；客户端把居民所在区、街道排在最前',
    }),
  }),
])
/** Static type of {@link ItemDetail}. */
export type ItemDetail = Static<typeof ItemDetail>

/** `GET /api/catalogue/stats` answer. */
export const CatalogueStats = Type.Object({
  total: Type.Integer(),
  online: Type.Integer({ description: '全程网办事项数' }),
  onlineShare: Type.Number({ description: '0–1' }),
  byLevel: Type.Object({ city: Type.Integer(), county: Type.Integer(), town: Type.Integer(), village: Type.Integer() }),
  departments: Type.Integer({ description: '有事项的部门数' }),
})
/** Static type of {@link CatalogueStats}. */
export type CatalogueStats = Static<typeof CatalogueStats>

/** 一件事 in a list. */
export const ThemeSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  audience: AudienceSchema,
  stepCount: Type.Integer(),
})
/** Static type of {@link ThemeSummary}. */
export type ThemeSummary = Static<typeof ThemeSummary>

/** `GET /api/themes` answer. */
export const ThemeList = Type.Object({ items: Type.Array(ThemeSummary) })
/** Static type of {@link ThemeList}. */
export type ThemeList = Static<typeof ThemeList>

/** `GET /api/themes/:code` answer: steps in order, each with the item (市级 implementation where there is one). */
export const ThemeDetail = Type.Composite([
  ThemeSummary,
  Type.Object({
    steps: Type.Array(Type.Object({ order: Type.Integer(), note: Type.String(), item: ItemSummary })),
  }),
])
/** Static type of {@link ThemeDetail}. */
export type ThemeDetail = Static<typeof ThemeDetail>

/** `:code` of a theme. */
export const ThemeCodeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64, title: '主题编码', description: '如 YZS-XSECS' }),
})

/** `POST /api/items/:implCode/ratings` body. */
export const RatingBody = Type.Object(
  {
    score: Type.Integer({ minimum: 1, maximum: 5, title: '评分' }),
    comment: Type.Optional(Type.String({ maxLength: 500, title: '意见' })),
  },
  { additionalProperties: false },
)
/** Static type of {@link RatingBody}. */
export type RatingBody = Static<typeof RatingBody>

/** `Idempotency-Key` header. */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{8,128}$', title: 'Idempotency-Key' })),
})

/** A resident's own score of a guide. */
export const MyRating = Type.Object({
  score: Type.Integer({ minimum: 1, maximum: 5 }),
  comment: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
})
/** Static type of {@link MyRating}. */
export type MyRating = Static<typeof MyRating>

/** Anonymous feedback on a guide: a comment that does not move the score. */
export const CommentBody = Type.Object(
  { comment: Type.String({ minLength: 1, maxLength: 500, title: '意见' }) },
  { additionalProperties: false },
)
/** Static type of {@link CommentBody}. */
export type CommentBody = Static<typeof CommentBody>

/** The stored comment's id. */
export const CommentResult = Type.Object({ id: Type.String() })
/** Static type of {@link CommentResult}. */
export type CommentResult = Static<typeof CommentResult>

/** Rating answer: the rating's id and the item's aggregate. */
export const RatingResult = Type.Object({
  id: Type.String(),
  averageScore: Type.Number(),
  count: Type.Integer(),
})
/** Static type of {@link RatingResult}. */
export type RatingResult = Static<typeof RatingResult>
