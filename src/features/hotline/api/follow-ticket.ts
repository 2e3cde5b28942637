import { http } from '../../../lib/http/client'
import type { FollowResult } from '../model/contract'

/** POST /api/hotline/tickets/:ref/follow — 我也遇到了: counts the resident once and lets them follow it. */
export async function followTicket(ref: string): Promise<FollowResult> {
  const { data } = await http.post<FollowResult>(`/api/hotline/tickets/${encodeURIComponent(ref)}/follow`)
  return data
}
