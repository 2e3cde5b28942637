import type { AuditPage } from '../../../../types/audit'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/staff/audit?ticket=: who did what to one ticket, newest first (administrators only). */
export async function getTicketAudit(ref: string, signal?: AbortSignal): Promise<AuditPage> {
  const { data } = await http.get<AuditPage>('/api/staff/audit', {
    params: { ticket: ref, pageSize: 50 },
    signal,
    tokenFor: 'staff',
  })
  return data
}

/** React hook over {@link getTicketAudit}; asks nothing unless `enabled` (the viewer is an administrator). */
export function useTicketAudit(ref: string, enabled: boolean): ApiQuery<AuditPage> {
  return useApiQuery((signal) => getTicketAudit(ref, signal), enabled && !!ref, ref, { refreshOnShow: true })
}
