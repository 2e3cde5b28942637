import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/search/hot — 热门搜索. */
export async function getHotSearches(signal?: AbortSignal): Promise<{ terms: string[] }> {
  const response = await http.get<{ terms: string[] }>('/api/search/hot', { signal })
  return response.data
}

/** 热门搜索 for the empty search box. */
export function useHotSearches(): ApiQuery<{ terms: string[] }> {
  return useApiQuery(getHotSearches, true, '', { firstScreen: '/api/search/hot' })
}
