import { useSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { Page, TicketSummary } from '../model/contract'

/** GET /api/hotline/tickets: 我的工单, newest first. */
export async function getMyTickets(page = 1, pageSize = 10, signal?: AbortSignal): Promise<Page<TicketSummary>> {
  const { data } = await http.get<Page<TicketSummary>>('/api/hotline/tickets', { params: { page, pageSize }, signal })
  return data
}

/** React hook: one page of 我的工单, only while logged in. */
export function useMyTickets(page: number, pageSize = 10): ApiQuery<Page<TicketSummary>> {
  const session = useSession()
  return useApiQuery((signal) => getMyTickets(page, pageSize, signal), !!session, `${page}`, { refreshOnShow: true })
}
