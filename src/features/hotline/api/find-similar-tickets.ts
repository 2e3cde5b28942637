import { http } from '../../../lib/http/client'
import type { SimilarTicket } from '../model/contract'

/** POST /api/hotline/similar: up to 3 open, anonymised tickets like this one (same district or category). */
export async function findSimilarTickets(body: {
  serviceCode?: string
  districtCode?: string
  text: string
}): Promise<SimilarTicket[]> {
  const { data } = await http.post<{ items: SimilarTicket[] }>('/api/hotline/similar', body)
  return (data.items ?? []).slice(0, 3)
}
