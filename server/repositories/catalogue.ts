import { type Kysely, type Selectable, sql } from 'kysely'
import type { Audience, HandlingMode, ItemLevel } from '../../types/catalogue'
import type { Database } from '../db/schema'
import type { ServiceItemsTable } from '../db/schema-catalogue'
import type { GuideSeed } from '../db/seed/catalogue/types'

/** The columns every item list needs (ItemSummary before presentation). */
export interface ItemSummaryRow {
  impl_code: string
  base_code: string
  name: string
  summary: string
  department_id: number
  department_name: string
  level: ItemLevel
  division_code: string
  division_name: string
  audience: Audience[]
  item_type: string
  handling_mode: HandlingMode
  visit_count: number
  popularity: number
  promised_limit_days: string
  material_count: number
  charged: boolean
  online_url: string | null
}

/** An item with its guide and rating aggregate. */
export interface ItemDetailRow extends ItemSummaryRow {
  aliases: string[]
  guide: GuideSeed
  updated_at: string
  rating_count: number
  score_sum: number
}

/** One implementation of a service as the guide page lists it. */
export interface ImplementationRow {
  impl_code: string
  level: ItemLevel
  division_code: string
  division_name: string
  county_code: string | null
  department_name: string
  handling_mode: HandlingMode
  promised_limit_days: number
  locations: GuideSeed['locations']
  consult_phone: string
  material_names: string[]
}

/** One item as the index reads it: its summary, facet values and normalised search text. */
export interface SearchDocument
  extends ItemSummaryRow,
    Pick<
      Selectable<ServiceItemsTable>,
      'county_code' | 'name_norm' | 'alias_text' | 'keyword_text' | 'guide_text' | 'pinyin_full' | 'pinyin_initials'
    > {
  county_name: string | null
  department_sort: number
}

/** SELECT list of {@link ItemSummaryRow}, for `service_items s JOIN departments d`. */
export const SUMMARY_COLUMNS = sql`s.impl_code, s.base_code, s.name, s.summary, s.department_id,
  d.name AS department_name, s.level, s.division_code, s.division_name, s.audience, s.item_type, s.handling_mode,
  s.visit_count, s.popularity, s.promised_limit_days::text AS promised_limit_days, s.material_count, s.charged,
  s.online_url`

