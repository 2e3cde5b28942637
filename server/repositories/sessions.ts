import { type Kysely, type Selectable, sql } from 'kysely'
import type { Database, SessionsTable } from '../db/schema'

/** A session row. */
export type SessionRow = Selectable<SessionsTable>

/** SQL for `sessions`. Only token hashes are stored; expiry is decided by the database clock. */
export function sessionsRepository(db: Kysely<Database>) {
  return {
    /** Starts a session lasting `ttlHours`; returns its expiry. */
    async create(input: {
      tokenHash: string
      subjectType: SessionRow['subject_type']
      subjectId: number
      ttlHours: number
      userAgent: string | null
    }): Promise<{ expiresAt: Date }> {
      const row = await db
        .insertInto('sessions')
        .values({
          token_hash: input.tokenHash,
          subject_type: input.subjectType,
          subject_id: input.subjectId,
          expires_at: sql<Date>`now() + make_interval(hours => ${input.ttlHours})`,
          user_agent: input.userAgent?.slice(0, 512) ?? null,
        })
        .returning('expires_at')
        .executeTakeFirstOrThrow()
      return { expiresAt: row.expires_at }
    },

    /**
     * Looks up a live session (not revoked, not expired) and stamps `last_seen_at`, in one statement.
     * Returns undefined for anything else, so callers answer 401 without saying why.
     */
    async touch(
      tokenHash: string,
    ): Promise<Pick<SessionRow, 'id' | 'subject_type' | 'subject_id' | 'expires_at'> | undefined> {
      return db
        .updateTable('sessions')
        .set((eb) => ({ last_seen_at: eb.fn('now') }))
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .returning(['id', 'subject_type', 'subject_id', 'expires_at'])
        .executeTakeFirst()
    },

    /** Revokes one session by token hash. */
    async revoke(tokenHash: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set((eb) => ({ revoked_at: eb.fn('now') }))
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .execute()
    },

    /** Revokes every live session of a subject (account erased, staff password reset); returns how many. */
    async revokeAllFor(subjectType: SessionRow['subject_type'], subjectId: number): Promise<number> {
      const rows = await db
        .updateTable('sessions')
        .set((eb) => ({ revoked_at: eb.fn('now') }))
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('revoked_at', 'is', null)
        .returning('id')
        .execute()
      return rows.length
    },

    /** All sessions of a subject, newest first (for the data export). */
    async listFor(subjectType: SessionRow['subject_type'], subjectId: number): Promise<SessionRow[]> {
      return db
        .selectFrom('sessions')
        .selectAll()
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .orderBy('created_at', 'desc')
        .execute()
    },

    /** Test and operations helper: moves a session's expiry (e.g. into the past). */
    async setExpiry(tokenHash: string, expiresAt: Date): Promise<void> {
      await db.updateTable('sessions').set({ expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute()
    },
  }
}
