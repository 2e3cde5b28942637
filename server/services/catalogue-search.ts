import type { Kysely } from 'kysely'
import {
  AUDIENCE_LABELS,
  HANDLING_MODE_LABELS,
  ITEM_LEVEL_LABELS,
  type ItemLevel,
  type ItemSearchResult,
  type PlacesSummary,
  type RelaxedFilter,
} from '../../types/catalogue'
import type { Database } from '../db/schema'
import { catalogueFiles } from '../db/seed/catalogue/read-files'
import { ValidationError } from '../errors'
import {
  charLength,
  grams,
  MAX_QUERY_LENGTH,
  normalise,
  pinyinOf,
  pinyinQueryGrams,
  prepareFillers,
  prepareRewrites,
  prepareSynonyms,
  splitTerms,
  stripFillers,
  variantsOf,
} from '../lib/search-text'
import { catalogueRepository } from '../repositories/catalogue'
import { presenter } from './catalogue'
import { CatalogueIndex, type FilterKey, RANK_FIELDS, type SearchFilters, type TermPlan } from './catalogue-index'

let prepared: {
  synonyms: ReturnType<typeof prepareSynonyms>
  rewrites: ReturnType<typeof prepareRewrites>
  fillers: ReturnType<typeof prepareFillers>
} | null = null

/** Synonyms, colloquial rewrites and filler words of synonyms.json, prepared once (on first use, not at import). */
function words() {
  if (!prepared) {
    const { groups, colloquial, fillers } = catalogueFiles().synonyms
    prepared = {
      synonyms: prepareSynonyms(groups),
      rewrites: prepareRewrites(colloquial),
      fillers: prepareFillers(fillers),
    }
  }
  return prepared
}
const HAN_CHAR = /^\p{Script=Han}$/u
const LEVEL_ORDER: ItemLevel[] = ['city', 'county', 'town', 'village']

/** Hot terms shown before anyone has searched (the most asked-for items of the 扬州 政务服务 hall). */
export const DEFAULT_HOT_TERMS = ['社保卡', '公积金提取', '身份证', '营业执照', '医保', '户口', '不动产登记', '养老金']

/** Normalises and checks `q`; a query over the limit is a 400 naming the field. */
export function normaliseQuery(raw: string | undefined): string {
  const q = normalise(raw ?? '')
  if (charLength(q) > MAX_QUERY_LENGTH) {
    const message = `搜索词最多 ${MAX_QUERY_LENGTH} 个字`
    throw new ValidationError(message, { q: message })
  }
  return q
}

/** The terms of a normalised query, filler words (办理, 怎么办 …) left out. */
export function queryTerms(q: string): string[] {
  return q ? splitTerms(stripFillers(q, words().fillers)) : []
}

/** The plan of one term: its colloquial rewrites and synonym variants with their grams, and its pinyin reading. */
export function planTerm(term: string): TermPlan {
  const variants = variantsOf(term, words().synonyms, words().rewrites).map((v) => {
    const g = grams(v)
    return {
      text: v,
      grams: g,
      // guide prose is searched for three characters and more: two (社保, 登记) occur in most guides, which made
      // every such query a full-table recheck and buried the items named by it
      inGuide: charLength(v) >= 3 && g.length > 0 && !g.some((x) => HAN_CHAR.test(x)),
    }
  })
  const py = pinyinQueryGrams(term)
  return { variants, pinyin: py ? { term, fullGrams: py.fullGrams, initialsGrams: py.initialsGrams } : null }
}

/** Words a name is highlighted with: every term, its variants, and pinyin terms. */
function needlesOf(terms: string[]): string[] {
  return [...new Set(terms.flatMap((t) => variantsOf(t, words().synonyms, words().rewrites)))]
}

/** Near queries to try when nothing matched: shorter pieces of each term (longest first). */
function nearQueries(terms: string[]): string[] {
  const out: string[] = []
  for (const t of terms) {
    const chars = [...t]
    for (let len = chars.length - 1; len >= 2; len--) {
      out.push(chars.slice(0, len).join(''), chars.slice(chars.length - len).join(''))
      if (out.length >= 8) break
    }
  }
  if (terms.length > 1) out.unshift(...terms)
  return [...new Set(out)].filter((s) => !terms.includes(s) || terms.length > 1).slice(0, 8)
}

