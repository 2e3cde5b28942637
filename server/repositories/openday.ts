import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { Database } from '../db/schema'
import type {
  OpendayAttendeesTable,
  OpendayEventsTable,
  OpendayRegistrationsTable,
  OpendaySessionsTable,
} from '../db/schema-openday'

/** An event row with its department. */
export type EventRow = Selectable<OpendayEventsTable> & { department_code: string; department_name: string }
/** A session row. */
export type SessionRow = Selectable<OpendaySessionsTable>
/** A registration row. */
export type RegistrationRow = Selectable<OpendayRegistrationsTable>
/** An attendee as inserted (the registration id is added by {@link opendayRepository}). */
export type AttendeeInsert = Omit<Insertable<OpendayAttendeesTable>, 'registration_id'>

/** An attendee row as the owner's view reads it. */
export type AttendeeRow = Pick<
  Selectable<OpendayAttendeesTable>,
  'registration_id' | 'position' | 'name' | 'id_type' | 'id_masked' | 'entry_code' | 'checked_in_at'
>

const SEATED = ['confirmed', 'offered', 'attended', 'absent'] as const
const ACTIVE = ['applied', 'confirmed', 'waitlisted', 'offered', 'attended', 'absent'] as const

/** Filters of the public list. */
export interface EventListFilter {
  when: 'upcoming' | 'past'
  departmentCode?: string
  /** `[from, to)` of session starts (a calendar month in Asia/Shanghai). */
  startsFrom?: Date
  startsBefore?: Date
  now: Date
  limit: number
  offset: number
}

/**
 * SQL of 政府开放日. The seat rules (docs/design.md §4, issue #11 item 4):
 * - every change of `openday_sessions.registered` is ONE conditional `UPDATE … RETURNING` inside the transaction
 *   that changes the registration, so the counter and the rows move together or not at all;
 * - never count-then-insert: under READ COMMITTED two transactions would both count 99 of 100 and both insert;
 * - `CHECK (registered + reserved <= capacity)` turns any bug into an error instead of an overbooking.
 */
