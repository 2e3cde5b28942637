import type { Audience, ItemLevel } from '../api/catalogue-types'

/** What the 办事 list shows: the typed query and the chosen facets. Kept in the page URL so a link reopens it. */
export interface SearchState {
  q: string
  /** Department id. */
  department?: string
  level?: ItemLevel
  /** County code, e.g. 321002. */
  district?: string
  audience?: Audience
  /** 只看全程网办 */
  online?: boolean
}

/** The facet keys of {@link SearchState}, in the order they appear in a URL. */
export const FACET_KEYS = ['department', 'level', 'district', 'audience'] as const

/** A facet key of {@link SearchState}. */
export type FacetKey = (typeof FACET_KEYS)[number]

const LEVELS: readonly string[] = ['city', 'county', 'town', 'village']
const AUDIENCES: readonly string[] = ['personal', 'legal']
/** Longest query the API accepts (longer → 400). */
export const MAX_QUERY_LENGTH = 200

/** A search with nothing typed and nothing chosen. */
export const EMPTY_SEARCH: SearchState = { q: '' }

function decode(value: string | undefined): string {
  if (!value) return ''
  // weapp hands page options over still percent-encoded when they came from a share path; H5 decodes them.
  if (!value.includes('%')) return value
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Reads a {@link SearchState} from page query parameters (`useRouter().params` on both platforms). Unknown
 * values (a hand-edited link) are dropped rather than sent to the API.
 */
export function searchFromQuery(params: Record<string, string | undefined>): SearchState {
  const state: SearchState = { q: decode(params.q).trim().slice(0, MAX_QUERY_LENGTH) }
  const department = decode(params.department)
  if (/^[\w-]{1,40}$/.test(department)) state.department = department
  const level = decode(params.level)
  if (LEVELS.includes(level)) state.level = level as ItemLevel
  const district = decode(params.district)
  if (/^\d{6,12}$/.test(district)) state.district = district
  const audience = decode(params.audience)
  if (AUDIENCES.includes(audience)) state.audience = audience as Audience
  if (params.online === '1' || params.online === 'true') state.online = true
  return state
}

/** The query parameters of a {@link SearchState}, empty values left out (so a plain list has a plain URL). */
export function searchToQuery(state: SearchState): Record<string, string> {
  const query: Record<string, string> = {}
  const q = state.q.trim()
  if (q) query.q = q
  for (const key of FACET_KEYS) {
    const value = state[key]
    if (value) query[key] = value
  }
  if (state.online) query.online = '1'
  return query
}

/** `q=…&level=city` for a URL (values percent-encoded), or '' for an empty search. */
export function searchToQueryString(state: SearchState): string {
  return Object.entries(searchToQuery(state))
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
}

/** Whether two searches ask the API the same thing. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchToQueryString(a) === searchToQueryString(b)
}

/**
 * Whether typed text is worth a search: not a single Latin letter, which is pinyin still being typed ("g" on the way
 * to "gjj") and would only flash a zero-result page. Two letters and more (pinyin initials) are searched.
 */
export function worthSearching(q: string): boolean {
  return !/^[a-z]$/i.test(q.trim())
}

/** How many facets are chosen (for the 筛选 badge). */
export function activeFacetCount(state: SearchState): number {
  return FACET_KEYS.filter((key) => state[key]).length + (state.online ? 1 : 0)
}
