import type {
  SimilarTicket,
  StaffTicket,
  Ticket,
  TicketRating,
  TicketSummary,
  TrackingView,
} from '../../../types/hotline'
import { isOpenStatus, MAX_REOPENS, type TicketStatus, TicketStatusLabel } from '../../../types/hotline-states'
import { maskPhone } from '../../lib/present'
import { canOnTicket, isConfidentialType, type Subject, ticketFacts } from '../../platform/policy'
import type { TicketEventRow, TicketRatingRow, TicketReplyRow, TicketRow } from '../../repositories/tickets'
import { type WorkingCalendar, workingDaysUntil } from '../working-days'

/** The child rows a full view needs. */
export interface TicketDetail {
  row: TicketRow
  events: TicketEventRow[]
  replies: TicketReplyRow[]
  photos: string[]
}

/** What the staff view needs on top: every 好差评 rating, the one that reopened the ticket too. */
export interface StaffTicketDetail extends TicketDetail {
  ratings: TicketRatingRow[]
}

/** Whether a ticket is past its deadline while still waiting for the department. */
export function isOverdue(row: Pick<TicketRow, 'status' | 'due_at'>, now = new Date()): boolean {
  return isOpenStatus(row.status) && row.due_at.getTime() < now.getTime()
}

/** Actions whose note is safe to show publicly (department names, merge target), not residents' or staff's text. */
const PUBLIC_NOTES = new Set(['assign', 'merge', 'accept'])

/** A staff member's event's actor, for the staff view only; residents see the 承办部门, never a staff name. */
const actor = (e: TicketEventRow) =>
  e.actor_type === 'staff' && e.actor_name !== null
    ? { actor: { name: e.actor_name, department: e.actor_department } }
    : {}

/** Status changes, oldest first. `view` says what may be shown: notes (not public) and who acted (staff only). */
function timeline(events: TicketEventRow[], view: 'public' | 'owner' | 'staff') {
  const publicView = view === 'public'
  return events
    .filter((e) => e.to_status !== null)
    .map((e) => ({
      at: e.created_at.toISOString(),
      status: e.to_status as TicketStatus,
      label: TicketStatusLabel[e.to_status as TicketStatus],
      ...(e.note && (!publicView || PUBLIC_NOTES.has(e.action)) ? { note: e.note } : {}),
      by:
        e.actor_type === 'user'
          ? ('resident' as const)
          : e.actor_type === 'staff'
            ? ('staff' as const)
            : ('system' as const),
      ...(view === 'staff' ? actor(e) : {}),
    }))
}

const place = (code: string | null, name: string | null) => (code && name ? { code, name } : null)
const department = (row: TicketRow) =>
  row.department_id !== null && row.department_name !== null
    ? { id: row.department_id, name: row.department_name }
    : null
const category = (row: TicketRow) => ({
  serviceCode: row.service_code,
  name: row.category_name,
  group: row.category_group,
})

/**
 * The N of "N 个工作日" for the current deadline, counted with the same calendar that set it: from the day the ticket
 * was filed or, after a reopen (which sets a fresh deadline), the day it was last reopened.
 */
function dueWorkingDays(d: TicketDetail, calendar: WorkingCalendar): number {
  const reopened = d.events.filter((e) => e.to_status === 'reopened').at(-1)
  return workingDaysUntil(reopened?.created_at ?? d.row.created_at, d.row.due_at, calendar)
}

