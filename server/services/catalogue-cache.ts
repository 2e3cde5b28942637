import crypto from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** Cache-Control of every catalogue GET (docs/api-catalogue.md). */
export const CATALOGUE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/** A serialised answer and its validator. */
interface CachedAnswer {
  etag: string
  body: string
}

/**
 * In-process cache of catalogue answers, keyed by the catalogue version.
 *
 * How N processes stay correct: every catalogue write (loader, rating, admin change) bumps the single
 * `catalogue_version` row in the same transaction. Each request reads that row (one primary-key read, far cheaper
 * than the answer) before using the cache; a version this process has not seen empties the cache. So a change made
 * through any process is seen by every process on its next request — no TTL, no pub/sub, no stale window.
 */
export class CatalogueCache {
  private version: string | null = null
  private readonly entries = new Map<string, CachedAnswer>()

  constructor(private readonly maxEntries = 2000) {}

  /** The answer for `key` at `version`, if cached. */
  get(version: string, key: string): CachedAnswer | undefined {
    if (version !== this.version) {
      this.entries.clear()
      this.version = version
      return undefined
    }
    const hit = this.entries.get(key)
    if (hit) {
      // most recently used last, so the oldest is evicted first
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  /** Stores an answer computed at `version` (dropped if the version moved on meanwhile). */
  set(version: string, key: string, answer: CachedAnswer): void {
    if (version !== this.version) return
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    this.entries.set(key, answer)
  }

  /** How many answers are held (tests). */
  get size(): number {
    return this.entries.size
  }
}

/** A strong ETag for a catalogue version and a request key. */
export function catalogueEtag(version: string, key: string): string {
  return `"c${version}-${crypto.createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`
}

/** A strong ETag of a body (for answers not keyed by the catalogue version). */
export function bodyEtag(body: string): string {
  return `"b-${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
}

/** Whether `If-None-Match` names `etag` (weak comparison, lists and `*` understood). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
}

/**
 * Answers a catalogue GET: 304 when the client's copy is current, else the cached or freshly computed JSON.
 * The body is serialised once and sent as a string, so a cache hit costs one version read and a copy.
 */
export async function sendCatalogue<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: CatalogueCache,
  version: string,
  key: string,
  compute: () => Promise<T>,
): Promise<FastifyReply> {
  const etag = catalogueEtag(version, key)
  reply.header('etag', etag).header('cache-control', CATALOGUE_CACHE_CONTROL)
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send()
  let answer = cache.get(version, key)
  if (!answer) {
    answer = { etag, body: JSON.stringify(await compute()) }
    cache.set(version, key, answer)
  }
  return reply.type('application/json; charset=utf-8').send(answer.body)
}
