import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'

/** SQL for `rate_limit_hits`: fixed-window counters shared by every API process. */
export function rateLimitsRepository(db: Kysely<Database>) {
  return {
    /**
     * Counts one hit on `keyHash` and returns the count in the current window and the ms left of it. A window that
     * has ended starts again at 1. One upsert does it all, so two processes hitting the same key at once are both
     * counted (each waits for the other's row lock and reads the committed count): no read-then-write race.
     */
    async hit(keyHash: string, windowMs: number): Promise<{ hits: number; ttlMs: number }> {
      const row = await sql<{ hits: number; ttl_ms: string }>`
        INSERT INTO rate_limit_hits AS r (key_hash, hits, window_ends)
        VALUES (${keyHash}, 1, clock_timestamp() + ${windowMs} * interval '1 millisecond')
        ON CONFLICT (key_hash) DO UPDATE SET
          hits = CASE WHEN r.window_ends <= clock_timestamp() THEN 1 ELSE r.hits + 1 END,
          window_ends = CASE WHEN r.window_ends <= clock_timestamp() THEN excluded.window_ends ELSE r.window_ends END
        RETURNING hits, ceil(extract(epoch FROM (window_ends - clock_timestamp())) * 1000)::bigint AS ttl_ms`.execute(
        db,
      )
      const { hits, ttl_ms } = row.rows[0]
      return { hits, ttlMs: Math.max(0, Number(ttl_ms)) }
    },

    /** The count and ms left on `keyHash` without counting (0/0 when no window is running). */
    async read(keyHash: string): Promise<{ hits: number; ttlMs: number }> {
      const row = await sql<{ hits: number; ttl_ms: string }>`
        SELECT hits, ceil(extract(epoch FROM (window_ends - clock_timestamp())) * 1000)::bigint AS ttl_ms
        FROM rate_limit_hits WHERE key_hash = ${keyHash} AND window_ends > clock_timestamp()`.execute(db)
      const found = row.rows[0]
      return found ? { hits: found.hits, ttlMs: Math.max(0, Number(found.ttl_ms)) } : { hits: 0, ttlMs: 0 }
    },

    /** Deletes counters whose window ended; returns how many. */
    async sweep(): Promise<number> {
      const result = await db
        .deleteFrom('rate_limit_hits')
        .where('window_ends', '<', sql<Date>`now()`)
        .executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
