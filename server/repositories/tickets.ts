import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely'
import type { TicketStatus } from '../../types/hotline-states'
import type { Database } from '../db/schema'
import type { TicketEventsTable, TicketRatingsTable, TicketsTable } from '../db/schema-hotline'

/** A ticket row joined with its category, department, places and merge target. */
export type TicketRow = Selectable<TicketsTable> & {
  category_name: string
  category_group: string
  department_name: string | null
  district_name: string | null
  town_name: string | null
  merged_into_ref: string | null
  merged_into_token: string | null
}

/** A timeline / audit event as stored. */
export type TicketEventRecord = Selectable<TicketEventsTable>

/** A timeline / audit event with, for a staff member's action, their name and their department's. */
export type TicketEventRow = TicketEventRecord & {
  actor_name: string | null
  actor_department: string | null
}

/** A reply with the answering department's name. */
export interface TicketReplyRow {
  body: string
  created_at: Date
  department_name: string
}

/** A 好差评 rating of a ticket, as kept in `ticket_ratings`. */
export type TicketRatingRow = Pick<Selectable<TicketRatingsTable>, 'level' | 'comment' | 'reopened' | 'created_at'>

/** Filters of the staff queue and Open311 GET requests. */
export interface TicketFilter {
  departmentId?: number | null
  statuses?: readonly TicketStatus[]
  serviceCode?: string
  overdue?: boolean
  refs?: readonly string[]
  from?: Date
  to?: Date
  /** newest (default): latest filed first; due: earliest deadline (overdue first). */
  sort?: 'newest' | 'due'
  page: number
  pageSize: number
}

/** A row of a list (我的工单, queue, Open311). */
export type TicketListRow = TicketRow & { relation: 'own' | 'following' | 'staff' }

