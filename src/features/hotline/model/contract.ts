/**
 * The 12345 API shapes, from the server's schemas (docs/api-hotline.md). Type-only imports: no TypeBox code reaches
 * the client bundle.
 */
import type { Pagination } from '../../../../types/common'

export type {
  Category,
  CategoryAttribute,
  CategoryGroups,
  FollowResult,
  Message as InboxMessage,
  NotifyOptions,
  SimilarTicket,
  StaffTicket,
  Ticket,
  TicketDraft as TicketDraftBody,
  TicketSummary,
  TimelineEntry,
  TrackingView,
  UploadResult,
} from '../../../../types/hotline'
export type { RatingLevel, TicketStatus, TicketType } from '../../../../types/hotline-states'

/** A paginated list answer. */
export type Page<T> = Pagination<T>
