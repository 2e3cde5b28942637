import type { SubjectRef } from '../../../lib/subjects'
import type { InboxMessage } from '../api/get-my-messages'

/**
 * The subject a message is about: `subjectKind` + `subjectId` when the server sends them (notifications of any
 * feature), else the 12345 `ticketRef` of older messages; the tracking token, when present, opens the public view.
 * `null` for a message about nothing in particular (it is marked read and stays on the list).
 */
export function messageSubject(message: InboxMessage): SubjectRef | null {
  const token = message.trackingToken ?? undefined
  if (message.subjectKind && message.subjectId) return { kind: message.subjectKind, id: message.subjectId, token }
  if (message.ticketRef) return { kind: 'ticket', id: message.ticketRef, token }
  return null
}
