import type { DepartmentList } from '../../../../types/reference'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/departments: the departments a ticket can be assigned to. */
export async function getDepartments(signal?: AbortSignal): Promise<DepartmentList> {
  const { data } = await http.get<DepartmentList>('/api/departments', { signal, tokenFor: 'none' })
  return data
}

/** React hook over {@link getDepartments}. */
export function useDepartments(): ApiQuery<DepartmentList> {
  return useApiQuery(getDepartments)
}
