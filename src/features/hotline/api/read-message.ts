import { http } from '../../../lib/http/client'

/** POST /api/me/messages/:id/read. */
export async function readMessage(id: string | number): Promise<void> {
  await http.post(`/api/me/messages/${encodeURIComponent(String(id))}/read`)
}
