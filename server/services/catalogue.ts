import type { Kysely } from 'kysely'
import type {
  CatalogueStats,
  Guide,
  ItemDetail,
  ItemSummary,
  MatchedBy,
  MyRating,
  Place,
  RatingResult,
  ThemeDetail,
  ThemeSummary,
} from '../../types/catalogue'
import type { Database } from '../db/schema'
import type { GuideSeed } from '../db/seed/catalogue/types'
import { NotFoundError } from '../errors'
import { highlight } from '../lib/search-text'
import { type IdempotentResult, idempotent } from '../platform/idempotency'
import {
  catalogueRepository,
  type ImplementationRow,
  type ItemDetailRow,
  type ItemSummaryRow,
} from '../repositories/catalogue'

export { DEFAULT_ONLINE_URL_TEMPLATE } from './catalogue-online-url'

/** The idempotency scope of guide ratings (keys are per resident and this route). */
const RATE_ROUTE = 'POST /api/items/:implCode/ratings'

/** Not found answers, in Chinese. */
export const ITEM_NOT_FOUND = '没有找到这个事项，可能已调整或编码有误，请从事项列表重新查找'
export const THEME_NOT_FOUND = '没有找到这个“一件事”主题，请从主题列表重新进入'

/** Turns repository rows into API shapes. */
export function presenter(template: string) {
  const onlineUrl = (row: ItemSummaryRow): string | null =>
    row.online_url ??
    (row.handling_mode === 'window' ? null : template.replace('{code}', encodeURIComponent(row.impl_code)))

  return {
    /** An item in a list; `needles` highlight the name, `matchedBy` says which field matched. */
    summary(row: ItemSummaryRow, needles: readonly string[] = [], matchedBy?: MatchedBy): ItemSummary {
      return {
        implCode: row.impl_code,
        baseCode: row.base_code,
        name: row.name,
        nameSegments: needles.length > 0 ? highlight(row.name, needles) : [{ text: row.name, hit: false }],
        summary: row.summary,
        department: { id: row.department_id, name: row.department_name },
        level: row.level,
        divisionCode: row.division_code,
        divisionName: row.division_name,
        audience: row.audience,
        itemType: row.item_type,
        handlingMode: row.handling_mode,
        visitCount: row.visit_count,
        promisedLimitDays: Number(row.promised_limit_days),
        materialCount: row.material_count,
        charged: row.charged,
        onlineUrl: onlineUrl(row),
        ...(matchedBy ? { matchedBy } : {}),
      }
    },

    /** The guide with computed fields: material ids m1, m2 … and the sum of step days. */
    guide(g: GuideSeed): Guide {
      return {
        ...g,
        materials: g.materials.map((m, i) => ({ id: `m${i + 1}`, ...m })),
        totalDays: g.process.reduce((sum, s) => sum + s.days, 0),
      }
    },
  }
}

/**
 * The 办理地点 of a service for the guide page of one of its implementations: each place with its hall, phone and
 * limit, and the materials it asks for beyond the implementation shown (“本街道办理需另带 …”).
 */
export function places(shown: ItemDetailRow, rows: readonly ImplementationRow[]): Place[] {
  const own = new Set(shown.guide.materials.map((m) => m.name))
  return rows.map((r) => ({
    implCode: r.impl_code,
    level: r.level,
    divisionCode: r.division_code,
    divisionName: r.division_name,
    countyCode: r.county_code,
    department: r.department_name,
    handlingMode: r.handling_mode,
    promisedLimitDays: Number(r.promised_limit_days),
    locations: r.locations,
    consultPhone: r.consult_phone,
    extraMaterials: r.impl_code === shown.impl_code ? [] : r.material_names.filter((n) => !own.has(n)),
    current: r.impl_code === shown.impl_code,
  }))
}