/** Whether a term may be counted for 热门搜索: catalogue words only, nothing that looks like personal data. */
function recordable(q: string): boolean {
  const n = charLength(q)
  return n >= 2 && n <= 20 && !/\d{5,}/.test(q) && !/[@]/.test(q)
}

/** Search terms counted in memory and written in one statement at most every few seconds (not one write per search). */
const FLUSH_MS = 5000
/** A client's confirmed search of a term counts for 热门搜索 once per this window. */
export const COUNT_WINDOW_MS = 60 * 60 * 1000
/** Client-and-term pairs remembered for {@link COUNT_WINDOW_MS}; past this the oldest are forgotten early. */
const COUNTED_MAX = 50_000

/** Rank a suggestion must reach: it has to match a name or an alias, not only keywords or guide text. */
const SUGGESTION_RANK = RANK_FIELDS.indexOf('alias')

/** What a filter is called in "去掉“…”后有 N 项" when the index has no name for its value. */
function filterLabel(idx: CatalogueIndex, key: FilterKey, filters: SearchFilters): string {
  const named = idx.filterLabel(key, filters)
  if (named) return named
  if (key === 'level' && filters.level) return ITEM_LEVEL_LABELS[filters.level]
  if (key === 'audience' && filters.audience) return AUDIENCE_LABELS[filters.audience]
  if (key === 'online') return '只看全程网办'
  if (key === 'itemType' && filters.itemType) return filters.itemType
  return '筛选条件'
}

