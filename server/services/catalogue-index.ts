import type { Audience, HandlingMode, ItemLevel, PlacesSummary } from '../../types/catalogue'
import { forEachGram, forEachPinyinGram, pinyinQueryGrams, runSpelling } from '../lib/search-text'
import type { ItemSummaryRow, SearchDocument } from '../repositories/catalogue'

/**
 * The catalogue's search index, held in each process (issue #3).
 *
 * Why in memory: the catalogue is small (thousands of items, ~1 KB of search text each) and read-mostly, and a
 * search answer needs every match to count facets. In SQL that meant reading ~2,400 wide rows for an unselective
 * term (证, 身份证): p95 25–193 ms on PostgreSQL at 5,200 items. Here the same answer takes about a millisecond.
 *
 * How it stays correct: PostgreSQL remains the only store. An index is built from one read of the stored search
 * text and labelled with the `content_version` read just before; the search service reads that version (one
 * primary-key read) before every search and rebuilds when it moved, so a change made through any process is searched
 * by every process on its next query (server/services/catalogue-search.ts).
 *
 * Matching is the same as the SQL it replaces: gram postings narrow the candidates, an exact substring check on the
 * normalised text decides and ranks (name 0, alias 1, keyword 2, pinyin 3, guide 4).
 */

/** One search term, planned by the search service. */
export interface TermPlan {
  /** The term and its synonym variants, normalised. */
  variants: {
    text: string
    /** Grams every match must contain (empty: the variant narrows nothing, every item is checked). */
    grams: string[]
    /** Whether guide text is searched too (three characters and more). */
    inGuide: boolean
  }[]
  /** Pinyin reading of an all-letter term. */
  pinyin: { term: string; fullGrams: string[] | null; initialsGrams: string[] } | null
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

/** A filter of {@link SearchFilters}. */
export type FilterKey = keyof SearchFilters

/** Answer of {@link CatalogueIndex.search}. */
export interface IndexAnswer {
  total: number
  /**
   * One row per service (基本编码): its best-matching, most used implementation with its rank, the alias or 俗称 that
   * matched when the name does not hold what was typed, and where else the service can be done under the filters.
   */
  page: (ItemSummaryRow & { rank: number; matchedAlias: string | null; places: PlacesSummary })[]
  /** Per active filter, how many services would match with only that filter removed (0 when none would). */
  relaxed: { filter: FilterKey; total: number }[]
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
const NO_MATCH = -1

// one bit per filter; an item counts in a facet when it fails no filter but (perhaps) that facet's own
const F_DEPARTMENT = 1
const F_LEVEL = 2
const F_DISTRICT = 4
const F_AUDIENCE = 8
const F_ONLINE = 16
const F_TYPE = 32
const FILTER_BITS: readonly [FilterKey, number][] = [
  ['department', F_DEPARTMENT],
  ['level', F_LEVEL],
  ['district', F_DISTRICT],
  ['audience', F_AUDIENCE],
  ['online', F_ONLINE],
  ['itemType', F_TYPE],
]

/** Filters as the codes the index holds; a value the catalogue does not hold is code -1, which no item has. */
interface ResolvedFilters {
  filters: SearchFilters
  department: number
  county: number
  itemType: number
  level: number
  audienceBit: number
}

type Postings = Map<string, Int32Array>

/** Postings of `count` documents: `grams(i, add)` adds the grams of document i (repeats are ignored). */
function buildPostings(count: number, grams: (i: number, add: (gram: string) => void) => void): Postings {
  const lists = new Map<string, number[]>()
  let doc = 0
  const add = (g: string) => {
    const list = lists.get(g)
    if (!list) lists.set(g, [doc])
    // documents are visited in order, so a list is ascending and a repeat can only be its last entry
    else if (list[list.length - 1] !== doc) list.push(doc)
  }
  for (doc = 0; doc < count; doc++) grams(doc, add)
  return new Map([...lists].map(([g, l]) => [g, Int32Array.from(l)]))
}

/** Items holding every gram (ascending), or null when `gs` is empty (no narrowing possible). */
function allOf(postings: Postings, gs: readonly string[]): Int32Array | null {
  if (gs.length === 0) return null
  const lists: Int32Array[] = []
  for (const g of gs) {
    const l = postings.get(g)
    if (!l) return new Int32Array(0)
    lists.push(l)
  }
  lists.sort((a, b) => a.length - b.length)
  let out = lists[0]!
  for (let k = 1; k < lists.length && out.length > 0; k++) out = intersect(out, lists[k]!)
  return out
}

function markAll(via: Uint8Array, list: Int32Array, bit: number): void {
  for (let k = 0; k < list.length; k++) via[list[k]!]! |= bit
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length))
  let n = 0
  let j = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    while (j < b.length && b[j]! < x) j++
    if (j === b.length) break
    if (b[j] === x) out[n++] = x
  }
  return out.subarray(0, n)
}

