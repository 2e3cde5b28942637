import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { sha256Hex } from '../lib/crypto'
import { rateLimitsRepository } from '../repositories/rate-limits'

// The plugin's own in-memory store (an LRU of fixed windows); not in its public exports, so required by path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LocalStore: new (continueExceeding: boolean, exponentialBackoff: boolean, cache?: number) => MemoryStore =
  require('@fastify/rate-limit/store/LocalStore')

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void

interface MemoryStore {
  incr(key: string, cb: Callback, timeWindow: number, max: number): void
  read(key: string, cb: Callback, timeWindow: number, max: number): void
  child(params: object): MemoryStore
}

/** Where route limits count: this process's memory, or PostgreSQL for all processes together. */
export type RateLimitStoreKind = 'memory' | 'postgres'

/** About one in this many hits also deletes counters whose window ended. */
const SWEEP_EVERY = 200

/** Counts route limits in `rate_limit_hits`, one prefix per route (or per `createRateLimit`). */
class SharedStore implements FastifyRateLimitStore {
  constructor(
    private readonly db: () => Kysely<Database>,
    private readonly prefix: string,
  ) {}

  incr(key: string, cb: Callback, timeWindow: number): void {
    const repo = rateLimitsRepository(this.db())
    const sweep = Math.random() * SWEEP_EVERY < 1 ? repo.sweep() : Promise.resolve(0)
    Promise.all([repo.hit(sha256Hex(`${this.prefix}|${key}`), timeWindow), sweep]).then(
      ([{ hits, ttlMs }]) => cb(null, { current: hits, ttl: ttlMs }),
      (err: Error) => cb(err),
    )
  }

  read(key: string, cb: Callback): void {
    rateLimitsRepository(this.db())
      .read(sha256Hex(`${this.prefix}|${key}`))
      .then(
        ({ hits, ttlMs }) => cb(null, { current: hits, ttl: ttlMs }),
        (err: Error) => cb(err),
      )
  }

  child(): FastifyRateLimitStore {
    return this
  }
}

/**
 * The store given to @fastify/rate-limit. The global limit per address (the plugin's root store: every request on
 * /api) stays in this process's memory — coarse, and a database write per request would cost more than it saves.
 * Every route's own limit (SMS per phone and per address, 12345 submit and upload per resident and per address,
 * staff login, search …: the plugin makes a child store for each) counts in PostgreSQL with `kind: 'postgres'`, so
 * N API processes allow what one would, not N times as much.
 *
 * `db` is read when a request is counted: the rate-limit plugin is registered before the database is open.
 */
export function rateLimitStore(kind: RateLimitStoreKind, db: () => Kysely<Database>): FastifyRateLimitStoreCtor {
  return class AppRateLimitStore implements FastifyRateLimitStore {
    readonly #memory: MemoryStore
    constructor(params: { continueExceeding?: boolean; exponentialBackoff?: boolean; cache?: number }) {
      this.#memory = new LocalStore(Boolean(params.continueExceeding), Boolean(params.exponentialBackoff), params.cache)
    }

    incr(key: string, cb: Callback, timeWindow: number, max: number): void {
      this.#memory.incr(key, cb, timeWindow, max)
    }

    read(key: string, cb: Callback, timeWindow: number, max: number): void {
      this.#memory.read(key, cb, timeWindow, max)
    }

    child(params: object): FastifyRateLimitStore {
      if (kind === 'memory') return this.#memory.child(params)
      const route = (params as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo
      return new SharedStore(db, route?.url ? `${route.method} ${route.url}` : '')
    }
  } as unknown as FastifyRateLimitStoreCtor
}