/** Catalogue search: plan → index → present, with facets, highlights and zero-result suggestions. */
export function catalogueSearch(db: Kysely<Database>, template: string) {
  const catalogue = catalogueRepository(db)
  const present = presenter(template)
  const pending = new Map<string, number>()
  /** Client-and-term pairs counted within the window, oldest first, with when they were counted. */
  const counted = new Map<string, number>()
  let lastFlush = Date.now()
  let flushes = 0
  let index: CatalogueIndex | null = null
  let building: { version: string; promise: Promise<CatalogueIndex> } | null = null
  let builds = 0

  async function flush(): Promise<void> {
    if (pending.size === 0) return
    const counts = [...pending]
    pending.clear()
    lastFlush = Date.now()
    await catalogue.recordSearchTerms(counts)
    if (++flushes % 100 === 0) await catalogue.pruneSearchLog(1000)
  }

  /**
   * The index of the current content version: one primary-key read, and a rebuild when the version moved (searches
   * arriving meanwhile wait for the same build). The version is read before the documents, so an index is never
   * labelled newer than its data; a write landing in between costs at most one extra rebuild.
   */
  async function currentIndex(): Promise<CatalogueIndex> {
    const version = await catalogue.contentVersion()
    if (index?.version === version) return index
    if (building?.version !== version) {
      const promise = (async () => {
        try {
          const built = new CatalogueIndex(version, await catalogue.searchDocuments())
          builds++
          if (!index || BigInt(index.version) < BigInt(version)) index = built
          return built
        } finally {
          if (building?.version === version) building = null
        }
      })()
      building = { version, promise }
    }
    return building!.promise
  }

  /**
   * Up to three queries that do find something under the same filters (a tapped suggestion keeps them), each
   * matching a name or an alias, for a search that found nothing.
   */
  function suggest(idx: CatalogueIndex, terms: string[], filters: SearchFilters): string[] {
    const out: string[] = []
    const add = (candidate: string) => {
      // 住房公积金提 adds nothing next to 住房公积金提取
      if (out.length >= 3 || out.some((s) => s.includes(candidate) || candidate.includes(s))) return
      if (idx.anyMatch(queryTerms(candidate).map(planTerm), filters, SUGGESTION_RANK)) out.push(candidate)
    }
    // a homophone typed by pinyin input (公基金, 社宝卡) first: it is what the resident meant
    const respelled = terms.map((term) => {
      if (!/^\p{Script=Han}{2,12}$/u.test(term) || idx.anyMatch([planTerm(term)])) return term
      return idx.spelledAs(pinyinOf(term).full) ?? term
    })
    if (respelled.some((r, i) => r !== terms[i])) add(respelled.join(' '))
    for (const candidate of nearQueries(terms)) add(candidate)
    return out
  }

  return {
    /** Runs a search; `q` must already be normalised ({@link normaliseQuery}). */
    async search(q: string, filters: SearchFilters, page: number, pageSize: number): Promise<ItemSearchResult> {
      const terms = queryTerms(q)
      // a query of separators only (emoji, punctuation) matches nothing rather than everything
      if (q && terms.length === 0) return empty(page, pageSize)
      const idx = await currentIndex()
      const rows = idx.search(terms.map(planTerm), filters, page, pageSize)
      const needles = needlesOf(terms)
      const none = rows.total === 0
      const suggestions = none && terms.length > 0 ? suggest(idx, terms, filters) : []
      const relaxed: RelaxedFilter[] = none
        ? rows.relaxed
            .filter((r) => r.total > 0)
            .map((r) => ({ filter: r.filter, label: filterLabel(idx, r.filter, filters), total: r.total }))
        : []
      const f = rows.facets
      return {
        items: rows.page.map((r) => ({
          ...present.summary(r, needles, q ? RANK_FIELDS[r.rank] : undefined),
          ...(q && r.matchedAlias ? { matchedAlias: r.matchedAlias } : {}),
          places: r.places,
        })),
        total: rows.total,
        page,
        pageSize,
        facets: {
          department: f.department.map((d) => ({ value: String(d.value), label: d.label, count: d.count })),
          level: [...f.level]
            .sort((a, b) => LEVEL_ORDER.indexOf(a.value) - LEVEL_ORDER.indexOf(b.value))
            .map((l) => ({ value: l.value, label: ITEM_LEVEL_LABELS[l.value], count: l.count })),
          district: f.district.map((d) => ({
            value: d.value,
            label: d.value.endsWith('000') ? '市本级' : d.label,
            count: d.count,
          })),
          audience: [...f.audience]
            .sort((a, b) => a.value.localeCompare(b.value) * -1)
            .map((a) => ({ value: a.value, label: AUDIENCE_LABELS[a.value], count: a.count })),
          mode: ['online', 'once', 'window'].flatMap((m) => {
            const v = f.mode.find((x) => x.value === m)
            return v ? [{ value: v.value, label: HANDLING_MODE_LABELS[v.value], count: v.count }] : []
          }),
        },
        suggestions,
        relaxed,
      }
    },

    /** Where each service can be done (all implementations), for lists that are not searches (favourites). */
    async placesOf(baseCodes: readonly string[]): Promise<Map<string, PlacesSummary>> {
      return (await currentIndex()).placesOfServices(baseCodes)
    },

    /** Builds the index now (at start-up, so the first search does not wait for it). */
    async warm(): Promise<void> {
      await currentIndex()
    },

    /** The content version searched and how many times this process built an index (tests, diagnostics). */
    indexInfo(): { version: string | null; items: number; builds: number } {
      return { version: index?.version ?? null, items: index?.size ?? 0, builds }
    },

    /**
     * Counts a search the resident confirmed (Enter, a chip, opening a result) for 热门搜索 — never the text typed
     * on the way there. Counted: the query without filler words, when it is a catalogue word (2–20 characters,
     * nothing like a phone number or e-mail) that finds items; at most once per `client` (the caller's address)
     * and term per hour, remembered in memory only. Counts are batched in memory and flushed at most every 5 s; the
     * log is trimmed to its 1,000 most counted terms every 100th flush. A crash loses at most a few seconds of
     * counts, which a popularity list can spare. Returns whether the search was counted.
     */
    async commit(q: string, client: string, now = Date.now()): Promise<boolean> {
      const terms = queryTerms(q)
      const term = terms.join(' ')
      if (!recordable(term)) return false
      const idx = await currentIndex()
      if (!idx.anyMatch(terms.map(planTerm))) return false
      for (const [key, at] of counted) {
        if (now - at < COUNT_WINDOW_MS && counted.size < COUNTED_MAX) break
        counted.delete(key)
      }
      const key = `${client}\n${term}`
      if (counted.has(key)) return false
      counted.set(key, now)
      pending.set(term, (pending.get(term) ?? 0) + 1)
      if (now - lastFlush >= FLUSH_MS) await flush()
      return true
    },

    /** 热门搜索: the most searched terms, topped up with defaults. */
    async hotTerms(limit = 10): Promise<string[]> {
      await flush()
      const terms = await catalogue.hotTerms(limit)
      for (const d of DEFAULT_HOT_TERMS) if (terms.length < limit && !terms.includes(d)) terms.push(d)
      return terms
    },
  }
}

function empty(page: number, pageSize: number): ItemSearchResult {
  return {
    items: [],
    total: 0,
    page,
    pageSize,
    facets: { department: [], level: [], district: [], audience: [], mode: [] },
    suggestions: [],
    relaxed: [],
  }
}
