import type { DivisionTree } from '../../../../types/reference'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/divisions: 扬州市, its districts and their towns/streets. */
export async function getDivisions(signal?: AbortSignal): Promise<DivisionTree> {
  const { data } = await http.get<DivisionTree>('/api/divisions', { signal, tokenFor: 'none' })
  return data
}

/** React hook over {@link getDivisions}. */
export function useDivisions(): ApiQuery<DivisionTree> {
  return useApiQuery(getDivisions)
}
