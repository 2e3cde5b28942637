import type { Availability, OpenDayDetail, OpenDaySession, OpenDaySummary, Registration } from '../../../types/openday'
import {
  CANCELLABLE,
  holdsSeats,
  type RegistrationStatus,
  RegistrationStatusLabel,
} from '../../../types/openday-states'
import { maskPhone } from '../../lib/present'
import type { AttendeeRow, EventRow, RegistrationRow, SessionRow } from '../../repositories/openday'
import { DRAW_RULE } from './draw'

const SHANGHAI_OFFSET_MS = 8 * 3_600_000
const HOUR = 3_600_000

/** `12月10日 09:00` in Asia/Shanghai (the city's clock, whatever the server's). */
export function shanghaiLabel(at: Date): string {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  const hh = String(d.getUTCHours()).padStart(2, '0')
  const mm = String(d.getUTCMinutes()).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`
}

/** `[from, to)` of a calendar month (`2026-12`) in Asia/Shanghai. */
export function shanghaiMonth(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number)
  return {
    from: new Date(Date.UTC(y!, m! - 1, 1) - SHANGHAI_OFFSET_MS),
    to: new Date(Date.UTC(y!, m!, 1) - SHANGHAI_OFFSET_MS),
  }
}

/** Public seats left in a session: capacity minus what is held back for invitees minus what is taken. */
export function seatsLeft(session: SessionRow): number {
  return Math.max(0, session.capacity - session.reserved - session.registered)
}

/**
 * Where registration stands, told honestly: the time it opens, seats left, full (with the waitlist), closed.
 * `seats` is the public seats left (of one session, or summed over an event's sessions that have not started).
 */
export function availability(event: EventRow, seats: number, startsAt: Date, now: Date): Availability {
  if (event.status === 'cancelled') return { state: 'cancelled', seatsLeft: null, label: '活动已取消' }
  if (event.status === 'finished' || startsAt.getTime() <= now.getTime())
    return { state: 'finished', seatsLeft: null, label: '已结束' }
  if (now < event.registration_opens_at)
    return {
      state: 'not_open',
      seatsLeft: event.selection_mode === 'draw' ? null : seats,
      label: `报名未开始 · ${shanghaiLabel(event.registration_opens_at)} 开放`,
    }
  if (now >= event.registration_closes_at) return { state: 'closed', seatsLeft: null, label: '报名已截止' }
  if (event.selection_mode === 'draw')
    return { state: 'open', seatsLeft: null, label: `抽签报名中 · ${shanghaiLabel(event.registration_closes_at)} 截止` }
  if (seats <= 0) return { state: 'full', seatsLeft: 0, label: '已满，可候补' }
  return { state: 'open', seatsLeft: seats, label: `余 ${seats} 席` }
}

/** The list row of an event with its sessions. */
export function toSummary(event: EventRow, sessions: SessionRow[], now: Date): OpenDaySummary {
  const first = sessions[0]
  const upcoming = sessions.filter((s) => s.starts_at > now)
  const seats = upcoming.reduce((n, s) => n + seatsLeft(s), 0)
  const nextStart = (upcoming[0] ?? sessions[sessions.length - 1])?.starts_at ?? event.registration_closes_at
  return {
    id: event.id,
    title: event.title,
    theme: event.theme,
    department: { code: event.department_code, name: event.department_name },
    venueName: event.venue_name,
    selectionMode: event.selection_mode,
    status: event.status,
    startsAt: (first?.starts_at ?? event.registration_closes_at).toISOString(),
    registrationOpensAt: event.registration_opens_at.toISOString(),
    registrationClosesAt: event.registration_closes_at.toISOString(),
    availability: availability(event, seats, nextStart, now),
  }
}

/** A session of the detail page. */
export function toSession(event: EventRow, session: SessionRow, waiting: number, now: Date): OpenDaySession {
  return {
    id: session.id,
    startsAt: session.starts_at.toISOString(),
    endsAt: session.ends_at.toISOString(),
    capacity: session.capacity,
    waitlistCount: waiting,
    availability: availability(event, seatsLeft(session), session.starts_at, now),
  }
}

/** The detail page: everything a resident needs before registering, and the draw's published facts. */
export function toDetail(
  event: EventRow,
  sessions: SessionRow[],
  waiting: Map<string, number>,
  now: Date,
): OpenDayDetail {
  return {
    ...toSummary(event, sessions, now),
    description: event.description,
    venueAddress: event.venue_address,
    lat: event.lat,
    lng: event.lng,
    directions: event.directions,
    accessibility: event.accessibility,
    whatToBring: event.what_to_bring,
    minAge: event.min_age,
    maxAge: event.max_age,
    contactPhone: event.contact_phone,
    cancelDeadlineHours: event.cancel_deadline_hours,
    sessions: sessions.map((s) => toSession(event, s, waiting.get(s.id) ?? 0, now)),
    draw:
      event.selection_mode === 'draw' && event.draw_commitment
        ? {
            commitment: event.draw_commitment,
            listHash: event.draw_list_hash,
            publicValue: event.draw_public_value,
            publicSource: event.draw_public_source,
            // the secret only after the draw: before, it would let anyone predict the order
            secret: event.drawn_at ? event.draw_secret : null,
            drawnAt: event.drawn_at?.toISOString() ?? null,
            rule: DRAW_RULE,
          }
        : null,
  }
}

/** When a registration of this session can no longer be cancelled online (seat holders). */
export function cancelDeadline(event: EventRow, session: SessionRow): Date {
  return new Date(session.starts_at.getTime() - event.cancel_deadline_hours * HOUR)
}

/** Whether the resident may cancel now: seat holders until the deadline, the waiting until the start. */
export function canCancelNow(status: RegistrationStatus, event: EventRow, session: SessionRow, now: Date): boolean {
  if (!CANCELLABLE.includes(status)) return false
  const until = holdsSeats(status) ? cancelDeadline(event, session) : session.starts_at
  return now < until
}

/** A registration as its owner sees it: IDs masked, entry codes only while the seats are theirs. */
export function toRegistration(input: {
  reg: RegistrationRow
  event: EventRow
  session: SessionRow
  attendees: AttendeeRow[]
  waitlistPosition: number | null
  now: Date
}): Registration {
  const { reg, event, session, attendees, now } = input
  const showCodes = reg.status === 'confirmed' || reg.status === 'attended'
  return {
    ref: reg.ref,
    status: reg.status,
    statusLabel: RegistrationStatusLabel[reg.status],
    event: {
      id: event.id,
      title: event.title,
      venueName: event.venue_name,
      venueAddress: event.venue_address,
      contactPhone: event.contact_phone,
      department: { code: event.department_code, name: event.department_name },
    },
    session: { id: session.id, startsAt: session.starts_at.toISOString(), endsAt: session.ends_at.toISOString() },
    partySize: reg.party_size,
    phoneMasked: maskPhone(reg.phone),
    waitlistPosition: input.waitlistPosition,
    offerExpiresAt: reg.status === 'offered' ? (reg.offer_expires_at?.toISOString() ?? null) : null,
    cancelDeadline: cancelDeadline(event, session).toISOString(),
    canCancel: canCancelNow(reg.status, event, session, now),
    attendees: attendees.map((a) => ({
      name: a.name,
      idType: a.id_type,
      idMasked: a.id_masked,
      companion: a.position > 0,
      entryCode: showCodes ? a.entry_code : null,
      checkedInAt: a.checked_in_at?.toISOString() ?? null,
    })),
    createdAt: reg.created_at.toISOString(),
  }
}
