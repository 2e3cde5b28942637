import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'
import type { CursorBound } from '../platform/timeline'

/** A ticket as 我的 办事记录 lists it. */
export interface TicketTimelineRow {
  ref: string
  title: string
  status: string
  updated_at: Date
  /** `updated_at` to the microsecond, UTC, as text: the timeline cursor's time. */
  at: string
}

/** SQL of the 12345 rows of 我的 办事记录. */
export function ticketsTimelineRepository(db: Kysely<Database>) {
  return {
    /**
     * The resident's own tickets (not followed ones) within `bound`, newest change first, at most `limit`. Served by
     * `tickets_user_updated_idx (user_id, updated_at DESC, ref COLLATE "C" DESC)` (migration 011): the bound and the
     * order are the index's, so a page reads `limit` index entries however many tickets the resident has.
     */
    async forUser(userId: number, bound: CursorBound | null, limit: number): Promise<TicketTimelineRow[]> {
      let query = db
        .selectFrom('tickets')
        .select(['ref', 'title', 'status', 'updated_at'])
        .select(sql<string>`to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('at'))
        .where('user_id', '=', userId)
      if (bound) {
        const at = sql`${bound.at}::timestamptz`
        query =
          bound.op === 'tuple'
            ? query.where(sql<boolean>`(updated_at, ref collate "C") < (${at}, ${bound.tieId} collate "C")`)
            : query.where(sql<boolean>`updated_at ${sql.raw(bound.op)} ${at}`)
      }
      return (await query
        .orderBy('updated_at', 'desc')
        .orderBy(sql`ref collate "C"`, 'desc')
        .limit(limit)
        .execute()) as TicketTimelineRow[]
    },
  }
}