// where a candidate came from, per term: which exact checks can succeed
const VIA_TEXT = 1
const VIA_GUIDE = 2
const VIA_PINYIN = 4
const VIA_ALL = VIA_TEXT | VIA_GUIDE | VIA_PINYIN

/** How many departments the department facet lists (the chosen one is always listed too). */
export const DEPARTMENT_FACET_SIZE = 30

const LEVELS: readonly ItemLevel[] = ['city', 'county', 'town', 'village']
const MODES: readonly HandlingMode[] = ['online', 'once', 'window']
const AUDIENCES: readonly Audience[] = ['personal', 'legal']

/** A term's candidates: the items (ascending) and, per item, the VIA_* bits saying which fields may match. */
interface Candidates {
  items: Int32Array
  via: Uint8Array
}

/** Distinct values of a facet, numbered in first-seen order. */
class Codes<T> {
  readonly values: T[] = []
  private readonly index = new Map<T, number>()
  code(v: T): number {
    let c = this.index.get(v)
    if (c === undefined) {
      c = this.values.length
      this.values.push(v)
      this.index.set(v, c)
    }
    return c
  }
  find(v: T): number {
    return this.index.get(v) ?? -1
  }
}

/** The search index of one catalogue content version. */
export class CatalogueIndex {
  private readonly docs: SearchDocument[]
  private readonly textPostings: Postings
  private readonly guidePostings: Postings
  private readonly pinyinPostings: Postings
  /** Every item, in index order. */
  private readonly all: Int32Array
  // facet values per item, as small integers (index order)
  private readonly departments = new Codes<number>()
  private readonly counties = new Codes<string>()
  private readonly itemTypes = new Codes<string>()
  private readonly services = new Codes<string>()
  /** Service (基本编码) of each item, as a small integer. */
  private readonly service: Int32Array
  private readonly department: Int32Array
  private readonly county: Int32Array
  private readonly itemType: Int32Array
  private readonly level: Uint8Array
  private readonly mode: Uint8Array
  /** Audience bits: 1 personal, 2 legal. */
  private readonly audience: Uint8Array
  // per department code: name and sort order; per county code: name
  private readonly departmentName: string[] = []
  private readonly departmentSort: number[] = []
  private readonly countyName: (string | null)[] = []