/** The resident's own view (and the base of the staff view); `calendar` is the one deadlines are counted with. */
export function toTicket(d: TicketDetail, viewerIsOwner: boolean, calendar: WorkingCalendar, now = new Date()): Ticket {
  const { row } = d
  const canRate = viewerIsOwner && (row.status === 'replied' || row.status === 'closed') && row.rating_level === null
  return {
    ref: row.ref,
    // A confidential ticket (举报) has no public tracking view, so no link to one is handed out.
    trackingToken: isConfidentialType(row.type) ? '' : row.tracking_token,
    type: row.type,
    status: row.status,
    statusLabel: TicketStatusLabel[row.status],
    category: category(row),
    title: row.title,
    description: row.description,
    occurredAt: row.occurred_at?.toISOString() ?? null,
    district: place(row.district_code, row.district_name),
    town: place(row.town_code, row.town_name),
    address: row.address,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    attributes: row.attributes,
    photos: d.photos.map((id) => ({ id, url: `/api/uploads/${id}` })),
    anonymous: row.anonymous,
    contactPhoneMasked: maskPhone(row.contact_phone),
    createdAt: row.created_at.toISOString(),
    acceptDeadline: row.accept_deadline.toISOString(),
    dueAt: row.due_at.toISOString(),
    dueWorkingDays: dueWorkingDays(d, calendar),
    overdue: isOverdue(row, now),
    department: department(row),
    timeline: timeline(d.events, 'owner'),
    replies: d.replies.map((r) => ({ at: r.created_at.toISOString(), department: r.department_name, body: r.body })),
    rating:
      row.rating_level && row.rated_at
        ? { level: row.rating_level, comment: row.rating_comment, at: row.rated_at.toISOString() }
        : null,
    canRate,
    canReopen: canRate && row.reopened_count < MAX_REOPENS,
    followers: row.followers_count,
    mergedInto: row.merged_into_ref,
    // The owner follows the ticket theirs was merged into, so they get its public tracking link.
    ...(viewerIsOwner && row.merged_into_token ? { mergedIntoTrackingToken: row.merged_into_token } : {}),
  }
}

/**
 * The staff view. Who sees the reporter and the full phone is the access policy's call (platform/policy.ts): the
 * reporter is hidden from every staff member on an anonymous ticket and from the handling department's clerks on a
 * 举报; the full phone goes only to a clerk of the handling department, and only when the reporter is not hidden.
 */
export function toStaffTicket(
  d: StaffTicketDetail,
  viewer: Subject,
  calendar: WorkingCalendar,
  now = new Date(),
): StaffTicket {
  const base = toTicket(d, false, calendar, now)
  const { row } = d
  const facts = ticketFacts(row)
  const reporterHidden = !canOnTicket(viewer, 'see-reporter', facts)
  return {
    ...base,
    contactPhoneMasked: reporterHidden ? null : base.contactPhoneMasked,
    contactPhone: canOnTicket(viewer, 'see-contact-phone', facts) ? row.contact_phone : null,
    reporterHidden,
    reporterErased: row.reporter_erased_at !== null,
    source: row.source === 'open311' ? 'open311' : 'app',
    timeline: timeline(d.events, 'staff'),
    reopenedCount: row.reopened_count,
    ratings: d.ratings.map(toRating),
  }
}

/** One kept 好差评 rating (staff view, and the resident's own data export). */
export function toRating(r: TicketRatingRow): TicketRating {
  return { level: r.level, comment: r.comment, at: r.created_at.toISOString(), reopened: r.reopened }
}

/** A list row. */
export function toSummary(row: TicketRow, relation: TicketSummary['relation'], now = new Date()): TicketSummary {
  return {
    ref: row.ref,
    trackingToken: relation === 'staff' || isConfidentialType(row.type) ? '' : row.tracking_token,
    relation,
    type: row.type,
    status: row.status,
    statusLabel: TicketStatusLabel[row.status],
    title: row.title,
    category: category(row),
    createdAt: row.created_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: isOverdue(row, now),
    department: department(row),
    followers: row.followers_count,
  }
}

/** The public tracking view: no description, address, photos, phone or person. */
export function toTrackingView(d: TicketDetail, now = new Date()): TrackingView {
  const { row } = d
  return {
    ref: row.ref,
    type: row.type,
    status: row.status,
    statusLabel: TicketStatusLabel[row.status],
    category: category(row),
    title: row.title,
    district: row.district_name,
    town: row.town_name,
    createdAt: row.created_at.toISOString(),
    acceptDeadline: row.accept_deadline.toISOString(),
    dueAt: row.due_at.toISOString(),
    overdue: isOverdue(row, now),
    department: department(row),
    timeline: timeline(d.events, 'public'),
    replies: d.replies.map((r) => ({ at: r.created_at.toISOString(), department: r.department_name, body: r.body })),
    followers: row.followers_count,
    mergedInto: row.merged_into_ref,
  }
}

/** An anonymised similar ticket. */
export function toSimilar(row: TicketRow, score: number): SimilarTicket {
  return {
    ref: row.ref,
    title: row.title,
    status: row.status,
    statusLabel: TicketStatusLabel[row.status],
    category: { serviceCode: row.service_code, name: row.category_name },
    district: row.district_name,
    town: row.town_name,
    createdAt: row.created_at.toISOString(),
    followers: row.followers_count,
    score: Math.round(score * 100) / 100,
  }
}
