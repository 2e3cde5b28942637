import type { ColumnType, Generated } from 'kysely'

/** `rate_limit_hits`: shared rate-limit counters (migration 010). */
export interface RateLimitHitsTable {
  key_hash: string
  hits: number
  window_ends: ColumnType<Date, Date | string, Date | string>
}

/** `subscribe_grants`: one-shot WeChat subscribe-message grants, per subject (migration 010). */
export interface SubscribeGrantsTable {
  user_id: number
  subject_kind: string
  subject_id: string
  template_id: string
  remaining: Generated<number>
}

/** `notification_opt_outs`: kinds a resident wants no WeChat/SMS for (migration 010). */
export interface NotificationOptOutsTable {
  user_id: number
  kind: string
  created_at: Generated<Date>
}

/** Tables of the shared server platform (issue #7); merged into `Database` in schema.ts. */
export interface PlatformTables {
  rate_limit_hits: RateLimitHitsTable
  subscribe_grants: SubscribeGrantsTable
  notification_opt_outs: NotificationOptOutsTable
}
