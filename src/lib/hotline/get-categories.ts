import type { CategoryGroups } from '../../../types/hotline'
import { http } from '../http/client'
import { type ApiQuery, useApiQuery } from '../http/use-api-query'

/**
 * GET /api/hotline/categories: the 12345 categories, grouped (城市管理, 交通出行, …). Here in lib because two features
 * read them: the resident's submit flow and the staff queue's filter.
 */
export async function getCategories(signal?: AbortSignal): Promise<CategoryGroups> {
  const { data } = await http.get<CategoryGroups>('/api/hotline/categories', { signal, tokenFor: 'none' })
  return data
}

/** React hook over {@link getCategories}. */
export function useCategories(): ApiQuery<CategoryGroups> {
  return useApiQuery(getCategories)
}
