import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseKind } from '../../types/health'
import { ServiceUnavailableError } from '../errors'
import { acquireDataDirLock, type DataDirLock } from './lock'
import type { Database } from './schema'

/** An open database: Kysely for queries, the raw pool for migrations, and how to close it all. */
export interface OpenDatabase {
  db: Kysely<Database>
  pool: pg.Pool
  kind: DatabaseKind
  close(): Promise<void>
}

/** Node's socket errors when the database server cannot be reached. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
])
/** pg's own messages for a connection that went or never came. */
const LOST =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed)/

/**
 * The database is down (refused, unreachable, connection lost, shutting down, out of connections) rather than the
 * query being wrong: such an error is answered 503 with Retry-After, not 500. PostgreSQL SQLSTATE class 08
 * (connection exception), 57P01–57P03 (shutdown, cannot connect now) and 53300 (too many connections) count.
 */
export function databaseOutage(err: unknown): ServiceUnavailableError | null {
  // duck-typed: errors from node's socket layer are not always `instanceof Error` of this realm (jest's vm)
  if (!err || typeof err !== 'object') return null
  const { code, message, errors } = err as { code?: unknown; message?: unknown; errors?: unknown }
  const outage =
    (typeof code === 'string' &&
      (UNREACHABLE.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300')) ||
    (typeof message === 'string' && LOST.test(message)) ||
    (Array.isArray(errors) && errors.some((e) => databaseOutage(e) !== null))
  return outage ? new ServiceUnavailableError('数据库暂时不可用，请稍后再试') : null
}

/** Where to connect: a PostgreSQL URL, or a PGlite data directory. */
export type DatabaseTarget = { databaseUrl: string } | { dataDir: string; dataDirLabel: string }

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /**
   * Told when the server ends a connection the pool holds idle (restart, failover, `pg_terminate_backend`). The pool
   * has already dropped it and opens a new one on the next query; without a listener `pg.Pool` would throw the error
   * out of the process.
   */
  onIdleError?: (err: Error) => void
}

/**
 * Ends the pool and waits until every connection is really closed. `pool.end()` resolves once it has *asked* each
 * idle client to end; a backend still on its way out could then be ended by the server instead (a DROP DATABASE …
 * WITH (FORCE) right after close), which reaches the already-closed app as an error.
 */
function trackConnections(pool: pg.Pool): () => Promise<void> {
  const open = new Set<pg.PoolClient>()
  let allClosed: (() => void) | null = null
  pool.on('connect', (client) => open.add(client))
  pool.on('remove', (client) => {
    open.delete(client)
    if (open.size === 0) allClosed?.()
  })
  return () => (open.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allClosed = resolve)))
}

/**
 * Opens PostgreSQL (when a URL is given) or the embedded PGlite. Both go through `pg.Pool` + Kysely's PostgreSQL
 * dialect so every query runs the same code. PGlite is single-session: pool size 1 queues callers and keeps a
 * transaction on one session. The PGlite data directory is guarded by a lock file for the life of the handle.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if ('databaseUrl' in target) {
    const pool = new pg.Pool({
      connectionString: target.databaseUrl,
      max: 10,
      // An unreachable server fails the request (503) instead of holding it open. pg-pool applies the same limit to a
      // request waiting for a free connection, and in an open-day rush (1,000 registrations queued on one session's
      // row lock, open-day-register-concurrency.test.ts) 5 s turned most "已满" answers into 503s. A refused or reset
      // connection fails at once whatever this is, so 30 s only bounds a silent network.
      connectionTimeoutMillis: 30_000,
    })
    pool.on('error', (err) => options.onIdleError?.(err))
    // A checked-out client whose connection dies emits 'error' besides failing its query; pg-pool listens only while
    // the client is idle, and an unheard 'error' would end the process. The query's own error is what we answer (503).
    pool.on('connect', (client) => client.on('error', () => {}))
    const closed = trackConnections(pool)
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return {
      db,
      pool,
      kind: 'postgres',
      async close() {
        await db.destroy()
        await closed()
      },
    }
  }
  const lock: DataDirLock = acquireDataDirLock(target.dataDir, target.dataDirLabel)
  let lite: PGlite | undefined
  try {
    lite = new PGlite(target.dataDir)
    await lite.waitReady
  } catch (err) {
    lock.release()
    throw err
  }
  const pglite = lite
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    pool,
    kind: 'pglite',
    async close() {
      try {
        await db.destroy()
        await pglite.close()
      } finally {
        lock.release()
      }
    },
  }
}
