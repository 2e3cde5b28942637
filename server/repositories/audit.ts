import type { Kysely } from 'kysely'
import type { AuditLogTable, Database } from '../db/schema'

/** An audit entry to record. `detail` must hold no personal data beyond ids. */
export interface AuditEntry {
  actorType: AuditLogTable['actor_type']
  actorId: number | null
  action: string
  target?: string | null
  detail?: Record<string, unknown>
}

/** SQL for `audit_log`. */
export function auditRepository(db: Kysely<Database>) {
  return {
    /** Appends one entry. */
    async record(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          actor_type: entry.actorType,
          actor_id: entry.actorId,
          action: entry.action,
          target: entry.target ?? null,
          detail: JSON.stringify(entry.detail ?? {}),
        })
        .execute()
    },

    /** Most recent entries for an action, newest first (used by tests and the future staff console). */
    async listByAction(action: string, limit = 50) {
      return db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', action)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute()
    },
  }
}
