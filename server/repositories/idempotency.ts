import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** A stored idempotency record. */
export interface IdempotencyRecord {
  id: string
  request_hash: string
  response_status: number | null
  response_body: unknown
}

/**
 * SQL for `idempotency_keys`. The race it closes: N copies of one create (a retried submit, a double tap, a
 * network that replays) arriving at once must produce one row. The UNIQUE (user_id, route, key) constraint decides,
 * not a read-then-write check:
 *
 * 1. Inside the creating transaction, {@link claim} inserts the key row FIRST with ON CONFLICT DO NOTHING.
 *    On PostgreSQL a second inserter of the same key BLOCKS on the first one's uncommitted row until that
 *    transaction ends; then it either sees the committed row (no row returned → it lost) or, if the winner rolled
 *    back, inserts its own and becomes the winner.
 * 2. The winner creates the resource and stores its answer with {@link complete} in the same transaction, so a key
 *    row is never visible without its answer.
 * 3. Losers leave their (empty) transaction and read the winner's answer with {@link find}.
 */
export function idempotencyRepository(db: Kysely<Database>) {
  return {
    /** Inserts the key row; returns its id, or null when the key already exists (after waiting for its owner). */
    async claim(input: { key: string; userId: number; route: string; requestHash: string }): Promise<string | null> {
      const row = await db
        .insertInto('idempotency_keys')
        .values({ key: input.key, user_id: input.userId, route: input.route, request_hash: input.requestHash })
        .onConflict((oc) => oc.columns(['user_id', 'route', 'key']).doNothing())
        .returning('id')
        .executeTakeFirst()
      return row?.id ?? null
    },

    /** Stores the answer for a claimed key (same transaction as the create). */
    async complete(id: string, status: number, body: unknown): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ response_status: status, response_body: JSON.stringify(body) })
        .where('id', '=', id)
        .execute()
    },

    /** In the erasure transaction: a user's keys; their stored answers are copies of the user's tickets. */
    async deleteForUser(userId: number): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).execute()
    },

    /** The record for a key, if any. */
    async find(userId: number, route: string, key: string): Promise<IdempotencyRecord | undefined> {
      return db
        .selectFrom('idempotency_keys')
        .select(['id', 'request_hash', 'response_status', 'response_body'])
        .where('user_id', '=', userId)
        .where('route', '=', route)
        .where('key', '=', key)
        .executeTakeFirst()
    },
  }
}
