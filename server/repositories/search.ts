import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Audience, HandlingMode, ItemLevel } from '../../types/catalogue'
import type { Database } from '../db/schema'
import { type ItemSummaryRow, SUMMARY_COLUMNS } from './catalogue'

/** One search term, planned by the service (server/services/catalogue-search.ts). */
export interface TermPlan {
  /** The term and its synonym variants, normalised. */
  variants: {
    /** `%variant%`, LIKE-escaped. */
    pattern: string
    /** Grams that every matching name/alias/keyword must contain (empty: no gram filter possible). */
    grams: string[]
    /** Whether guide text is searched too (not for one-character variants). */
    inGuide: boolean
  }[]
  /** Pinyin reading of an all-letter term. */
  pinyin: { pattern: string; fullGrams: string[] | null; initialsGrams: string[]; full: boolean } | null
}

/** Facet filters; each is a single value. */
export interface SearchFilters {
  department?: number
  level?: ItemLevel
  district?: string
  audience?: Audience
  online?: boolean
  itemType?: string
}

/** Raw answer of {@link searchRepository}.search. */
export interface SearchRows {
  total: number
  page: (ItemSummaryRow & { rank: number })[]
  facets: {
    department: { value: number; label: string; count: number }[]
    level: { value: ItemLevel; count: number }[]
    district: { value: string; label: string; count: number }[]
    audience: { value: Audience; count: number }[]
    mode: { value: HandlingMode; count: number }[]
  }
}

/** Rank of the field a term matched: name 0, alias 1, keyword 2, pinyin 3, guide 4. */
export const RANK_FIELDS = ['name', 'alias', 'keyword', 'pinyin', 'guide'] as const

type FilterKey = keyof SearchFilters

function or(parts: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return parts.length === 0 ? sql`false` : sql`(${sql.join(parts, sql` OR `)})`
}

function and(parts: RawBuilder<unknown>[]): RawBuilder<unknown> {
  return parts.length === 0 ? sql`true` : sql`(${sql.join(parts, sql` AND `)})`
}

/** GIN candidate condition of one term: any variant's grams in any gram column, or its pinyin grams. */
function candidate(term: TermPlan): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = []
  for (const v of term.variants) {
    // a variant without grams (only % _ \ and the like) cannot use the index: recheck every row
    if (v.grams.length === 0) return sql`true`
    const g = sql`${v.grams}::text[]`
    parts.push(sql`s.name_grams @> ${g}`, sql`s.alias_grams @> ${g}`, sql`s.keyword_grams @> ${g}`)
    if (v.inGuide) parts.push(sql`s.guide_grams @> ${g}`)
  }
  if (term.pinyin) {
    if (term.pinyin.fullGrams) parts.push(sql`s.pinyin_grams @> ${term.pinyin.fullGrams}::text[]`)
    parts.push(sql`s.pinyin_grams @> ${term.pinyin.initialsGrams}::text[]`)
  }
  return or(parts)
}

/** Exact recheck of one term, as the rank of the best field it matched (NULL = no match). */
function rank(term: TermPlan): RawBuilder<unknown> {
  const all = sql`${term.variants.map((v) => v.pattern)}::text[]`
  const guide = term.variants.filter((v) => v.inGuide).map((v) => v.pattern)
  const whens: RawBuilder<unknown>[] = [
    sql`WHEN s.name_norm ILIKE ANY(${all}) THEN 0`,
    sql`WHEN s.alias_text ILIKE ANY(${all}) THEN 1`,
    sql`WHEN s.keyword_text ILIKE ANY(${all}) THEN 2`,
  ]
  if (term.pinyin) {
    const p = term.pinyin
    whens.push(
      p.full
        ? sql`WHEN s.pinyin_full LIKE ${p.pattern} OR s.pinyin_initials LIKE ${p.pattern} THEN 3`
        : sql`WHEN s.pinyin_initials LIKE ${p.pattern} THEN 3`,
    )
  }
  if (guide.length > 0) whens.push(sql`WHEN s.guide_text ILIKE ANY(${guide}::text[]) THEN 4`)
  return sql`CASE ${sql.join(whens, sql` `)} END`
}

function filterConditions(filters: SearchFilters, except?: FilterKey): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = []
  if (filters.department !== undefined && except !== 'department')
    parts.push(sql`department_id = ${filters.department}`)
  if (filters.level !== undefined && except !== 'level') parts.push(sql`level = ${filters.level}`)
  if (filters.district !== undefined && except !== 'district') parts.push(sql`county_code = ${filters.district}`)
  if (filters.audience !== undefined && except !== 'audience')
    parts.push(sql`audience @> ARRAY[${filters.audience}]::text[]`)
  if (filters.online && except !== 'online') parts.push(sql`handling_mode = 'online'`)
  if (filters.itemType !== undefined) parts.push(sql`item_type = ${filters.itemType}`)
  return and(parts)
}

