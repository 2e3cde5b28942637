import type { TicketType } from '../../types/hotline-states'

/**
 * Who may see and do what — the one access policy. Routes and services ask it; none decides visibility on its own.
 * It is pure (facts in, yes/no out) so the whole matrix is tested as a table (test/server/access-policy.test.ts).
 *
 * The rules:
 * - a resident sees and acts on what they filed (owner); the public sees nothing personal;
 * - a follower (我也遇到了) gets the public tracking view of a ticket and its notices, never the owner's view;
 * - a clerk sees and acts on the tickets their department is handling, and a photo only through such a ticket;
 * - an administrator (12345 supervision) sees and acts on every ticket;
 * - confidential types ({@link CONFIDENTIAL_TICKET_TYPES}, 举报) are seen by nobody but the reporter and the handling
 *   department (and supervision): never in similar-ticket results or the public tracking view, never followed; the
 *   reporter's identity is hidden even from the handling department's clerks;
 * - an anonymous ticket hides its reporter from every staff member.
 */

/** Who is asking. */
export type Subject =
  | { kind: 'public' }
  | { kind: 'resident'; userId: number }
  | { kind: 'staff'; role: 'admin' | 'clerk'; departmentId: number | null }

/** Ticket types whose existence and text must not reach anyone but the reporter and the handling department. */
export const CONFIDENTIAL_TICKET_TYPES: readonly TicketType[] = ['举报']

/** Whether a ticket type is confidential (see {@link CONFIDENTIAL_TICKET_TYPES}). */
export const isConfidentialType = (type: TicketType): boolean => CONFIDENTIAL_TICKET_TYPES.includes(type)

/** The facts about a ticket the policy needs. */
export interface TicketFacts {
  type: TicketType
  /** The resident who filed it (null: Open311 or an erased reporter). */
  ownerId: number | null
  /** The department handling it now. */
  departmentId: number | null
  anonymous: boolean
  /** Residents following it (only needed for `track-as-follower`). */
  followerIds?: readonly number[]
}

/** What can be done with a ticket. */
export type TicketAction =
  /** the owner's full view, rating, subscribe grants */
  | 'view-own'
  /** the public tracking view, by link with the tracking token */
  | 'track'
  /** 我也遇到了 */
  | 'follow'
  /** be offered as a similar ticket to anyone who is writing one */
  | 'list-similar'
  /** the staff view */
  | 'view-staff'
  /** accept, assign, return, reply, close, merge */
  | 'act'
  /** see who reported it (masked phone) */
  | 'see-reporter'
  /** see the full contact phone (to call back) */
  | 'see-contact-phone'

const handles = (s: Subject, t: Pick<TicketFacts, 'departmentId'>) =>
  s.kind === 'staff' && s.role === 'clerk' && s.departmentId !== null && s.departmentId === t.departmentId
const supervises = (s: Subject) => s.kind === 'staff' && s.role === 'admin'
const owns = (s: Subject, t: Pick<TicketFacts, 'ownerId'>) =>
  s.kind === 'resident' && t.ownerId !== null && s.userId === t.ownerId

/** Whether `subject` may do `action` on a ticket. */
export function canOnTicket(subject: Subject, action: TicketAction, ticket: TicketFacts): boolean {
  const confidential = isConfidentialType(ticket.type)
  switch (action) {
    case 'view-own':
      return owns(subject, ticket)
    case 'track':
      // The token is the key (a bookmark, a share card, a follower's link) — except for a confidential ticket,
      // which has no public view at all: its reporter reads it as the owner.
      return !confidential
    case 'follow':
      return subject.kind === 'resident' && !confidential
    case 'list-similar':
      return !confidential
    case 'view-staff':
    case 'act':
      return supervises(subject) || handles(subject, ticket)
    case 'see-reporter':
      if (ticket.anonymous) return false
      return supervises(subject) || (handles(subject, ticket) && !confidential)
    case 'see-contact-phone':
      return !ticket.anonymous && !confidential && handles(subject, ticket)
  }
}

/** Whether a resident is among a ticket's followers (for the follower's journeys). */
export const isFollower = (subject: Subject, ticket: TicketFacts): boolean =>
  subject.kind === 'resident' && (ticket.followerIds ?? []).includes(subject.userId)

/** The facts about an uploaded photo the policy needs. */
export interface UploadFacts {
  ownerId: number | null
  /** The ticket it is a photo of, if attached to one. */
  ticket: TicketFacts | null
}

/** Whether `subject` may open an uploaded photo: its uploader, or staff who may see the ticket it belongs to. */
export function canViewUpload(subject: Subject, upload: UploadFacts): boolean {
  if (subject.kind === 'resident') return upload.ownerId !== null && upload.ownerId === subject.userId
  if (subject.kind === 'staff') return upload.ticket !== null && canOnTicket(subject, 'view-staff', upload.ticket)
  return false
}

/** The policy's facts from a ticket row (snake_case columns as the repositories return them). */
export function ticketFacts(row: {
  type: TicketType
  user_id: number | null
  department_id: number | null
  anonymous: boolean
}): TicketFacts {
  return { type: row.type, ownerId: row.user_id, departmentId: row.department_id, anonymous: row.anonymous }
}

/** The policy's subject for a staff row. */
export const staffSubject = (staff: { role: 'admin' | 'clerk'; department_id: number | null }): Subject => ({
  kind: 'staff',
  role: staff.role,
  departmentId: staff.department_id,
})

/** The policy's subject for a resident. */
export const residentSubject = (user: { id: number }): Subject => ({ kind: 'resident', userId: user.id })