  constructor(
    readonly version: string,
    documents: readonly SearchDocument[],
  ) {
    // index order is the tie-break order (popularity, then code), so sorting a page needs only ranks and positions
    this.docs = [...documents].sort(
      (a, b) => b.popularity - a.popularity || (a.impl_code < b.impl_code ? -1 : a.impl_code > b.impl_code ? 1 : 0),
    )
    const docs = this.docs
    const n = docs.length
    const text = { index: true, normalised: true, unigrams: true } as const
    this.textPostings = buildPostings(n, (i, add) => {
      const d = docs[i]!
      forEachGram(d.name_norm, text, add)
      for (const piece of d.alias_text.split('\n')) forEachGram(piece, text, add)
      for (const piece of d.keyword_text.split('\n')) forEachGram(piece, text, add)
    })
    // bigrams only: a one-character query is not looked for in guide text
    const guide = { index: true, normalised: true } as const
    this.guidePostings = buildPostings(n, (i, add) => {
      for (const line of docs[i]!.guide_text.split('\n')) forEachGram(line, guide, add)
    })
    this.pinyinPostings = buildPostings(n, (i, add) =>
      forEachPinyinGram(docs[i]!.pinyin_full, docs[i]!.pinyin_initials, add),
    )
    this.all = Int32Array.from(this.docs, (_, i) => i)
    this.service = new Int32Array(n)
    this.department = new Int32Array(n)
    this.county = new Int32Array(n)
    this.itemType = new Int32Array(n)
    this.level = new Uint8Array(n)
    this.mode = new Uint8Array(n)
    this.audience = new Uint8Array(n)
    this.docs.forEach((d, i) => {
      this.service[i] = this.services.code(d.base_code)
      this.department[i] = this.departments.code(d.department_id)
      this.county[i] = this.counties.code(d.county_code)
      this.itemType[i] = this.itemTypes.code(d.item_type)
      this.level[i] = LEVELS.indexOf(d.level)
      this.mode[i] = MODES.indexOf(d.handling_mode)
      this.audience[i] = AUDIENCES.reduce((bits, a, k) => (d.audience.includes(a) ? bits | (1 << k) : bits), 0)
      this.departmentName[this.department[i]!] = d.department_name
      this.departmentSort[this.department[i]!] = d.department_sort
      this.countyName[this.county[i]!] = d.county_name
    })
  }

  /** How many items are indexed. */
  get size(): number {
    return this.docs.length
  }

  /** Items that may match a term (a superset of its matches), from the gram postings, with where they came from. */
  private candidates(term: TermPlan): Candidates {
    const n = this.docs.length
    const via = new Uint8Array(n)
    for (const v of term.variants) {
      const inText = allOf(this.textPostings, v.grams)
      // a variant without grams (only % _ and the like) narrows nothing: every item is checked in every field
      if (inText === null) return { items: this.all, via: via.fill(VIA_ALL) }
      markAll(via, inText, VIA_TEXT)
      if (v.inGuide) markAll(via, allOf(this.guidePostings, v.grams)!, VIA_GUIDE)
    }
    if (term.pinyin) {
      if (term.pinyin.fullGrams) markAll(via, allOf(this.pinyinPostings, term.pinyin.fullGrams)!, VIA_PINYIN)
      markAll(via, allOf(this.pinyinPostings, term.pinyin.initialsGrams)!, VIA_PINYIN)
    }
    let count = 0
    for (let i = 0; i < n; i++) if (via[i] !== 0) count++
    const items = new Int32Array(count)
    for (let i = 0, k = 0; i < n; i++) if (via[i] !== 0) items[k++] = i
    return { items, via }
  }

  /** The exact check: the best field of `doc` containing the term or a variant (only fields `via` allows). */
  private rank(doc: SearchDocument, term: TermPlan, via: number): number {
    const vs = term.variants
    if (via & VIA_TEXT) {
      for (const v of vs) if (doc.name_norm.includes(v.text)) return 0
      for (const v of vs) if (doc.alias_text.includes(v.text)) return 1
      for (const v of vs) if (doc.keyword_text.includes(v.text)) return 2
    }
    const py = term.pinyin
    if (
      via & VIA_PINYIN &&
      py &&
      (doc.pinyin_initials.includes(py.term) || (py.fullGrams !== null && doc.pinyin_full.includes(py.term)))
    )
      return 3
    if (via & VIA_GUIDE) for (const v of vs) if (v.inGuide && doc.guide_text.includes(v.text)) return 4
    return NO_MATCH
  }