/** SQL for `tickets` and its child tables. Callers pass a transaction where the doc says "in a transaction". */
export function ticketsRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom('tickets as t')
      .innerJoin('hotline_categories as c', 'c.service_code', 't.service_code')
      .leftJoin('departments as d', 'd.id', 't.department_id')
      .leftJoin('divisions as dd', 'dd.code', 't.district_code')
      .leftJoin('divisions as dt', 'dt.code', 't.town_code')
      .leftJoin('tickets as m', 'm.id', 't.merged_into')
      .selectAll('t')
      .select([
        'c.name as category_name',
        'c.group as category_group',
        'd.name as department_name',
        'dd.name as district_name',
        'dt.name as town_name',
        'm.ref as merged_into_ref',
        'm.tracking_token as merged_into_token',
      ])

  const filtered = (f: TicketFilter) => {
    let q = base()
    if (f.departmentId != null) q = q.where('t.department_id', '=', f.departmentId)
    if (f.statuses && f.statuses.length > 0) q = q.where('t.status', 'in', f.statuses)
    if (f.serviceCode) q = q.where('t.service_code', '=', f.serviceCode)
    if (f.refs && f.refs.length > 0) q = q.where('t.ref', 'in', f.refs)
    if (f.from) q = q.where('t.created_at', '>=', f.from)
    if (f.to) q = q.where('t.created_at', '<=', f.to)
    if (f.overdue === true)
      q = q
        .where('t.status', 'in', ['submitted', 'accepted', 'assigned', 'returned', 'reopened'])
        .where('t.due_at', '<', sql<Date>`now()`)
    return q
  }

  return {
    /** The next number of the ticket-ref sequence (no gaps matter; uniqueness does). */
    async nextSequence(): Promise<number> {
      const { rows } = await sql<{ n: string }>`SELECT nextval('ticket_ref_seq') AS n`.execute(db)
      return Number(rows[0]!.n)
    },

    /** Inserts a ticket; returns its id. */
    async insert(values: Insertable<TicketsTable>): Promise<{ id: string }> {
      return db.insertInto('tickets').values(values).returning(['id']).executeTakeFirstOrThrow()
    },

    /** One ticket by ref. */
    async findByRef(ref: string): Promise<TicketRow | undefined> {
      return (await base().where('t.ref', '=', ref).executeTakeFirst()) as TicketRow | undefined
    },

    /** One ticket by id. */
    async findById(id: string): Promise<TicketRow | undefined> {
      return (await base().where('t.id', '=', id).executeTakeFirst()) as TicketRow | undefined
    },

    /**
     * In a transaction: locks the ticket row (SELECT … FOR UPDATE) and returns its id and status. Every status change
     * locks first, so two clerks pressing 受理 and 退回 at once are applied one after the other and the second sees
     * the first's status (its transition is then checked against the new status and refused if illegal).
     */
    async lockByRef(ref: string): Promise<{ id: string; status: TicketStatus } | undefined> {
      return db.selectFrom('tickets').select(['id', 'status']).where('ref', '=', ref).forUpdate().executeTakeFirst()
    },

    /** In a transaction: locks two tickets in id order (merge), so two opposite merges cannot deadlock. */
    async lockPair(a: string, b: string): Promise<void> {
      await db.selectFrom('tickets').select('id').where('id', 'in', [a, b]).orderBy('id').forUpdate().execute()
    },

    /** Updates columns of one ticket (always bumps updated_at). */
    async update(id: string, set: Updateable<TicketsTable>): Promise<void> {
      await db
        .updateTable('tickets')
        .set({ ...set, updated_at: sql<Date>`now()` })
        .where('id', '=', id)
        .execute()
    },

    /** Appends a timeline/audit event. */
    async addEvent(event: Omit<TicketEventRecord, 'id' | 'created_at'> & { created_at?: Date }): Promise<void> {
      await db.insertInto('ticket_events').values(event).execute()
    },

    /** The timeline, oldest first; a staff member's event carries their display name and department. */
    async events(ticketId: string): Promise<TicketEventRow[]> {
      return db
        .selectFrom('ticket_events as e')
        .leftJoin('staff_accounts as s', (j) => j.onRef('s.id', '=', 'e.actor_id').on('e.actor_type', '=', 'staff'))
        .leftJoin('departments as sd', 'sd.id', 's.department_id')
        .selectAll('e')
        .select(['s.display_name as actor_name', 'sd.name as actor_department'])
        .where('e.ticket_id', '=', ticketId)
        .orderBy('e.id')
        .execute()
    },

    /** Appends a department's reply. */
    async addReply(reply: {
      ticket_id: string
      department_id: number
      staff_id: number | null
      body: string
      created_at?: Date
    }): Promise<void> {
      await db.insertInto('ticket_replies').values(reply).execute()
    },

    /** Replies, oldest first. */
    async replies(ticketId: string): Promise<TicketReplyRow[]> {
      return db
        .selectFrom('ticket_replies as r')
        .innerJoin('departments as d', 'd.id', 'r.department_id')
        .select(['r.body', 'r.created_at', 'd.name as department_name'])
        .where('r.ticket_id', '=', ticketId)
        .orderBy('r.id')
        .execute()
    },

    /** Keeps a 好差评 rating; every one is kept, the one that reopens the ticket too. */
    async addRating(rating: Insertable<TicketRatingsTable>): Promise<void> {
      await db.insertInto('ticket_ratings').values(rating).execute()
    },

    /** Every rating of a ticket, oldest first. */
    async ratings(ticketId: string): Promise<TicketRatingRow[]> {
      return db
        .selectFrom('ticket_ratings')
        .select(['level', 'comment', 'reopened', 'created_at'])
        .where('ticket_id', '=', ticketId)
        .orderBy('id')
        .execute()
    },

    /** Attaches photos in order. */
    async addPhotos(ticketId: string, uploadIds: readonly string[]): Promise<void> {
      if (uploadIds.length === 0) return
      await db
        .insertInto('ticket_photos')
        .values(uploadIds.map((upload_id, position) => ({ ticket_id: ticketId, upload_id, position })))
        .execute()
    },

    /** Photo upload ids in order. */
    async photos(ticketId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('ticket_photos')
        .select('upload_id')
        .where('ticket_id', '=', ticketId)
        .orderBy('position')
        .execute()
      return rows.map((r) => r.upload_id)
    },

    /**
     * In a transaction: 我也遇到了. The (ticket_id, user_id) primary key decides: of 20 simultaneous clicks one
     * insert wins and the others do nothing (on PostgreSQL they wait for the winner's commit, then see its row). Only
     * the winner bumps the counter, so `followers_count` always equals the number of rows.
     */
    async follow(ticketId: string, userId: number): Promise<number> {
      const inserted = await db
        .insertInto('ticket_followers')
        .values({ ticket_id: ticketId, user_id: userId })
        .onConflict((oc) => oc.columns(['ticket_id', 'user_id']).doNothing())
        .returning('user_id')
        .executeTakeFirst()
      const row = inserted
        ? await db
            .updateTable('tickets')
            .set((eb) => ({ followers_count: eb('followers_count', '+', 1) }))
            .where('id', '=', ticketId)
            .returning('followers_count')
            .executeTakeFirstOrThrow()
        : await db.selectFrom('tickets').select('followers_count').where('id', '=', ticketId).executeTakeFirstOrThrow()
      return row.followers_count
    },

    /** Whether a user follows a ticket. */
    async isFollower(ticketId: string, userId: number): Promise<boolean> {
      const row = await db
        .selectFrom('ticket_followers')
        .select('user_id')
        .where('ticket_id', '=', ticketId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return row !== undefined
    },

    /** Users following a ticket. */
    async followerIds(ticketId: string): Promise<number[]> {
      const rows = await db.selectFrom('ticket_followers').select('user_id').where('ticket_id', '=', ticketId).execute()
      return rows.map((r) => r.user_id)
    },

    /**
     * In a transaction (both tickets locked): the source's resident and followers follow the target instead;
     * the target's own resident is not added. Returns the target's new follower count.
     */
    async moveFollowers(sourceId: string, targetId: string): Promise<number> {
      const moved = await sql<{ user_id: number }>`
        INSERT INTO ticket_followers (ticket_id, user_id)
        SELECT ${targetId}::bigint, u.user_id FROM (
          SELECT user_id FROM ticket_followers WHERE ticket_id = ${sourceId}::bigint
          UNION SELECT user_id FROM tickets WHERE id = ${sourceId}::bigint AND user_id IS NOT NULL
        ) u
        WHERE u.user_id IS DISTINCT FROM (SELECT user_id FROM tickets WHERE id = ${targetId}::bigint)
        ON CONFLICT DO NOTHING
        RETURNING user_id`.execute(db)
      const row = await db
        .updateTable('tickets')
        .set((eb) => ({ followers_count: eb('followers_count', '+', moved.rows.length) }))
        .where('id', '=', targetId)
        .returning('followers_count')
        .executeTakeFirstOrThrow()
      return row.followers_count
    },

    /** 我的工单: tickets the user filed or follows, newest first. */
    async listForUser(userId: number, page: number, pageSize: number) {
      const [rows, count] = await Promise.all([
        base()
          .where((eb) =>
            eb.or([
              eb('t.user_id', '=', userId),
              eb.exists(
                eb
                  .selectFrom('ticket_followers as f')
                  .select('f.user_id')
                  .whereRef('f.ticket_id', '=', 't.id')
                  .where('f.user_id', '=', userId),
              ),
            ]),
          )
          .orderBy('t.created_at', 'desc')
          .orderBy('t.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        db
          .selectFrom('tickets as t')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where((eb) =>
            eb.or([
              eb('t.user_id', '=', userId),
              eb.exists(
                eb
                  .selectFrom('ticket_followers as f')
                  .select('f.user_id')
                  .whereRef('f.ticket_id', '=', 't.id')
                  .where('f.user_id', '=', userId),
              ),
            ]),
          )
          .executeTakeFirstOrThrow(),
      ])
      const items = (rows as TicketRow[]).map(
        (r): TicketListRow => ({ ...r, relation: r.user_id === userId ? 'own' : 'following' }),
      )
      return { items, total: Number(count.n) }
    },

    /** The staff queue / Open311 list: filtered, newest first or (`sort: 'due'`) earliest deadline first. */
    async list(f: TicketFilter) {
      const sorted =
        f.sort === 'due'
          ? filtered(f).orderBy('t.due_at', 'asc').orderBy('t.id', 'asc')
          : filtered(f).orderBy('t.created_at', 'desc').orderBy('t.id', 'desc')
      const [rows, count] = await Promise.all([
        sorted
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        filtered(f)
          .clearSelect()
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ])
      return { items: rows as TicketRow[], total: Number(count.n) }
    },

    /** Recent open tickets in a category or district: candidates for the similar-text check. */
    async similarCandidates(serviceCode: string | undefined, districtCode: string | undefined, limit = 300) {
      if (!serviceCode && !districtCode) return []
      return (await base()
        .where('t.status', 'in', ['submitted', 'accepted', 'assigned', 'returned', 'reopened'])
        .where((eb) => {
          const ors = []
          if (serviceCode) ors.push(eb('t.service_code', '=', serviceCode))
          if (districtCode) ors.push(eb('t.district_code', '=', districtCode))
          return eb.or(ors)
        })
        .orderBy('t.created_at', 'desc')
        .limit(limit)
        .execute()) as TicketRow[]
    },

    /** A ticket by its tracking token (Open311 tokens). */
    async findByTrackingToken(token: string): Promise<TicketRow | undefined> {
      return (await base().where('t.tracking_token', '=', token).executeTakeFirst()) as TicketRow | undefined
    },

    /** Every ticket a resident filed, oldest first (the export). */
    async listOwnedBy(userId: number): Promise<TicketRow[]> {
      return (await base().where('t.user_id', '=', userId).orderBy('t.id').execute()) as TicketRow[]
    },

    /** The tickets a resident follows (我也遇到了), as references, oldest follow first (the export). */
    async followedBy(userId: number) {
      return db
        .selectFrom('ticket_followers as f')
        .innerJoin('tickets as t', 't.id', 'f.ticket_id')
        .select(['t.ref', 't.tracking_token', 't.title', 't.status', 'f.created_at'])
        .where('f.user_id', '=', userId)
        .orderBy('f.created_at')
        .orderBy('t.id')
        .execute()
    },

    /**
     * In the erasure transaction: removes a resident from every ticket they follow. The counter drops with each
     * deleted row in the same statement, so `followers_count` still equals the number of rows.
     */
    async unfollowAll(userId: number): Promise<number> {
      const { rows } = await sql<{ id: string }>`
        WITH gone AS (DELETE FROM ticket_followers WHERE user_id = ${userId} RETURNING ticket_id)
        UPDATE tickets t SET followers_count = t.followers_count - 1
        FROM gone WHERE t.id = gone.ticket_id
        RETURNING t.id`.execute(db)
      return rows.length
    },

    /**
     * In the erasure transaction: the resident's tickets stay, because a department is handling them and the
     * public record of a complaint (category, district, town, title, description, timeline, replies, every rating
     * in ticket_ratings with its comment — the resident's text, kept like the description) is not the resident's
     * identity; ticket_ratings has no user column, so unlinking the ticket unlinks its ratings. What identifies or
     * reaches the person goes: the link to the user, the contact phone and the address detail; the map point is
     * coarsened to 3 decimals (~100 m, what Open311 already publishes).
     * `reporter_erased_at` tells staff why the ticket has no reporter. Returns how many tickets were changed.
     */
    async detachErasedReporter(userId: number): Promise<number> {
      const rows = await db
        .updateTable('tickets')
        .set({
          user_id: null,
          contact_phone: null,
          address: null,
          lat: sql<number | null>`round(lat::numeric, 3)::double precision`,
          lng: sql<number | null>`round(lng::numeric, 3)::double precision`,
          reporter_erased_at: sql<Date>`now()`,
          updated_at: sql<Date>`now()`,
        })
        .where('user_id', '=', userId)
        .returning('id')
        .execute()
      return rows.length
    },

    /** Whether any seeded demo ticket exists. */
    async hasSeedTickets(): Promise<boolean> {
      const row = await db.selectFrom('tickets').select('id').where('source', '=', 'seed').limit(1).executeTakeFirst()
      return row !== undefined
    },
  }
}

/** Notification support for 12345 (server/services/hotline/notify.ts): followers and message links. */
export function ticketNoticesRepository(db: Kysely<Database>) {
  return {
    /** Users following a ticket. */
    async followerIds(ticketId: string): Promise<number[]> {
      const rows = await db.selectFrom('ticket_followers').select('user_id').where('ticket_id', '=', ticketId).execute()
      return rows.map((r) => r.user_id)
    },

    /** Refs, owners and tracking tokens of tickets, for message links. */
    async linkRows(ids: readonly string[]) {
      if (ids.length === 0) return []
      return db
        .selectFrom('tickets')
        .select(['id', 'ref', 'user_id', 'tracking_token'])
        .where(
          'id',
          'in',
          ids.filter((id) => /^\d{1,18}$/.test(id)),
        )
        .execute()
    },
  }
}
