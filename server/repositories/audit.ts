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

    /**
     * A page of entries, newest first, optionally only those about one target (a ticket ref) or one subject kind, with the staff
     * member's name and department for staff actors.
     */
    async page(f: { target?: string; subjectKind?: string; page: number; pageSize: number }) {
      let q = db.selectFrom('audit_log as a')
      if (f.target) q = q.where('a.target', '=', f.target)
      // Actions are named `<subject kind>.<verb>` (ticket.accept, staff.login); the kind is validated as
      // [a-z0-9-], so it carries no LIKE wildcard.
      if (f.subjectKind) q = q.where('a.action', 'like', `${f.subjectKind}.%`)
      const [rows, count] = await Promise.all([
        q
          .leftJoin('staff_accounts as s', (join) =>
            join.onRef('s.id', '=', 'a.actor_id').on('a.actor_type', '=', 'staff'),
          )
          .leftJoin('departments as d', 'd.id', 's.department_id')
          .selectAll('a')
          .select(['s.display_name as staff_name', 'd.name as department_name'])
          .orderBy('a.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
      ])
      return { rows, total: Number(count.n) }
    },

    /** Most recent entries for an action, newest first (used by tests). */
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