  /**
   * Every item matching all terms, with its rank (the worst term's best field); every item at rank 0 for no terms.
   * Candidates of the narrowest term are checked; the other terms must hold them among their own candidates.
   */
  private match(terms: readonly TermPlan[]): { items: Int32Array; ranks: Uint8Array } {
    if (terms.length === 0) return { items: this.all, ranks: new Uint8Array(this.all.length) }
    const order = terms.map((t) => ({ t, c: this.candidates(t) })).sort((a, b) => a.c.items.length - b.c.items.length)
    const first = order[0]!.c.items
    const items = new Int32Array(first.length)
    const ranks = new Uint8Array(first.length)
    let count = 0
    outer: for (let k = 0; k < first.length; k++) {
      const i = first[k]!
      const doc = this.docs[i]!
      let worst = 0
      for (const { t, c } of order) {
        const via = c.via[i]!
        if (via === 0) continue outer
        const r = this.rank(doc, t, via)
        if (r === NO_MATCH) continue outer
        if (r > worst) worst = r
      }
      items[count] = i
      ranks[count++] = worst
    }
    return { items: items.subarray(0, count), ranks: ranks.subarray(0, count) }
  }

  /**
   * Matches, filters, ranks (best field of the worst-matching term, then popularity, then code), pages and counts
   * facets; each facet is counted with every filter but its own.
   */
  search(terms: readonly TermPlan[], filters: SearchFilters, page: number, pageSize: number): IndexAnswer {
    const { items, ranks } = this.match(terms)
    const resolved = this.resolve(filters)
    const byDepartment = new Int32Array(this.departments.values.length)
    const byCounty = new Int32Array(this.counties.values.length)
    const byLevel = new Int32Array(LEVELS.length)
    const byMode = new Int32Array(MODES.length)
    const byAudience = new Int32Array(AUDIENCES.length)
    // the service each facet value was last counted for: a facet counts services, not implementations
    const lastDepartment = new Int32Array(byDepartment.length).fill(-1)
    const lastCounty = new Int32Array(byCounty.length).fill(-1)
    const lastLevel = new Int32Array(LEVELS.length).fill(-1)
    const lastMode = new Int32Array(MODES.length).fill(-1)
    const lastAudience = new Int32Array(AUDIENCES.length).fill(-1)
    // per filter bit: services that removing that filter alone would give
    const relaxedServices = new Int32Array(F_TYPE * 2)

    // group the matches by service (a stable counting sort keeps index order, i.e. most used first, inside each)
    const nServices = this.services.values.length
    const start = new Int32Array(nServices + 1)
    const bits = new Uint8Array(items.length)
    for (let k = 0; k < items.length; k++) {
      start[this.service[items[k]!]! + 1]++
      bits[k] = this.failedFilters(items[k]!, resolved)
    }
    for (let s = 0; s < nServices; s++) start[s + 1]! += start[s]!
    const fill = start.slice(0, nServices)
    const grouped = new Int32Array(items.length)
    for (let k = 0; k < items.length; k++) grouped[fill[this.service[items[k]!]!]!++] = k

    // per service with a kept implementation: its best rank and the position of its best implementation
    const kept: { service: number; rank: number; best: number; first: number; end: number }[] = []
    for (let s = 0; s < nServices; s++) {
      const first = start[s]!
      const end = start[s + 1]!
      if (first === end) continue
      let bestRank = NO_MATCH
      let best = -1
      let relaxable = 0
      for (let g = first; g < end; g++) {
        const k = grouped[g]!
        const b = bits[k]!
        const i = items[k]!
        if (b === 0 && (bestRank === NO_MATCH || ranks[k]! < bestRank)) {
          bestRank = ranks[k]!
          best = i
        }
        for (const [, bit] of FILTER_BITS) if ((b & ~bit) === 0) relaxable |= bit
        if ((b & ~F_DEPARTMENT) === 0 && lastDepartment[this.department[i]!] !== s) {
          lastDepartment[this.department[i]!] = s
          byDepartment[this.department[i]!]++
        }
        if ((b & ~F_LEVEL) === 0 && lastLevel[this.level[i]!] !== s) {
          lastLevel[this.level[i]!] = s
          byLevel[this.level[i]!]++
        }
        if ((b & ~F_DISTRICT) === 0 && lastCounty[this.county[i]!] !== s) {
          lastCounty[this.county[i]!] = s
          byCounty[this.county[i]!]++
        }
        if ((b & ~F_AUDIENCE) === 0)
          for (let a = 0; a < AUDIENCES.length; a++)
            if (this.audience[i]! & (1 << a) && lastAudience[a] !== s) {
              lastAudience[a] = s
              byAudience[a]++
            }
        if ((b & ~F_ONLINE) === 0 && lastMode[this.mode[i]!] !== s) {
          lastMode[this.mode[i]!] = s
          byMode[this.mode[i]!]++
        }
      }
      for (const [, bit] of FILTER_BITS) if (relaxable & bit) relaxedServices[bit]++
      if (best >= 0) kept.push({ service: s, rank: bestRank, best, first, end })
    }
    const total = kept.length
    // ranking by service: the best field any implementation matched, then the most used implementation
    kept.sort((a, b) => a.rank - b.rank || a.best - b.best)
    const from = (page - 1) * pageSize
    const pageRows: IndexAnswer['page'] = kept.slice(from, from + pageSize).map((k) => {
      const doc = this.docs[k.best]!
      const placed: number[] = []
      for (let g = k.first; g < k.end; g++) if (bits[grouped[g]!] === 0) placed.push(items[grouped[g]!]!)
      return {
        ...summaryOf(doc),
        rank: k.rank,
        matchedAlias: matchedAlias(doc, terms),
        places: this.placesOf(placed),
      }
    })
    const counted = <T>(values: readonly T[], counts: Int32Array) =>
      values.flatMap((value, c) => (counts[c]! > 0 ? [{ value, count: counts[c]! }] : []))
    return {
      total,
      page: pageRows,
      relaxed: FILTER_BITS.filter(([key]) => isActive(filters, key)).map(([filter, bit]) => ({
        filter,
        total: relaxedServices[bit]!,
      })),
      facets: {
        department: this.departmentFacet(byDepartment, resolved.department),
        level: counted(LEVELS, byLevel),
        // the chosen county is listed even at 0, so the page can name the filter it shows (宝应县, not 321023)
        district: this.counties.values
          .flatMap((value, c) =>
            byCounty[c]! > 0 || c === resolved.county
              ? [{ value, label: this.countyName[c] ?? value, count: byCounty[c]! }]
              : [],
          )
          .sort((a, b) => (a.value < b.value ? -1 : 1)),
        audience: counted(AUDIENCES, byAudience),
        mode: counted(MODES, byMode),
      },
    }
  }

