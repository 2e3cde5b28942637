import { useSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { InboxMessage } from '../model/contract'

/** The messages answer; `unread` is counted here when the server does not send it. */
export interface Inbox {
  items: InboxMessage[]
  unread: number
}

/** GET /api/me/messages: in-app notifications (status changes of my tickets). */
export async function getMyMessages(signal?: AbortSignal): Promise<Inbox> {
  const { data } = await http.get<{ items: InboxMessage[]; unread?: number }>('/api/me/messages', { signal })
  const items = data.items ?? []
  return { items, unread: data.unread ?? items.filter((m) => !m.readAt).length }
}

/** React hook over {@link getMyMessages}, only while logged in. */
export function useMyMessages(): ApiQuery<Inbox> {
  return useApiQuery(getMyMessages, !!useSession(), '', { refreshOnShow: true })
}
