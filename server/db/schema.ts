import type { ColumnType, Generated, JSONColumnType } from 'kysely'
import type { CatalogueTables } from './schema-catalogue'
import type { HotlineTables } from './schema-hotline'
import type { OpendayTables } from './schema-openday'
import type { PlatformTables } from './schema-platform'

/** timestamptz read as Date (node-postgres parses it), written as Date or SQL. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

/** `divisions` table. */
export interface DivisionsTable {
  code: string
  name: string
  level: 'city' | 'county' | 'town'
  parent_code: string | null
}

/** `departments` table. */
export interface DepartmentsTable {
  id: Generated<number>
  code: string
  name: string
  short_name: string
  kind: 'bureau' | 'office' | 'center' | 'vertical' | 'hotline' | 'utility'
  sort_order: Generated<number>
}

/** `users` table: residents. */
export interface UsersTable {
  id: Generated<number>
  phone: string | null
  wechat_openid: string | null
  wechat_unionid: string | null
  nickname: string | null
  privacy_consent_version: string | null
  privacy_consent_at: NullableTimestamp
  created_at: Generated<Date>
  deleted_at: NullableTimestamp
}

/** `staff_accounts` table. */
export interface StaffAccountsTable {
  id: Generated<number>
  username: string
  display_name: string
  password_hash: string
  role: 'admin' | 'clerk'
  department_id: number | null
  disabled_at: NullableTimestamp
  created_at: Generated<Date>
}

/** `sessions` table: bearer tokens, stored as SHA-256 hashes. */
export interface SessionsTable {
  id: Generated<string>
  token_hash: string
  subject_type: 'user' | 'staff'
  subject_id: number
  created_at: Generated<Date>
  expires_at: Timestamp
  revoked_at: NullableTimestamp
  last_seen_at: NullableTimestamp
  user_agent: string | null
}

/** `sms_codes` table. */
export interface SmsCodesTable {
  id: Generated<string>
  phone: string
  code_hash: string
  expires_at: Timestamp
  attempts: Generated<number>
  consumed_at: NullableTimestamp
  created_at: Generated<Date>
}

/** `audit_log` table. */
export interface AuditLogTable {
  id: Generated<string>
  actor_type: 'user' | 'staff' | 'system' | 'anonymous'
  actor_id: number | null
  action: string
  target: string | null
  detail: JSONColumnType<Record<string, unknown>, string | undefined, string>
  created_at: Generated<Date>
}

/** The whole schema as Kysely sees it. */
/** Every table, for Kysely. Feature tables live in their own files so features can grow without touching this one. */
export interface Database extends CatalogueTables, HotlineTables, OpendayTables, PlatformTables {
  divisions: DivisionsTable
  departments: DepartmentsTable
  users: UsersTable
  staff_accounts: StaffAccountsTable
  sessions: SessionsTable
  sms_codes: SmsCodesTable
  audit_log: AuditLogTable
}