  /**
   * The department facet: the {@link DEPARTMENT_FACET_SIZE} departments with most results (then sort order, id),
   * and the chosen one wherever it ranks, even with no results (the page names the filter it shows). Hundreds of units (county bureaus, towns, villages) can hold a common word;
   * a list that long helps no one choosing on a phone, and costs every answer.
   */
  private departmentFacet(counts: Int32Array, chosen: number): { value: number; label: string; count: number }[] {
    const codes: number[] = []
    for (let c = 0; c < counts.length; c++) if (counts[c]! > 0) codes.push(c)
    const ids = this.departments.values
    codes.sort(
      (a, b) => counts[b]! - counts[a]! || this.departmentSort[a]! - this.departmentSort[b]! || ids[a]! - ids[b]!,
    )
    const shown = codes.slice(0, DEPARTMENT_FACET_SIZE)
    if (chosen >= 0 && !shown.includes(chosen)) shown.push(chosen)
    return shown.map((c) => ({ value: ids[c]!, label: this.departmentName[c]!, count: counts[c]! }))
  }

  /** Where a service can be done, from the index positions of its implementations (see {@link placesLabel}). */
  private placesOf(positions: readonly number[]): PlacesSummary {
    const byLevel = [0, 0, 0, 0]
    let online = false
    const names: string[][] = [[], [], [], []]
    for (const i of positions) {
      byLevel[this.level[i]!]++
      if (this.mode[i] === 0) online = true
      names[this.level[i]!]!.push(this.docs[i]!.division_name)
    }
    return {
      count: positions.length,
      levels: LEVELS.flatMap((level, l) => (byLevel[l]! > 0 ? [{ level, count: byLevel[l]! }] : [])),
      online,
      label: placesLabel(names),
    }
  }