export function opendayRepository(db: Kysely<Database>) {
  const events = () =>
    db
      .selectFrom('openday_events as e')
      .innerJoin('departments as d', 'd.id', 'e.department_id')
      .selectAll('e')
      .select(['d.code as department_code', 'd.name as department_name'])

  return {
    /** Published or finished events for the public list, soonest first (past: latest first), with the total. */
    async listEvents(filter: EventListFilter): Promise<{ rows: EventRow[]; total: number }> {
      let q = events().where('e.status', 'in', ['published', 'finished', 'cancelled'])
      // An event is upcoming while its last session has not ended.
      const lastEnd = sql<Date>`(SELECT max(s.ends_at) FROM openday_sessions s WHERE s.event_id = e.id)`
      const firstStart = sql<Date>`(SELECT min(s.starts_at) FROM openday_sessions s WHERE s.event_id = e.id)`
      q =
        filter.when === 'upcoming'
          ? q.where('e.status', '=', 'published').where(lastEnd, '>=', filter.now)
          : q.where((eb) => eb.or([eb('e.status', '=', 'finished'), eb(lastEnd, '<', filter.now)]))
      if (filter.departmentCode) q = q.where('d.code', '=', filter.departmentCode)
      if (filter.startsFrom && filter.startsBefore) {
        const from = filter.startsFrom
        const to = filter.startsBefore
        q = q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('openday_sessions as s')
              .select('s.id')
              .whereRef('s.event_id', '=', 'e.id')
              .where('s.starts_at', '>=', from)
              .where('s.starts_at', '<', to),
          ),
        )
      }
      const { count } = await q
        .clearSelect()
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .executeTakeFirstOrThrow()
      const rows = (await q
        .orderBy(firstStart, filter.when === 'upcoming' ? 'asc' : 'desc')
        .orderBy('e.id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute()) as EventRow[]
      return { rows, total: Number(count) }
    },

    /** One event with its department (any status; callers decide what the public may see). */
    async findEvent(id: string): Promise<EventRow | undefined> {
      return (await events().where('e.id', '=', id).executeTakeFirst()) as EventRow | undefined
    },

    /** The sessions of these events, by start. */
    async sessionsOf(eventIds: string[]): Promise<SessionRow[]> {
      if (eventIds.length === 0) return []
      return db
        .selectFrom('openday_sessions')
        .selectAll()
        .where('event_id', 'in', eventIds)
        .orderBy('starts_at')
        .orderBy('id')
        .execute()
    },

    /** Waiting parties per session. */
    async waitlistCounts(sessionIds: string[]): Promise<Map<string, number>> {
      if (sessionIds.length === 0) return new Map()
      const rows = await db
        .selectFrom('openday_registrations')
        .select(['session_id', (eb) => eb.fn.countAll<string>().as('count')])
        .where('session_id', 'in', sessionIds)
        .where('status', '=', 'waitlisted')
        .groupBy('session_id')
        .execute()
      return new Map(rows.map((r) => [r.session_id, Number(r.count)]))
    },

    async findSession(id: string): Promise<SessionRow | undefined> {
      return db.selectFrom('openday_sessions').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /**
     * Locks the session row until the transaction ends. Waitlist joins and promotions take it first, so a seat
     * freed by a cancel is either seen by the joiner (who then takes it) or given to the queue the joiner is in.
     * FOR NO KEY UPDATE, not FOR UPDATE: every registration insert holds FOR KEY SHARE on its session row (the foreign
     * key) until it commits, and FOR UPDATE waits for that — a joiner holding the key share and waiting for this lock
     * while a cancel holds this lock and waits for the key share was a deadlock the 200-at-once test found.
     */
    async lockSession(id: string): Promise<SessionRow | undefined> {
      return db.selectFrom('openday_sessions').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst()
    },

    /**
     * Takes `n` public seats if they are free: one conditional UPDATE. Concurrent takers queue on the row lock and
     * PostgreSQL re-checks the WHERE on the row as the previous taker committed it, so the last seat goes to exactly
     * one of them. Returns the new count, or null when the seats are not there (the caller rolls back).
     */
    async takeSeats(sessionId: string, n: number): Promise<number | null> {
      const row = await db
        .updateTable('openday_sessions')
        .set({ registered: sql`registered + ${n}` })
        .where('id', '=', sessionId)
        .where(sql<boolean>`registered + reserved + ${n} <= capacity`)
        .returning('registered')
        .executeTakeFirst()
      return row?.registered ?? null
    },

    /** Gives `n` seats back (cancel, expired offer); the CHECK refuses a count below zero. */
    async releaseSeats(sessionId: string, n: number): Promise<void> {
      await db
        .updateTable('openday_sessions')
        .set({ registered: sql`registered - ${n}` })
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow()
    },

    /**
     * Inserts a registration unless this user already has an active one for the event (partial unique index
     * `openday_registrations_user_once`). On PostgreSQL a concurrent insert of the same (event, user) waits for the
     * first transaction and then does nothing. Returns the id, or null.
     */
    async insertRegistration(values: Insertable<OpendayRegistrationsTable>): Promise<RegistrationRow | null> {
      const row = await db
        .insertInto('openday_registrations')
        .values(values)
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst()
      return row ?? null
    },

    /**
     * Inserts the party's people; a person (id_hash) already active for the event — under another account, or as
     * someone else's companion — is skipped by the partial unique index. Returns the rows inserted; fewer than
     * given means a duplicate person, and the caller rolls back.
     */
    async insertAttendees(registrationId: string, people: AttendeeInsert[]): Promise<AttendeeRow[]> {
      return db
        .insertInto('openday_attendees')
        .values(people.map((p) => ({ ...p, registration_id: registrationId })))
        .onConflict((oc) => oc.doNothing())
        .returning(['registration_id', 'position', 'name', 'id_type', 'id_masked', 'entry_code', 'checked_in_at'])
        .execute()
    },

    /** Which of these id hashes already have an active attendee at the event. */
    async activeIdHashes(eventId: string, hashes: string[]): Promise<string[]> {
      if (hashes.length === 0) return []
      const rows = await db
        .selectFrom('openday_attendees')
        .select('id_hash')
        .where('event_id', '=', eventId)
        .where('active', '=', true)
        .where('id_hash', 'in', hashes)
        .execute()
      return rows.map((r) => r.id_hash)
    },

    /** The user's active registration for an event, if any. */
    async findActiveByUser(eventId: string, userId: number): Promise<RegistrationRow | undefined> {
      return db
        .selectFrom('openday_registrations')
        .selectAll()
        .where('event_id', '=', eventId)
        .where('user_id', '=', userId)
        .where('status', 'in', ACTIVE)
        .executeTakeFirst()
    },

    /** A registration of this user by ref, locked for the transaction (cancel, accept). */
    async lockOwnRegistration(ref: string, userId: number): Promise<RegistrationRow | undefined> {
      return db
        .selectFrom('openday_registrations')
        .selectAll()
        .where('ref', '=', ref)
        .where('user_id', '=', userId)
        .forNoKeyUpdate()
        .executeTakeFirst()
    },

    async findByRef(ref: string): Promise<RegistrationRow | undefined> {
      return db.selectFrom('openday_registrations').selectAll().where('ref', '=', ref).executeTakeFirst()
    },

    /** Sets a registration's status (and the matching timestamps). */
    async setStatus(
      id: string,
      status: Selectable<OpendayRegistrationsTable>['status'],
      extra: { offer_expires_at?: Date | null; cancelled_at?: Date | null; waitlisted_at?: Date | null } = {},
    ): Promise<void> {
      await db
        .updateTable('openday_registrations')
        .set({ status, updated_at: new Date(), ...extra })
        .where('id', '=', id)
        .execute()
    },

    /** Frees the people of a registration for the one-per-person rule (after cancel or expiry). */
    async deactivateAttendees(registrationId: string): Promise<void> {
      await db
        .updateTable('openday_attendees')
        .set({ active: false })
        .where('registration_id', '=', registrationId)
        .execute()
    },

    /**
     * The waiting parties of a session in queue order, locked. Called with the session row already locked, so
     * promotions of one session never run side by side; a waitlisted party being cancelled right now is waited for
     * and then left out (its status is re-checked on the committed row).
     */
    async lockWaitlist(sessionId: string): Promise<{ id: string; party_size: number }[]> {
      return db
        .selectFrom('openday_registrations')
        .select(['id', 'party_size'])
        .where('session_id', '=', sessionId)
        .where('status', '=', 'waitlisted')
        .orderBy('waitlisted_at')
        .orderBy('id')
        .forNoKeyUpdate()
        .execute()
    },

    /** Offers whose confirm window has ended, oldest first (the expiry job walks them). */
    async overdueOffers(now: Date, limit: number): Promise<{ id: string; session_id: string }[]> {
      return db
        .selectFrom('openday_registrations')
        .select(['id', 'session_id'])
        .where('status', '=', 'offered')
        .where('offer_expires_at', '<=', now)
        .orderBy('offer_expires_at')
        .limit(limit)
        .execute()
    },

    /** Locks one registration by id if it is still in `status`. */
    async lockIfStatus(
      id: string,
      status: Selectable<OpendayRegistrationsTable>['status'],
    ): Promise<RegistrationRow | undefined> {
      return db
        .selectFrom('openday_registrations')
        .selectAll()
        .where('id', '=', id)
        .where('status', '=', status)
        .forNoKeyUpdate()
        .executeTakeFirst()
    },

    /** 1-based place of a waiting registration in its session's queue. */
    async waitlistPosition(reg: { session_id: string; waitlisted_at: Date | null; id: string }): Promise<number> {
      const { count } = await db
        .selectFrom('openday_registrations')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('session_id', '=', reg.session_id)
        .where('status', '=', 'waitlisted')
        .where((eb) =>
          eb.or([
            eb('waitlisted_at', '<', reg.waitlisted_at!),
            eb.and([eb('waitlisted_at', '=', reg.waitlisted_at!), eb('id', '<=', reg.id)]),
          ]),
        )
        .executeTakeFirstOrThrow()
      return Number(count)
    },

    /** The user's registrations, newest first. */
    async listByUser(userId: number): Promise<RegistrationRow[]> {
      return db
        .selectFrom('openday_registrations')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    },

    /** The people of these registrations, by position. */
    async attendeesOf(registrationIds: string[]): Promise<AttendeeRow[]> {
      if (registrationIds.length === 0) return []
      return db
        .selectFrom('openday_attendees')
        .select(['registration_id', 'position', 'name', 'id_type', 'id_masked', 'entry_code', 'checked_in_at'])
        .where('registration_id', 'in', registrationIds)
        .orderBy('registration_id')
        .orderBy('position')
        .execute()
    },

    /** Seats held by registrations of a session (the invariant: equals `registered`). */
    async seatedSum(sessionId: string): Promise<number> {
      const { sum } = await db
        .selectFrom('openday_registrations')
        .select(sql<string>`coalesce(sum(party_size), 0)`.as('sum'))
        .where('session_id', '=', sessionId)
        .where('status', 'in', SEATED)
        .executeTakeFirstOrThrow()
      return Number(sum)
    },

    // --- events and sessions (seed now; the staff side later) ---

    async insertEvent(values: Insertable<OpendayEventsTable>): Promise<string> {
      const row = await db.insertInto('openday_events').values(values).returning('id').executeTakeFirstOrThrow()
      return row.id
    },

    async insertSession(values: Insertable<OpendaySessionsTable>): Promise<string> {
      const row = await db.insertInto('openday_sessions').values(values).returning('id').executeTakeFirstOrThrow()
      return row.id
    },

    /** Whether any demo (source 'seed') event exists. */
    async hasSeedEvents(): Promise<boolean> {
      const row = await db
        .selectFrom('openday_events')
        .select('id')
        .where('source', '=', 'seed')
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },

    /** How many demo events there are. */
    async countSeedEvents(): Promise<number> {
      const { count } = await db
        .selectFrom('openday_events')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('source', '=', 'seed')
        .executeTakeFirstOrThrow()
      return Number(count)
    },

    /** Deletes the demo events; sessions, registrations and attendees go with them by cascade. */
    async deleteSeedEvents(): Promise<number> {
      const res = await db.deleteFrom('openday_events').where('source', '=', 'seed').executeTakeFirst()
      return Number(res.numDeletedRows)
    },
  }
}
