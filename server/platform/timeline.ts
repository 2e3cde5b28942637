import type { Kysely } from 'kysely'
import type { TimelineEntry } from '../../types/timeline'
import type { Database } from '../db/schema'
import { ValidationError } from '../errors'

/**
 * 我的 办事记录: everything a resident has done, across features, newest change first. A feature adds its rows by
 * registering a {@link TimelineProvider} from its own `server/services/<feature>/register.ts`; the page and the route
 * never change for it.
 *
 * Why one query per provider, merged by time — and not a `timeline` table each feature writes in its transaction:
 * the feature's own table already holds the status and the time of the last change, so a provider is a read-only
 * query over data that cannot drift from it. A timeline table would be a second copy that every status change in
 * every feature must keep in step; one forgotten write (a staff action, a job, an erasure) and the resident sees a
 * stale badge. The price is one indexed query per provider per page, each `LIMIT limit + 1` on an index
 * `(owner, updated_at DESC, id DESC)`, so a page costs the same with 10 rows or 10,000 (`npm run bench`). With many
 * more features than today's handful, a table written in each feature's transaction would be cheaper per page; the
 * provider interface would not change.
 *
 * Paging is by cursor — the last row's (exact change time, kind, id) — so rows that change while the resident scrolls
 * never make a page repeat or skip a row, as page numbers would.
 */

/** A row as a provider returns it: the entry, plus its change time exact to the microsecond for the cursor. */
export interface TimelineRow extends TimelineEntry {
  /** `updated_at` as PostgreSQL holds it (`YYYY-MM-DDTHH:MM:SS.ffffffZ`, UTC): the cursor's time, compared as text. */
  at: string
}

/** Where a page starts: rows strictly after this one in the order (at DESC, kind DESC, id DESC). */
export interface TimelineCursor {
  at: string
  kind: string
  id: string
}

/**
 * How a provider's query must bound its rows (from {@link cursorBound}): for a kind sorting before the cursor's, rows
 * changed at the cursor's very time still come after it (`updated_at <= at`); for one sorting after it, only earlier
 * rows (`updated_at < at`); for the cursor's own kind, `(updated_at, id) < (at, tieId)`.
 */
export type CursorBound =
  | { at: string; op: '<=' }
  | { at: string; op: '<' }
  | { at: string; op: 'tuple'; tieId: string }

/** The bound a provider of `kind` applies after `after` (null: no bound, the first page). */
export function cursorBound(kind: string, after: TimelineCursor | null): CursorBound | null {
  if (!after) return null
  if (kind < after.kind) return { at: after.at, op: '<=' }
  if (kind > after.kind) return { at: after.at, op: '<' }
  return { at: after.at, op: 'tuple', tieId: after.id }
}

/** A feature's rows in 我的 办事记录. */
export interface TimelineProvider {
  /** The row kind (`ticket`), also the subject kind its link opens; one provider per kind. */
  kind: string
  /**
   * The resident's rows within `bound` (see {@link cursorBound}), newest change first, at most `limit` — ordered by
   * (at DESC, id DESC) with ids compared byte-wise (`COLLATE "C"`), the order the merge uses. Only `userId`'s own
   * rows: ownership is the provider's to enforce.
   */
  list(db: Kysely<Database>, userId: number, bound: CursorBound | null, limit: number): Promise<TimelineRow[]>
}

const providers = new Map<string, TimelineProvider>()

/** Registers a feature's provider (one per kind; registering a kind again replaces it). */
export function registerTimelineProvider(provider: TimelineProvider): void {
  providers.set(provider.kind, provider)
}

/** The kinds registered, sorted. */
export function timelineKinds(): string[] {
  return [...providers.keys()].sort()
}

/** The timeline order: newest change first, then kind, then id (all descending, compared as text). */
function newerFirst(a: TimelineRow, b: TimelineRow): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1
  if (a.link.id !== b.link.id) return a.link.id < b.link.id ? 1 : -1
  return 0
}

/** Encodes a cursor as the opaque string the client sends back. */
export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.kind, cursor.id])).toString('base64url')
}

const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

/** Decodes a cursor made by {@link encodeCursor}; anything else is a 400 with a message the app can show. */
export function decodeCursor(text: string): TimelineCursor {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    value = undefined
  }
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((v) => typeof v === 'string') &&
    EXACT_TIME.test(value[0]) &&
    value[1].length <= 40 &&
    value[2].length <= 80
  )
    return { at: value[0], kind: value[1], id: value[2] }
  throw new ValidationError('翻页位置无效，请从第一页重新加载', { cursor: '请使用上一页返回的 nextCursor' })
}

/**
 * One page of the resident's timeline: each provider's next `limit + 1` rows after the cursor, merged by time — the
 * page's `limit` rows are necessarily among them. `nextCursor` is set when a row is left over.
 */
export async function timelinePage(
  db: Kysely<Database>,
  userId: number,
  page: { cursor?: string; limit: number },
): Promise<{ items: TimelineEntry[]; nextCursor: string | null }> {
  const after = page.cursor ? decodeCursor(page.cursor) : null
  const rows: TimelineRow[] = []
  // In turn, not Promise.all: PGlite has one connection anyway, and on PostgreSQL one request should not hold N pool
  // connections at once.
  for (const provider of providers.values())
    rows.push(...(await provider.list(db, userId, cursorBound(provider.kind, after), page.limit + 1)))
  rows.sort(newerFirst)
  const taken = rows.slice(0, page.limit)
  const last = taken.at(-1)
  return {
    items: taken.map(({ at: _at, ...entry }) => entry),
    nextCursor:
      rows.length > page.limit && last ? encodeCursor({ at: last.at, kind: last.kind, id: last.link.id }) : null,
  }
}
