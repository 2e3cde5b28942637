import { useCallback } from 'react'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { ItemDetail } from './catalogue-types'

/** GET /api/items/:implCode — the item with its full 办事指南 (404 when the code is unknown). */
export async function getItem(implCode: string, signal?: AbortSignal): Promise<ItemDetail> {
  const response = await http.get<ItemDetail>(`/api/items/${encodeURIComponent(implCode)}`, { signal })
  return response.data
}

/** The item and guide of the page's `code`; nothing is requested without a code. */
export function useItem(implCode: string | undefined): ApiQuery<ItemDetail> {
  const fetcher = useCallback((signal: AbortSignal) => getItem(implCode ?? '', signal), [implCode])
  const path = `/api/items/${encodeURIComponent(implCode ?? '')}`
  return useApiQuery(fetcher, !!implCode, '', { firstScreen: path })
}
