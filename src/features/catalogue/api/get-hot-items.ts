import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { ItemSummary } from './catalogue-types'

/** GET /api/items/hot — 高频事项 by popularity. */
export async function getHotItems(limit = 6, signal?: AbortSignal): Promise<{ items: ItemSummary[] }> {
  const response = await http.get<{ items: ItemSummary[] }>('/api/items/hot', { params: { limit }, signal })
  return response.data
}

/** 高频事项 for 首页. */
export function useHotItems(limit = 6): ApiQuery<{ items: ItemSummary[] }> {
  // 首页's first screen: the server may have sent the answer with the page
  return useApiQuery((signal) => getHotItems(limit, signal), true, '', { firstScreen: `/api/items/hot?limit=${limit}` })
}
