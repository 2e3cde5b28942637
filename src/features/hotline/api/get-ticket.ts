import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { Ticket } from '../model/contract'

/** GET /api/hotline/tickets/:ref — the resident's own ticket (another's answers 404). */
export async function getTicket(ref: string, signal?: AbortSignal): Promise<Ticket> {
  const { data } = await http.get<Ticket>(`/api/hotline/tickets/${encodeURIComponent(ref)}`, { signal })
  return data
}

/** React hook over {@link getTicket}. */
export function useTicket(ref: string): ApiQuery<Ticket> {
  return useApiQuery((signal) => getTicket(ref, signal), !!ref, ref, { refreshOnShow: true })
}
