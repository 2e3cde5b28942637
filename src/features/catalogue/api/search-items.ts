import { http } from '../../../lib/http/client'
import { type SearchState, searchToQuery } from '../model/search-query'
import type { ItemSearchResult } from './catalogue-types'

/** Results per page: enough to fill two screens, small enough for one cheap setData on weapp. */
export const SEARCH_PAGE_SIZE = 30

/**
 * GET /api/items — one page of the search (query + facets), with total, facet counts and, when nothing matched,
 * near queries. Pass `signal` so a newer keystroke cancels this request.
 */
export async function searchItems(
  state: SearchState,
  page = 1,
  signal?: AbortSignal,
  pageSize = SEARCH_PAGE_SIZE,
): Promise<ItemSearchResult> {
  const response = await http.get<ItemSearchResult>('/api/items', {
    params: { ...searchToQuery(state), page, pageSize },
    signal,
  })
  return response.data
}