/** Reads of the catalogue, shaped for the API. */
export function catalogueService(db: Kysely<Database>, template: string) {
  const repo = catalogueRepository(db)
  const present = presenter(template)

  const detail = (
    row: ItemDetailRow,
    elsewhere: Awaited<ReturnType<typeof repo.sameItemElsewhere>>,
    implementations: ImplementationRow[],
  ): ItemDetail => ({
    ...present.summary(row),
    aliases: row.aliases,
    guide: present.guide(row.guide),
    rating: {
      averageScore: row.rating_count > 0 ? Math.round((row.score_sum / row.rating_count) * 10) / 10 : null,
      count: row.rating_count,
    },
    updatedAt: row.updated_at,
    sameItemElsewhere: elsewhere.map((e) => ({ implCode: e.impl_code, level: e.level, divisionName: e.division_name })),
    implementations: places(row, implementations),
  })

  return {
    present,

    /** One item with its guide; NotFoundError when unknown. */
    async item(implCode: string): Promise<ItemDetail> {
      const row = await repo.findItem(implCode)
      if (!row) throw new NotFoundError(ITEM_NOT_FOUND)
      return detail(
        row,
        await repo.sameItemElsewhere(row.base_code, row.impl_code),
        await repo.implementationsOf(row.base_code),
      )
    },

    /** Home-page counts. */
    async stats(): Promise<CatalogueStats> {
      const s = await repo.stats()
      return {
        total: s.total,
        online: s.online,
        onlineShare: s.total > 0 ? Math.round((s.online / s.total) * 1000) / 1000 : 0,
        byLevel: { city: s.city, county: s.county, town: s.town, village: s.village },
        departments: s.departments,
      }
    },

    /** 一件事 list. */
    async themes(): Promise<{ items: ThemeSummary[] }> {
      return {
        items: (await repo.themes()).map((t) => ({
          code: t.code,
          name: t.name,
          description: t.description,
          audience: t.audience,
          stepCount: t.step_count,
        })),
      }
    },

    /** One 一件事 with its steps; NotFoundError when unknown. Steps whose item is missing are left out. */
    async theme(code: string): Promise<ThemeDetail> {
      const themes = await repo.themes()
      const theme = themes.find((t) => t.code === code)
      const steps = theme ? await repo.themeSteps(code) : undefined
      if (!theme || !steps) throw new NotFoundError(THEME_NOT_FOUND)
      const rows = await repo.summaries(steps.flatMap((s) => (s.impl_code ? [s.impl_code] : [])))
      const byCode = new Map(rows.map((r) => [r.impl_code, r]))
      const out = steps.flatMap((s) => {
        const row = s.impl_code ? byCode.get(s.impl_code) : undefined
        return row ? [{ order: s.order, note: s.note, item: present.summary(row) }] : []
      })
      return {
        code: theme.code,
        name: theme.name,
        description: theme.description,
        audience: theme.audience,
        stepCount: out.length,
        steps: out,
      }
    },

    /**
     * A signed-in resident's score of a guide (counts toward the public score; one per resident and item, a second
     * one changes it), exactly once per Idempotency-Key (platform/idempotency.ts, keys per resident). NotFoundError
     * when the item is unknown.
     */
    async rate(input: {
      implCode: string
      userId: number
      score: number
      comment: string | null
      idempotencyKey: string | undefined
    }): Promise<IdempotentResult<RatingResult>> {
      return idempotent<RatingResult>(
        db,
        {
          userId: input.userId,
          route: RATE_ROUTE,
          key: input.idempotencyKey,
          body: { implCode: input.implCode, score: input.score, comment: input.comment },
          required: false,
          mismatchMessage: '这个 Idempotency-Key 已用于另一次内容不同的评价，请换一个',
        },
        {
          create: async (tx) => {
            const r = await catalogueRepository(tx).upsertRating({ ...input })
            if (!r) throw new NotFoundError(ITEM_NOT_FOUND)
            return { id: r.id, count: r.count, averageScore: r.count > 0 ? Math.round((r.sum / r.count) * 10) / 10 : 0 }
          },
        },
      )
    },

    /** The resident's own score of an item (to show and change it); NotFoundError when they have none. */
    async myRating(userId: number, implCode: string): Promise<MyRating> {
      const r = await repo.ratingOf(userId, implCode)
      if (!r) throw new NotFoundError('您还没有给这条指南评分')
      return { score: r.score, comment: r.comment, updatedAt: r.updated_at.toISOString() }
    },

    /** Anonymous feedback: kept for the department, never counted in the score. NotFoundError when unknown. */
    async comment(implCode: string, comment: string): Promise<{ id: string }> {
      const row = await repo.addComment({ implCode, comment })
      if (!row) throw new NotFoundError(ITEM_NOT_FOUND)
      return row
    },

    /** A resident's favourites. */
    async favourites(userId: number): Promise<{ items: ItemSummary[] }> {
      return { items: (await repo.favourites(userId)).map((r) => present.summary(r)) }
    },

    /** Adds a favourite; NotFoundError when the item is unknown. */
    async addFavourite(userId: number, implCode: string): Promise<void> {
      if (!(await repo.addFavourite(userId, implCode))) throw new NotFoundError(ITEM_NOT_FOUND)
    },

    /** Removes a favourite (nothing to remove is fine). */
    async removeFavourite(userId: number, implCode: string): Promise<void> {
      await repo.removeFavourite(userId, implCode)
    },
  }
}
