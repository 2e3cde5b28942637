import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { CategoryGroups } from '../model/contract'

/** GET /api/hotline/categories: the 12345 categories, grouped (城市管理, 交通出行, …). */
export async function getCategories(signal?: AbortSignal): Promise<CategoryGroups> {
  const { data } = await http.get<CategoryGroups>('/api/hotline/categories', { signal, tokenFor: 'none' })
  return data
}

/** React hook over {@link getCategories}. */
export function useCategories(): ApiQuery<CategoryGroups> {
  return useApiQuery(getCategories)
}
