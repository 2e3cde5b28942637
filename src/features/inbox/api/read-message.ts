import { http } from '../../../lib/http/client'

/** POST /api/me/messages/:id/read: marks one message read. */
export async function readMessage(id: string): Promise<void> {
  await http.post(`/api/me/messages/${encodeURIComponent(id)}/read`)
}
