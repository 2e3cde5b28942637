import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { ThemeSummary } from './catalogue-types'

/** GET /api/themes — 一件事 themes. */
export async function getThemes(signal?: AbortSignal): Promise<{ items: ThemeSummary[] }> {
  const response = await http.get<{ items: ThemeSummary[] }>('/api/themes', { signal })
  return response.data
}

/** 一件事 themes for 首页. */
export function useThemes(): ApiQuery<{ items: ThemeSummary[] }> {
  return useApiQuery(getThemes, true, '', { firstScreen: '/api/themes' })
}
