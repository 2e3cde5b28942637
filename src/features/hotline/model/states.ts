import {
  ANONYMOUS_ALLOWED,
  RATING_LEVELS as LEVELS,
  REOPENING_LEVELS,
  TicketStatusGroup,
  TicketStatusLabel,
  TicketTypeHint,
  TICKET_TYPES as TYPES,
} from '../../../../types/hotline-states'
import type { RatingLevel, TicketStatus, TicketType } from './contract'

/**
 * Labels and colours of ticket types, statuses and rating levels, derived from `types/hotline-states.ts` (plain
 * data, declared once for the server and the client).
 */

/** The five kinds of 诉求, each with one line saying what it is for. */
export const TICKET_TYPES: readonly { type: TicketType; hint: string }[] = TYPES.map((type) => ({
  type,
  hint: TicketTypeHint[type],
}))

/** Status labels (the server also sends `statusLabel`; this is the fallback and the filter list). */
export const STATUS_LABEL: Record<TicketStatus, string> = TicketStatusLabel

/** Open statuses (still being handled); the rest are closed. */
export const OPEN_STATUSES: readonly TicketStatus[] = TicketStatusGroup.open

/** The normal path of a ticket, drawn as the timeline's steps. */
export const STATUS_PATH: readonly TicketStatus[] = ['submitted', 'accepted', 'assigned', 'replied', 'closed']

/** 好差评 levels, best first (the level is its own label). */
export const RATING_LEVELS: readonly { level: RatingLevel; label: string }[] = LEVELS.map((level) => ({
  level,
  label: level,
}))

/** Levels that may reopen the ticket (once). */
export const REOPEN_LEVELS: readonly RatingLevel[] = REOPENING_LEVELS

/** Whether a ticket of this type may be filed anonymously. */
export function anonymousAllowed(type: TicketType | undefined): boolean {
  return !!type && ANONYMOUS_ALLOWED[type]
}

/** Label of a status, preferring the server's text. */
export function statusLabel(status: TicketStatus, serverLabel?: string | null): string {
  return serverLabel || STATUS_LABEL[status] || status
}

/** Label of a rating level. */
export function ratingLabel(level: RatingLevel): string {
  return level
}
