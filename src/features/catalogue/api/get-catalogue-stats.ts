import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { CatalogueStats } from './catalogue-types'

/** GET /api/catalogue/stats — how many items, how many fully online. */
export async function getCatalogueStats(signal?: AbortSignal): Promise<CatalogueStats> {
  const response = await http.get<CatalogueStats>('/api/catalogue/stats', { signal })
  return response.data
}

/** The 不见面 share for 首页. */
export function useCatalogueStats(): ApiQuery<CatalogueStats> {
  return useApiQuery(getCatalogueStats, true, '', { firstScreen: '/api/catalogue/stats' })
}