  /** Where each of these services can be done, all implementations counted (favourites, 一件事). */
  placesOfServices(baseCodes: readonly string[]): Map<string, PlacesSummary> {
    const wanted = new Map<number, string>()
    for (const code of baseCodes) {
      const s = this.services.find(code)
      if (s >= 0) wanted.set(s, code)
    }
    const positions = new Map<number, number[]>()
    for (let i = 0; i < this.docs.length; i++) {
      const s = this.service[i]!
      if (!wanted.has(s)) continue
      const list = positions.get(s)
      if (list) list.push(i)
      else positions.set(s, [i])
    }
    return new Map([...positions].map(([s, list]) => [wanted.get(s)!, this.placesOf(list)]))
  }

  /**
   * Whether anything passing `filters` matches all terms at rank `maxRank` or better (1: by name or alias, what a
   * suggestion must do to be worth a tap).
   */
  anyMatch(terms: readonly TermPlan[], filters: SearchFilters = {}, maxRank: number = NO_MATCH): boolean {
    const { items, ranks } = this.match(terms)
    const resolved = this.resolve(filters)
    for (let k = 0; k < items.length; k++)
      if ((maxRank === NO_MATCH || ranks[k]! <= maxRank) && this.failedFilters(items[k]!, resolved) === 0) return true
    return false
  }

  /** The label of a filter value as the facets show it (宝应县, 市公安局 …), or null for a value not held. */
  filterLabel(key: FilterKey, filters: SearchFilters): string | null {
    if (key === 'department') {
      const c = filters.department === undefined ? -1 : this.departments.find(filters.department)
      return c < 0 ? null : this.departmentName[c]!
    }
    if (key === 'district') {
      const c = filters.district === undefined ? -1 : this.counties.find(filters.district)
      return c < 0 ? null : (this.countyName[c] ?? null)
    }
    return null
  }

  private resolve(filters: SearchFilters): ResolvedFilters {
    return {
      filters,
      department: filters.department === undefined ? -1 : this.departments.find(filters.department),
      county: filters.district === undefined ? -1 : this.counties.find(filters.district),
      itemType: filters.itemType === undefined ? -1 : this.itemTypes.find(filters.itemType),
      level: filters.level === undefined ? -1 : LEVELS.indexOf(filters.level),
      audienceBit: filters.audience === undefined ? 0 : 1 << AUDIENCES.indexOf(filters.audience),
    }
  }

  /** The F_* bits of the filters item `i` fails (0: it passes them all). */
  private failedFilters(i: number, r: ResolvedFilters): number {
    const f = r.filters
    let bits = 0
    if (f.department !== undefined && this.department[i] !== r.department) bits |= F_DEPARTMENT
    if (f.level !== undefined && this.level[i] !== r.level) bits |= F_LEVEL
    if (f.district !== undefined && this.county[i] !== r.county) bits |= F_DISTRICT
    if (r.audienceBit !== 0 && (this.audience[i]! & r.audienceBit) === 0) bits |= F_AUDIENCE
    if (f.online && this.mode[i] !== 0) bits |= F_ONLINE
    if (f.itemType !== undefined && this.itemType[i] !== r.itemType) bits |= F_TYPE
    return bits
  }

