import { http } from '../../../lib/http/client'

/** POST /api/me/messages/read-all: marks every message read; answers how many were unread. */
export async function readAllMessages(): Promise<number> {
  const { data } = await http.post<{ updated: number }>('/api/me/messages/read-all')
  return data.updated
}
