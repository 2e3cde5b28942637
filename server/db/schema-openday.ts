import type { ColumnType, Generated } from 'kysely'
import type { EventStatus, IdType, RegistrationStatus, SelectionMode } from '../../types/openday-states'

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
type Timestamp = ColumnType<Date, Date | string, Date | string>

/** `openday_events`: 政府开放日 activities (migration 013). */
export interface OpendayEventsTable {
  id: Generated<string>
  source: ColumnType<'staff' | 'seed', 'staff' | 'seed' | undefined, 'staff' | 'seed'>
  department_id: number
  title: string
  theme: Generated<string>
  description: string
  venue_name: string
  venue_address: string
  lat: number | null
  lng: number | null
  directions: Generated<string>
  accessibility: Generated<string>
  what_to_bring: Generated<string>
  min_age: number | null
  max_age: number | null
  contact_phone: string
  selection_mode: ColumnType<SelectionMode, SelectionMode | undefined, SelectionMode>
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>
  registration_opens_at: Timestamp
  registration_closes_at: Timestamp
  cancel_deadline_hours: Generated<number>
  cancel_reason: string | null
  draw_commitment: string | null
  draw_secret: string | null
  draw_list_hash: string | null
  draw_public_value: string | null
  draw_public_source: string | null
  drawn_at: NullableTimestamp
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

/** `openday_sessions`: 场次 with the seat counters. */
export interface OpendaySessionsTable {
  id: Generated<string>
  event_id: string
  starts_at: Timestamp
  ends_at: Timestamp
  capacity: number
  reserved: Generated<number>
  registered: Generated<number>
}

/** `openday_registrations`: one party each. */
export interface OpendayRegistrationsTable {
  id: Generated<string>
  ref: string
  event_id: string
  session_id: string
  user_id: number | null
  status: RegistrationStatus
  party_size: number
  phone: string | null
  category: Generated<string>
  consent_version: string
  waitlisted_at: NullableTimestamp
  offer_expires_at: NullableTimestamp
  created_at: Generated<Date>
  updated_at: Generated<Date>
  cancelled_at: NullableTimestamp
}

/** `openday_attendees`: the registrant (position 0) and each companion. */
export interface OpendayAttendeesTable {
  id: Generated<string>
  registration_id: string
  event_id: string
  position: number
  name: string
  id_type: IdType
  id_cipher: string | null
  id_key_id: string | null
  id_hash: string
  id_masked: string
  active: Generated<boolean>
  entry_code: string
  entry_nonce: string
  checked_in_at: NullableTimestamp
  checked_in_by: number | null
}

/** The open-day tables, merged into `Database`. */
export interface OpendayTables {
  openday_events: OpendayEventsTable
  openday_sessions: OpendaySessionsTable
  openday_registrations: OpendayRegistrationsTable
  openday_attendees: OpendayAttendeesTable
}
