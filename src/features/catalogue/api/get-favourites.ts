import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { ItemSummary } from './catalogue-types'

/** GET /api/me/favourites — the resident's saved items (login required). */
export async function getFavourites(signal?: AbortSignal): Promise<{ items: ItemSummary[] }> {
  const response = await http.get<{ items: ItemSummary[] }>('/api/me/favourites', { signal })
  return response.data
}

/** 我的收藏; nothing is requested while logged out. */
export function useFavourites(enabled: boolean): ApiQuery<{ items: ItemSummary[] }> {
  return useApiQuery(getFavourites, enabled)
}
