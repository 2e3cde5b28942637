import type { DepartmentList } from '../../../types/reference'
import { http } from '../http/client'
import { type ApiQuery, useApiQuery } from '../http/use-api-query'

/** GET /api/departments: the departments (a ticket's assignee, the staff console's scope). */
export async function getDepartments(signal?: AbortSignal): Promise<DepartmentList> {
  const { data } = await http.get<DepartmentList>('/api/departments', { signal, tokenFor: 'none' })
  return data
}

/** React hook over {@link getDepartments}. */
export function useDepartments(): ApiQuery<DepartmentList> {
  return useApiQuery(getDepartments)
}