/** Reads of the catalogue, ratings, favourites and the hot-search log. */
export function catalogueRepository(db: Kysely<Database>) {
  return {
    /** The catalogue version (a bigint as text); one primary-key read, done per cached request. */
    async version(): Promise<string> {
      const row = await db.selectFrom('catalogue_version').select('version').executeTakeFirstOrThrow()
      return String(row.version)
    },

    /** The content version (a bigint as text): moves only when searchable content changes; keys the search index. */
    async contentVersion(): Promise<string> {
      const row = await db.selectFrom('catalogue_version').select('content_version').executeTakeFirstOrThrow()
      return String(row.content_version)
    },

    /**
     * Bumps the catalogue version and the content version, after a write to items, themes or departments: every
     * process's answer cache and search index follow. (A rating bumps only the version: it changes answers, not what
     * is searched.)
     */
    async bumpVersion(): Promise<void> {
      await sql`
        UPDATE catalogue_version
        SET version = version + 1, content_version = content_version + 1, changed_at = now()`.execute(db)
    },

    /** Every item with its summary, facet values and normalised search text: what the search index is built from. */
    async searchDocuments(): Promise<SearchDocument[]> {
      const res = await sql<SearchDocument>`
        SELECT ${SUMMARY_COLUMNS}, s.county_code, v.name AS county_name, d.sort_order AS department_sort,
               s.name_norm, s.alias_text, s.keyword_text, s.guide_text, s.pinyin_full, s.pinyin_initials
        FROM service_items s
          JOIN departments d ON d.id = s.department_id
          LEFT JOIN divisions v ON v.code = s.county_code`.execute(db)
      return res.rows
    },

    /** One item with guide and rating aggregate, or undefined. */
    async findItem(implCode: string): Promise<ItemDetailRow | undefined> {
      const res = await sql<ItemDetailRow>`
        SELECT ${SUMMARY_COLUMNS}, s.aliases, s.guide, to_char(s.updated_at, 'YYYY-MM-DD') AS updated_at,
               coalesce(t.rating_count, 0) AS rating_count, coalesce(t.score_sum, 0) AS score_sum
        FROM service_items s
        JOIN departments d ON d.id = s.department_id
        LEFT JOIN item_rating_totals t ON t.impl_code = s.impl_code
        WHERE s.impl_code = ${implCode}`.execute(db)
      return res.rows[0]
    },

    /** Other implementations of the same standard item (三级四同), city first. */
    async sameItemElsewhere(
      baseCode: string,
      implCode: string,
      limit = 50,
    ): Promise<{ impl_code: string; level: ItemLevel; division_name: string }[]> {
      return db
        .selectFrom('service_items')
        .select(['impl_code', 'level', 'division_name'])
        .where('base_code', '=', baseCode)
        .where('impl_code', '<>', implCode)
        .orderBy(sql`array_position(ARRAY['city','county','town','village'], level)`)
        .orderBy('division_code')
        .limit(limit)
        .execute()
    },

    /**
     * Every implementation of a service (办理地点), city first then by division code, with what the guide page lists
     * for each: unit, hall, phone, promised limit and material names. Reads only those parts of each guide.
     */
    async implementationsOf(baseCode: string, limit = 500): Promise<ImplementationRow[]> {
      const res = await sql<ImplementationRow>`
        SELECT s.impl_code, s.level, s.division_code, s.division_name, s.county_code, d.name AS department_name,
               s.handling_mode, s.promised_limit_days::float8 AS promised_limit_days,
               s.guide->'locations' AS locations, s.guide->>'consultPhone' AS consult_phone,
               coalesce((SELECT array_agg(m->>'name') FROM jsonb_array_elements(s.guide->'materials') m), '{}')
                 AS material_names
        FROM service_items s JOIN departments d ON d.id = s.department_id
        WHERE s.base_code = ${baseCode}
        ORDER BY array_position(ARRAY['city','county','town','village'], s.level), s.division_code, s.impl_code
        LIMIT ${limit}`.execute(db)
      return res.rows
    },

    /** Summaries for impl codes, in the order given (unknown codes are skipped). */
    async summaries(implCodes: string[]): Promise<ItemSummaryRow[]> {
      if (implCodes.length === 0) return []
      const res = await sql<ItemSummaryRow>`
        SELECT ${SUMMARY_COLUMNS}
        FROM service_items s JOIN departments d ON d.id = s.department_id
        WHERE s.impl_code = ANY(${implCodes}::text[])`.execute(db)
      const byCode = new Map(res.rows.map((r) => [r.impl_code, r]))
      return implCodes.flatMap((c) => byCode.get(c) ?? [])
    },

    /** Counts for the home page. */
    async stats(): Promise<{
      total: number
      online: number
      city: number
      county: number
      town: number
      village: number
      departments: number
    }> {
      const res = await sql<Record<string, number>>`
        SELECT count(*)::int AS total,
               count(*) FILTER (WHERE handling_mode = 'online')::int AS online,
               count(*) FILTER (WHERE level = 'city')::int AS city,
               count(*) FILTER (WHERE level = 'county')::int AS county,
               count(*) FILTER (WHERE level = 'town')::int AS town,
               count(*) FILTER (WHERE level = 'village')::int AS village,
               count(DISTINCT department_id)::int AS departments
        FROM service_items`.execute(db)
      const r = res.rows[0]!
      return {
        total: r.total!,
        online: r.online!,
        city: r.city!,
        county: r.county!,
        town: r.town!,
        village: r.village!,
        departments: r.departments!,
      }
    },

    /** 一件事 themes with their step counts, in display order. */
    async themes(): Promise<
      { code: string; name: string; description: string; audience: Audience; step_count: number }[]
    > {
      const res = await sql<{
        code: string
        name: string
        description: string
        audience: Audience
        step_count: number
      }>`
        SELECT t.code, t.name, t.description, t.audience,
               (SELECT count(*)::int FROM theme_steps st WHERE st.theme_code = t.code) AS step_count
        FROM themes t ORDER BY t.sort_order, t.code`.execute(db)
      return res.rows
    },

    /**
     * The steps of one theme with the implementation shown for each standard item: the city-level one where there
     * is one, else the most popular. Undefined when the theme does not exist.
     */
    async themeSteps(code: string): Promise<{ order: number; note: string; impl_code: string | null }[] | undefined> {
      const theme = await db.selectFrom('themes').select('code').where('code', '=', code).executeTakeFirst()
      if (!theme) return undefined
      const res = await sql<{ order: number; note: string; impl_code: string | null }>`
        SELECT st.step_order AS "order", st.note,
               (SELECT s.impl_code FROM service_items s WHERE s.base_code = st.base_code
                ORDER BY (s.level = 'city') DESC, s.popularity DESC, s.impl_code LIMIT 1) AS impl_code
        FROM theme_steps st WHERE st.theme_code = ${code}
        ORDER BY st.step_order`.execute(db)
      return res.rows
    },

    /**
     * A signed-in resident's rating of a guide: the first one is added, a later one replaces it (one per resident
     * and item). Call inside a transaction; the aggregate and the catalogue version change with it. Returns null
     * when the item does not exist.
     *
     * The race it closes: two ratings by one resident for one item at once (a double tap, two devices). Both try the
     * INSERT; UNIQUE (impl_code, user_id) makes the second wait for the first and then insert nothing. It then takes
     * the row FOR UPDATE — seeing the committed score — and applies its change as an update, so the aggregate moves
     * by exactly one rating and the difference of the scores, never counting the resident twice. (A read-then-insert
     * would let both see "no rating yet" and add two.)
     */
    async upsertRating(input: {
      implCode: string
      userId: number
      score: number
      comment: string | null
    }): Promise<{ id: string; created: boolean; count: number; sum: number } | null> {
      const inserted = await sql<{ id: string }>`
        INSERT INTO item_ratings (impl_code, user_id, score, comment)
        SELECT s.impl_code, ${input.userId}, ${input.score}, ${input.comment}
        FROM service_items s WHERE s.impl_code = ${input.implCode}
        ON CONFLICT (impl_code, user_id) DO NOTHING
        RETURNING id::text AS id`.execute(db)
      let id = inserted.rows[0]?.id
      const created = id !== undefined
      const delta = { sum: input.score }
      if (!created) {
        const earlier = await sql<{ id: string; score: number }>`
          SELECT id::text AS id, score FROM item_ratings
          WHERE impl_code = ${input.implCode} AND user_id = ${input.userId} FOR UPDATE`.execute(db)
        const row = earlier.rows[0]
        if (!row) return null // no such item
        id = row.id
        delta.sum = input.score - row.score
        await sql`
          UPDATE item_ratings SET score = ${input.score}, comment = ${input.comment}, updated_at = now()
          WHERE id = ${row.id}`.execute(db)
      }
      if (created)
        await sql`
          INSERT INTO item_rating_totals (impl_code, rating_count, score_sum) VALUES (${input.implCode}, 1, ${input.score})
          ON CONFLICT (impl_code) DO UPDATE SET rating_count = item_rating_totals.rating_count + 1,
                                                score_sum = item_rating_totals.score_sum + excluded.score_sum`.execute(
          db,
        )
      // (a CHECKed proposed row would refuse a negative difference even on the ON CONFLICT path: update in place)
      else
        await sql`
          UPDATE item_rating_totals SET score_sum = score_sum + ${delta.sum}
          WHERE impl_code = ${input.implCode}`.execute(db)
      // the rating aggregate is part of the item answer, so cached item answers must go
      await sql`UPDATE catalogue_version SET version = version + 1, changed_at = now()`.execute(db)
      const totals = await db
        .selectFrom('item_rating_totals')
        .select(['rating_count', 'score_sum'])
        .where('impl_code', '=', input.implCode)
        .executeTakeFirstOrThrow()
      return { id: id!, created, count: totals.rating_count, sum: totals.score_sum }
    },

    /** A resident's own rating of an item, if any. */
    async ratingOf(userId: number, implCode: string) {
      return db
        .selectFrom('item_ratings')
        .select(['score', 'comment', 'updated_at'])
        .where('user_id', '=', userId)
        .where('impl_code', '=', implCode)
        .executeTakeFirst()
    },

    /** Anonymous feedback on a guide (never counted in the score); null when the item does not exist. */
    async addComment(input: { implCode: string; comment: string }): Promise<{ id: string } | null> {
      const res = await sql<{ id: string }>`
        INSERT INTO item_comments (impl_code, comment)
        SELECT s.impl_code, ${input.comment} FROM service_items s WHERE s.impl_code = ${input.implCode}
        RETURNING id::text AS id`.execute(db)
      return res.rows[0] ?? null
    },

    /** A resident's favourites, newest first. */
    async favourites(userId: number): Promise<ItemSummaryRow[]> {
      const res = await sql<ItemSummaryRow>`
        SELECT ${SUMMARY_COLUMNS}
        FROM favourites f
        JOIN service_items s ON s.impl_code = f.impl_code
        JOIN departments d ON d.id = s.department_id
        WHERE f.user_id = ${userId}
        ORDER BY f.created_at DESC, s.impl_code`.execute(db)
      return res.rows
    },

    /** Adds a favourite (idempotent). False when the item does not exist. */
    async addFavourite(userId: number, implCode: string): Promise<boolean> {
      const exists = await db
        .selectFrom('service_items')
        .select('impl_code')
        .where('impl_code', '=', implCode)
        .executeTakeFirst()
      if (!exists) return false
      // the primary key (user_id, impl_code) makes a repeated PUT a no-op
      await db
        .insertInto('favourites')
        .values({ user_id: userId, impl_code: implCode })
        .onConflict((oc) => oc.columns(['user_id', 'impl_code']).doNothing())
        .execute()
      return true
    },

    /** Removes a favourite (idempotent). */
    async removeFavourite(userId: number, implCode: string): Promise<void> {
      await db.deleteFrom('favourites').where('user_id', '=', userId).where('impl_code', '=', implCode).execute()
    },

    /** A resident's favourites as codes and names, oldest first (the export). */
    async favouritesForExport(userId: number) {
      return db
        .selectFrom('favourites as f')
        .innerJoin('service_items as s', 's.impl_code', 'f.impl_code')
        .select(['f.impl_code', 's.name', 'f.created_at'])
        .where('f.user_id', '=', userId)
        .orderBy('f.created_at')
        .orderBy('f.impl_code')
        .execute()
    },

    /** The guide ratings a resident gave, oldest first (the export). */
    async ratingsBy(userId: number) {
      return db
        .selectFrom('item_ratings as r')
        .innerJoin('service_items as s', 's.impl_code', 'r.impl_code')
        .select(['r.impl_code', 's.name', 'r.score', 'r.comment', 'r.created_at'])
        .where('r.user_id', '=', userId)
        .orderBy('r.id')
        .execute()
    },

    /**
     * In the erasure transaction: deletes a resident's favourites and unlinks their ratings. A rating keeps its
     * score and comment as an anonymous opinion of the guide, so the aggregate (and the catalogue version) stay.
     */
    async eraseUser(userId: number): Promise<{ favourites: number; ratings: number }> {
      const favourites = await db.deleteFrom('favourites').where('user_id', '=', userId).executeTakeFirst()
      const ratings = await db
        .updateTable('item_ratings')
        .set({ user_id: null })
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return { favourites: Number(favourites.numDeletedRows), ratings: Number(ratings.numUpdatedRows) }
    },

    /** Adds counts of search terms for 热门搜索, in one statement. */
    async recordSearchTerms(counts: [string, number][]): Promise<void> {
      if (counts.length === 0) return
      await sql`
        INSERT INTO search_log (term, count)
        SELECT t, n FROM unnest(${counts.map((c) => c[0])}::text[], ${counts.map((c) => c[1])}::int[]) AS x(t, n)
        ON CONFLICT (term) DO UPDATE SET count = search_log.count + excluded.count, last_at = now()`.execute(db)
    },

    /** Keeps the search log bounded: only the `keep` most counted terms survive. */
    async pruneSearchLog(keep: number): Promise<void> {
      await sql`
        DELETE FROM search_log WHERE term NOT IN (
          SELECT term FROM search_log ORDER BY count DESC, last_at DESC LIMIT ${keep})`.execute(db)
    },

    /** The most searched terms. */
    async hotTerms(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('search_log')
        .select('term')
        .orderBy('count', 'desc')
        .orderBy('last_at', 'desc')
        .limit(limit)
        .execute()
      return rows.map((r) => r.term)
    },
  }
}
