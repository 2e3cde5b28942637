import type { AuditPage } from '../../../../types/audit'
import { useStaffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** Filters of the audit-log view. */
export interface AuditFilters {
  /** Subject kind (`ticket`, `staff` …); empty for every kind. */
  subjectKind: string
  page: number
}

/** GET /api/staff/audit?subjectKind=&page=: the audit log, newest first (administrators only). */
export async function getAuditLog(filters: AuditFilters, signal?: AbortSignal): Promise<AuditPage> {
  const params: Record<string, string | number> = { page: filters.page, pageSize: 20 }
  if (filters.subjectKind) params.subjectKind = filters.subjectKind
  const { data } = await http.get<AuditPage>('/api/staff/audit', { params, signal, tokenFor: 'staff' })
  return data
}

/** React hook over {@link getAuditLog}; asks again when a filter changes. */
export function useAuditLog(filters: AuditFilters): ApiQuery<AuditPage> {
  const session = useStaffSession()
  return useApiQuery((signal) => getAuditLog(filters, signal), session?.staff.role === 'admin', JSON.stringify(filters))
}
