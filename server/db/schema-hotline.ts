import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { RatingLevel, TicketStatus, TicketType } from '../../types/hotline-states'

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
type Timestamp = ColumnType<Date, Date | string, Date | string>

/** One Open311 attribute as stored in `hotline_categories.attributes`. */
export interface StoredAttribute {
  code: string
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist'
  required: boolean
  description: string
  datatypeDescription?: string
  order: number
  values?: { key: string; name: string }[]
}

/** `hotline_categories`: 12345 categories, each an Open311 service. */
export interface HotlineCategoriesTable {
  service_code: string
  group: string
  name: string
  description: string
  keywords: string[]
  department_id: number
  deadline_days: number
  consult_days: number
  location_required: boolean
  types: TicketType[]
  attributes: JSONColumnType<StoredAttribute[], string, string>
  sort: Generated<number>
}

/** `tickets`. */
export interface TicketsTable {
  id: Generated<string>
  ref: string
  tracking_token: string
  source: Generated<'app' | 'open311' | 'seed'>
  user_id: number | null
  type: TicketType
  service_code: string
  title: string
  description: string
  occurred_at: NullableTimestamp
  district_code: string
  town_code: string | null
  address: string | null
  lat: number | null
  lng: number | null
  attributes: JSONColumnType<Record<string, unknown>, string | undefined, string>
  anonymous: Generated<boolean>
  contact_phone: string | null
  status: ColumnType<TicketStatus, TicketStatus | undefined, TicketStatus>
  department_id: number | null
  accept_deadline: Timestamp
  due_at: Timestamp
  merged_into: string | null
  reopened_count: Generated<number>
  rating_level: RatingLevel | null
  rating_comment: string | null
  rated_at: NullableTimestamp
  followers_count: Generated<number>
  created_at: ColumnType<Date, Date | string | undefined, Date | string>
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>
  /** Set when the resident erased their account (migration 004); the ticket then has no user, phone or address. */
  reporter_erased_at: NullableTimestamp
}

/** `ticket_events`: timeline + audit of every action. */
export interface TicketEventsTable {
  id: Generated<string>
  ticket_id: string
  actor_type: 'user' | 'staff' | 'system' | 'open311'
  actor_id: number | null
  action:
    | 'submit'
    | 'accept'
    | 'assign'
    | 'return'
    | 'reply'
    | 'close'
    | 'merge'
    | 'rate'
    | 'reopen'
    | 'follow'
    | 'merged_in'
  from_status: TicketStatus | null
  to_status: TicketStatus | null
  note: string | null
  created_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** `ticket_replies`. */
export interface TicketRepliesTable {
  id: Generated<string>
  ticket_id: string
  department_id: number
  staff_id: number | null
  body: string
  created_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** `ticket_ratings` (migration 006): every 好差评 rating of a ticket, including one that reopened it. */
export interface TicketRatingsTable {
  id: Generated<string>
  ticket_id: string
  level: RatingLevel
  comment: string | null
  reopened: Generated<boolean>
  created_at: Generated<Date>
}

/** `ticket_followers` (我也遇到了). */
export interface TicketFollowersTable {
  ticket_id: string
  user_id: number
  created_at: Generated<Date>
}

/** `ticket_photos`. */
export interface TicketPhotosTable {
  ticket_id: string
  upload_id: string
  position: number
}

/** `uploads`. */
export interface UploadsTable {
  id: string
  owner_user_id: number | null
  mime: 'image/jpeg' | 'image/png' | 'image/webp'
  bytes: number
  sha256: string
  path: string
  created_at: Generated<Date>
}

/** `idempotency_keys`. */
export interface IdempotencyKeysTable {
  id: Generated<string>
  key: string
  user_id: number
  route: string
  request_hash: string
  response_status: number | null
  response_body: ColumnType<unknown, string | null | undefined, string | null>
  created_at: Generated<Date>
}

/** `messages`: in-app notifications. */
export interface MessagesTable {
  id: Generated<string>
  user_id: number
  ticket_id: string | null
  /** Notification kind (`ticket.status` …; migration 010); null on messages older than kinds. */
  kind: string | null
  /** The subject the message is about, by kind + id (migration 010). */
  subject_kind: string | null
  subject_id: string | null
  /** The values the text and the channel templates were made from. */
  data: ColumnType<Record<string, string>, string | undefined, string>
  title: string
  body: string
  created_at: Generated<Date>
  read_at: NullableTimestamp
}

/** `notification_deliveries`: one row per outside channel per message. */
export interface NotificationDeliveriesTable {
  id: Generated<string>
  message_id: string
  channel: 'wechat' | 'sms'
  status: Generated<'pending' | 'sent' | 'failed' | 'skipped'>
  attempts: Generated<number>
  last_error: string | null
  created_at: Generated<Date>
  sent_at: NullableTimestamp
  /** When the next attempt is due (pending deliveries being retried); migration 010. */
  next_attempt_at: NullableTimestamp
  updated_at: Generated<Date>
}

/** Tables of the 12345 hotline (issue #4); merged into `Database` in schema.ts. */
export interface HotlineTables {
  hotline_categories: HotlineCategoriesTable
  tickets: TicketsTable
  ticket_events: TicketEventsTable
  ticket_replies: TicketRepliesTable
  ticket_followers: TicketFollowersTable
  ticket_ratings: TicketRatingsTable
  ticket_photos: TicketPhotosTable
  uploads: UploadsTable
  idempotency_keys: IdempotencyKeysTable
  messages: MessagesTable
  notification_deliveries: NotificationDeliveriesTable
}
