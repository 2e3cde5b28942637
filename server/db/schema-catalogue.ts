import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { GuideSeed } from './seed/catalogue/types'

/** `numeric` comes back from node-postgres as a string. */
type Numeric = ColumnType<string, number | string, number | string>
/** `date` written as 'YYYY-MM-DD', read as Date (repositories format it with to_char). */
type DateColumn = ColumnType<Date, string, string>

/** `service_items`: one implementation of a standard item (三级四同), its guide and its search columns. */
export interface ServiceItemsTable {
  id: Generated<number>
  impl_code: string
  base_code: string
  name: string
  aliases: string[]
  keywords: string[]
  department_id: number
  level: 'city' | 'county' | 'town' | 'village'
  division_code: string
  division_name: string
  county_code: Generated<string>
  audience: ('personal' | 'legal')[]
  item_type: string
  handling_mode: 'online' | 'once' | 'window'
  visit_count: number
  popularity: number
  summary: string
  online_url: string | null
  guide: JSONColumnType<GuideSeed, string, string>
  promised_limit_days: Numeric
  legal_limit_days: Numeric | null
  material_count: number
  charged: boolean
  updated_at: DateColumn
  content_hash: string
  name_norm: string
  alias_text: string
  keyword_text: string
  guide_text: string
  pinyin_full: string
  pinyin_initials: string
}

/** `themes`: 一件事. */
export interface ThemesTable {
  code: string
  name: string
  description: string
  audience: 'personal' | 'legal'
  sort_order: number
  content_hash: string
}

/** `theme_steps`: ordered steps of a theme, by standard item (base code). */
export interface ThemeStepsTable {
  theme_code: string
  step_order: number
  base_code: string
  note: string
}

/**
 * `item_ratings`: "这条指南准确吗？" scores that count — one per signed-in resident and item, changeable. `user_id` is
 * null only after the resident erased their account (the rating stays, unlinked).
 */
export interface ItemRatingsTable {
  id: Generated<string>
  impl_code: string
  user_id: number | null
  score: number
  comment: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

/** `item_comments`: anonymous feedback on a guide; never counted in the score (migration 009). */
export interface ItemCommentsTable {
  id: Generated<string>
  impl_code: string
  /** Only on anonymous ratings kept from before migration 009; not counted. */
  score: number | null
  comment: string | null
  created_at: Generated<Date>
}

/** `item_rating_totals`: the rating aggregate per item. */
export interface ItemRatingTotalsTable {
  impl_code: string
  rating_count: number
  score_sum: number
}

/** `favourites`: a resident's saved items. */
export interface FavouritesTable {
  user_id: number
  impl_code: string
  created_at: Generated<Date>
}

/** `search_log`: counts of search terms for 热门搜索. */
export interface SearchLogTable {
  term: string
  count: ColumnType<string, number | undefined, number | string>
  last_at: Generated<Date>
}

/** `catalogue_version`: the single version row that keys every process's catalogue cache. */
export interface CatalogueVersionTable {
  id: Generated<boolean>
  version: ColumnType<string, number | string, number | string>
  /** Moves only when searchable content changes: keys each process's search index. */
  content_version: ColumnType<string, number | string, number | string>
  changed_at: Generated<Date>
}

/** Tables of the service-item catalogue (issue #3); merged into `Database` in schema.ts. */
export interface CatalogueTables {
  service_items: ServiceItemsTable
  themes: ThemesTable
  theme_steps: ThemeStepsTable
  item_ratings: ItemRatingsTable
  item_comments: ItemCommentsTable
  item_rating_totals: ItemRatingTotalsTable
  favourites: FavouritesTable
  search_log: SearchLogTable
  catalogue_version: CatalogueVersionTable
}
