import { useCallback } from 'react'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { ThemeDetail } from './catalogue-types'

/** GET /api/themes/:code — one 一件事 with its ordered steps. */
export async function getTheme(code: string, signal?: AbortSignal): Promise<ThemeDetail> {
  const response = await http.get<ThemeDetail>(`/api/themes/${encodeURIComponent(code)}`, { signal })
  return response.data
}

/** The 一件事 of the page's `code`. */
export function useTheme(code: string | undefined): ApiQuery<ThemeDetail> {
  const fetcher = useCallback((signal: AbortSignal) => getTheme(code ?? '', signal), [code])
  return useApiQuery(fetcher, !!code)
}