/** The matched set: every item matching all terms (facet filters not applied), with its rank. */
function matched(terms: TermPlan[]): RawBuilder<unknown> {
  const cols = sql`s.id, s.department_id, s.level, s.county_code, s.audience, s.handling_mode, s.item_type,
    s.popularity, s.impl_code`
  if (terms.length === 0) return sql`SELECT ${cols}, 0 AS rank FROM service_items s`
  const ranks = terms.map((t, i) => sql`${rank(t)} AS ${sql.raw(`r${i}`)}`)
  const names = terms.map((_, i) => sql.raw(`r${i}`))
  return sql`
    SELECT id, department_id, level, county_code, audience, handling_mode, item_type, popularity, impl_code,
           ${terms.length === 1 ? names[0] : sql`GREATEST(${sql.join(names)})`} AS rank
    FROM (SELECT ${cols}, ${sql.join(ranks)} FROM service_items s WHERE ${and(terms.map(candidate))}) x
    WHERE ${and(names.map((n) => sql`${n} IS NOT NULL`))}`
}

/** SQL of catalogue search: GIN candidates, exact recheck, ranking, facets. */
export function searchRepository(db: Kysely<Database>) {
  return {
    /**
     * One statement: the matched set is materialised once, then the page, the total and each facet (counted with
     * every filter but its own) are read from it. Ranking: best field of the worst-matching term, then popularity.
     */
    async search(terms: TermPlan[], filters: SearchFilters, page: number, pageSize: number): Promise<SearchRows> {
      const all = filterConditions(filters)
      const res = await sql<{
        total: number
        page: { impl_code: string; rank: number }[]
        department: [number, string, number][] | null
        level: [ItemLevel, number][] | null
        district: [string, string | null, number][] | null
        audience: [Audience, number][] | null
        mode: [HandlingMode, number][] | null
      }>`
        WITH m AS MATERIALIZED (${matched(terms)})
        SELECT
          (SELECT count(*)::int FROM m WHERE ${all}) AS total,
          (SELECT coalesce(json_agg(json_build_object('impl_code', p.impl_code, 'rank', p.rank)), '[]'::json)
             FROM (SELECT impl_code, rank FROM m WHERE ${all}
                   ORDER BY rank, popularity DESC, impl_code
                   LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) p) AS page,
          (SELECT json_agg(json_build_array(f.department_id, d.name, f.n) ORDER BY f.n DESC, d.sort_order, d.id)
             FROM (SELECT department_id, count(*)::int AS n FROM m WHERE ${filterConditions(filters, 'department')}
                   GROUP BY department_id) f JOIN departments d ON d.id = f.department_id) AS department,
          (SELECT json_agg(json_build_array(level, n))
             FROM (SELECT level, count(*)::int AS n FROM m WHERE ${filterConditions(filters, 'level')}
                   GROUP BY level) f) AS level,
          (SELECT json_agg(json_build_array(f.county_code, v.name, f.n) ORDER BY f.county_code)
             FROM (SELECT county_code, count(*)::int AS n FROM m WHERE ${filterConditions(filters, 'district')}
                   GROUP BY county_code) f LEFT JOIN divisions v ON v.code = f.county_code) AS district,
          (SELECT json_agg(json_build_array(a, n))
             FROM (SELECT a, count(*)::int AS n FROM m, unnest(audience) a
                   WHERE ${filterConditions(filters, 'audience')} GROUP BY a) f) AS audience,
          (SELECT json_agg(json_build_array(handling_mode, n))
             FROM (SELECT handling_mode, count(*)::int AS n FROM m WHERE ${filterConditions(filters, 'online')}
                   GROUP BY handling_mode) f) AS mode`.execute(db)
      const r = res.rows[0]!
      const rankByCode = new Map(r.page.map((p) => [p.impl_code, p.rank]))
      const summaries = await summariesOf(
        db,
        r.page.map((p) => p.impl_code),
      )
      return {
        total: r.total,
        page: summaries.map((s) => ({ ...s, rank: rankByCode.get(s.impl_code) ?? 0 })),
        facets: {
          department: (r.department ?? []).map(([value, label, count]) => ({ value, label, count })),
          level: (r.level ?? []).map(([value, count]) => ({ value, count })),
          district: (r.district ?? []).map(([value, label, count]) => ({ value, label: label ?? value, count })),
          audience: (r.audience ?? []).map(([value, count]) => ({ value, count })),
          mode: (r.mode ?? []).map(([value, count]) => ({ value, count })),
        },
      }
    },

    /** Whether anything matches (for zero-result suggestions). */
    async anyMatch(terms: TermPlan[]): Promise<boolean> {
      const res = await sql`SELECT 1 FROM (${matched(terms)}) m LIMIT 1`.execute(db)
      return res.rows.length > 0
    },
  }
}

async function summariesOf(db: Kysely<Database>, codes: string[]): Promise<ItemSummaryRow[]> {
  if (codes.length === 0) return []
  const res = await sql<ItemSummaryRow>`
    SELECT ${SUMMARY_COLUMNS}
    FROM service_items s JOIN departments d ON d.id = s.department_id
    WHERE s.impl_code = ANY(${codes}::text[])`.execute(db)
  const byCode = new Map(res.rows.map((r) => [r.impl_code, r]))
  return codes.flatMap((c) => byCode.get(c) ?? [])
}