  /**
   * The catalogue's own word for something spelled the same in pinyin (公基金 → 公积金, 社宝 → 社保): the run of a
   * name or alias of the most popular item whose pinyin contains `fullPinyin`, or null.
   */
  spelledAs(fullPinyin: string): string | null {
    const query = pinyinQueryGrams(fullPinyin)
    if (!query?.fullGrams) return null
    for (const i of allOf(this.pinyinPostings, query.fullGrams)!) {
      const doc = this.docs[i]!
      if (!doc.pinyin_full.includes(fullPinyin)) continue
      for (const text of [doc.name, ...doc.alias_text.split('\n')]) {
        const run = runSpelling(text, fullPinyin)
        if (run) return run
      }
    }
    return null
  }
}

/** What the divisions of one level are called together: 街道, 镇, 乡镇（街道）; 区, 县（市、区）; 村（社区）. */
function levelWord(level: number, names: readonly string[]): string {
  if (level === 1) return names.every((n) => n.endsWith('区')) ? '区' : '县（市、区）'
  if (level === 2) {
    if (names.every((n) => n.endsWith('街道'))) return '街道'
    if (names.every((n) => /[镇乡]$/.test(n))) return '镇'
    return '乡镇（街道）'
  }
  return '村（社区）'
}

/**
 * The line under a service in a list: “市级可办”, “广陵区可办”, “市级及 12 个街道可办”, “市级、3 个区及 5 个街道可办”.
 * `names[level]` holds the division names of the implementations at each level (city, county, town, village).
 */
export function placesLabel(names: readonly (readonly string[])[]): string {
  const parts: string[] = []
  names.forEach((list, level) => {
    if (list.length === 0) return
    if (level === 0) parts.push('市级')
    else if (list.length === 1) parts.push(list[0]!)
    else parts.push(`${list.length} 个${levelWord(level, list)}`)
  })
  if (parts.length === 0) return ''
  const last = parts.pop()!
  // 市级及 12 个街道: a space between a Chinese character and a number
  const head = parts.length > 0 ? `${parts.join('、')}及${/^\d/.test(last) ? ' ' : ''}` : ''
  return `${head}${last}可办`
}

function isActive(filters: SearchFilters, key: FilterKey): boolean {
  return key === 'online' ? filters.online === true : filters[key] !== undefined
}

/**
 * Why an item matched when its name does not hold a typed term: the first alias holding the term (or one of its
 * variants), else the term itself when the item carries it as a synonym keyword (良民证, 社保卡). Null when every
 * term is in the name, or the match came by pinyin, guide text or a one-way rewrite.
 */
function matchedAlias(doc: SearchDocument, terms: readonly TermPlan[]): string | null {
  for (const term of terms) {
    const typed = term.variants[0]?.text
    if (!typed || doc.name_norm.includes(typed)) continue
    const aliases = doc.alias_text.split('\n')
    const alias =
      aliases.find((a) => a.includes(typed)) ?? aliases.find((a) => term.variants.some((v) => a.includes(v.text)))
    if (alias) return alias
    if (doc.keyword_text.split('\n').includes(typed)) return typed
  }
  return null
}

function summaryOf(d: SearchDocument): ItemSummaryRow {
  return {
    impl_code: d.impl_code,
    base_code: d.base_code,
    name: d.name,
    summary: d.summary,
    department_id: d.department_id,
    department_name: d.department_name,
    level: d.level,
    division_code: d.division_code,
    division_name: d.division_name,
    audience: d.audience,
    item_type: d.item_type,
    handling_mode: d.handling_mode,
    visit_count: d.visit_count,
    popularity: d.popularity,
    promised_limit_days: d.promised_limit_days,
    material_count: d.material_count,
    charged: d.charged,
    online_url: d.online_url,
  }
}
