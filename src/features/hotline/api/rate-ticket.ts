import { http } from '../../../lib/http/client'
import type { RatingLevel, Ticket } from '../model/contract'

/** POST /api/hotline/tickets/:ref/rating — 好差评 after a reply; 不满意/非常不满意 with a reason reopens it (once). */
export async function rateTicket(
  ref: string,
  body: { level: RatingLevel; comment?: string; reopenReason?: string },
): Promise<Ticket> {
  const { data } = await http.post<Ticket>(`/api/hotline/tickets/${encodeURIComponent(ref)}/rating`, body)
  return data
}
