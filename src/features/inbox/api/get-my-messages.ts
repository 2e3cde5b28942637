import { useSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/**
 * One message of 消息, as `GET /api/me/messages` sends it. Any feature's notification: `subjectKind` + `subjectId`
 * name what it is about; messages of the 12345 hotline from before those fields carry `ticketRef` instead.
 */
export interface InboxMessage {
  id: string
  title: string
  body: string
  subjectKind?: string | null
  subjectId?: string | null
  ticketRef?: string | null
  /** Sent when the subject is not the resident's own (a followed ticket): opens its public view. */
  trackingToken?: string | null
  createdAt: string
  readAt: string | null
}

/** The messages answer; `unread` is counted here when the server does not send it. */
export interface Inbox {
  items: InboxMessage[]
  unread: number
}

/** GET /api/me/messages: the resident's in-app notifications, newest first. */
export async function getMyMessages(signal?: AbortSignal): Promise<Inbox> {
  const { data } = await http.get<{ items: InboxMessage[]; unread?: number }>('/api/me/messages', {
    params: { pageSize: 50 },
    signal,
  })
  const items = data.items ?? []
  return { items, unread: data.unread ?? items.filter((m) => !m.readAt).length }
}

/** React hook over {@link getMyMessages}, only while logged in; fetched again each time the page shows. */
export function useMyMessages(): ApiQuery<Inbox> {
  return useApiQuery(getMyMessages, !!useSession(), '', { refreshOnShow: true })
}
