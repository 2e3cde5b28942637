import type { StaffTicket as Ticket } from '../../../../types/hotline'
import { useStaffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/staff/tickets/:ref — phone masked unless the clerk's department handles it; 举报 reporter hidden. */
export async function getStaffTicket(ref: string, signal?: AbortSignal): Promise<Ticket> {
  const { data } = await http.get<Ticket>(`/api/staff/tickets/${encodeURIComponent(ref)}`, {
    signal,
    tokenFor: 'staff',
  })
  return data
}

/** React hook over {@link getStaffTicket}. */
export function useStaffTicket(ref: string): ApiQuery<Ticket> {
  return useApiQuery((signal) => getStaffTicket(ref, signal), !!useStaffSession() && !!ref, ref, {
    refreshOnShow: true,
  })
}
