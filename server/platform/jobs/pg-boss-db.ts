import type pg from 'pg'

/** What pg-boss asks of a custom `db`: run one SQL text, with or without parameters, and give back rows. */
export interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>
}

/**
 * pg-boss's `db` over the app's own pool, on both databases.
 *
 * - PostgreSQL: the app's `pg.Pool` (one set of connections per process instead of two).
 * - PGlite: the app's single-session pool, so a job query queues behind an open request transaction instead of
 *   landing inside it (calling the PGlite handle directly would interleave with whatever the pool has begun).
 *
 * pg-boss sends its schema set-up as one multi-statement text without parameters; node-postgres sends a query
 * without values over the simple protocol (which allows several statements, where a prepared statement refuses
 * "cannot insert multiple commands into a prepared statement") and then answers with one result per statement:
 * pg-boss wants the last one.
 * @see docs/design.md §4 (durable jobs)
 */
export function poolDb(pool: pg.Pool): PgBossDb {
  return {
    async executeSql(text, values) {
      const result = (await pool.query(text, values && values.length > 0 ? (values as unknown[]) : undefined)) as
        | pg.QueryResult
        | pg.QueryResult[]
      const last = Array.isArray(result) ? result[result.length - 1] : result
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 }
    },
  }
}
