import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'
import type { NotificationDeliveriesTable } from '../db/schema-hotline'

/** A message row with its ticket's ref. */
export interface MessageRow {
  id: string
  title: string
  body: string
  ticket_ref: string | null
  created_at: Date
  read_at: Date | null
}

/**
 * A row of the messages list: also the ticket's tracking token when the ticket is not the user's own (they follow
 * it, or their ticket was merged into it), since its owner-only page would answer 404 and the public tracking view
 * is the one they can open. `null` for their own tickets and for messages without a ticket.
 */
export interface MessageListRow extends MessageRow {
  tracking_token: string | null
}

/** What a delivery needs to be sent. */
export interface DeliveryJob {
  id: string
  channel: NotificationDeliveriesTable['channel']
  attempts: number
  kind: string | null
  subject_kind: string | null
  subject_id: string | null
  data: Record<string, string>
  title: string
  body: string
  user_id: number
  wechat_openid: string | null
  user_phone: string | null
  created_at: Date
}

/** A new in-app message of a notification kind about a subject. */
export interface NewMessage {
  user_id: number
  kind: string
  subject_kind: string
  subject_id: string
  /** The 12345 ticket id when the subject is a ticket (its own foreign key, ON DELETE CASCADE). */
  ticket_id: string | null
  data: Record<string, string>
  title: string
  body: string
}

/** SQL for `messages` (in-app notifications) and `notification_deliveries` (WeChat/SMS). */
export function messagesRepository(db: Kysely<Database>) {
  return {
    /** Inserts messages; returns ids with their users, in the same order. */
    async insertMany(rows: NewMessage[]) {
      if (rows.length === 0) return []
      return db
        .insertInto('messages')
        .values(rows.map((r) => ({ ...r, data: JSON.stringify(r.data) })))
        .returning(['id', 'user_id'])
        .execute()
    },

    /** Queues an outside delivery of a message. */
    async queueDelivery(messageId: string, channel: NotificationDeliveriesTable['channel']): Promise<string> {
      const row = await db
        .insertInto('notification_deliveries')
        .values({ message_id: messageId, channel })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },

    /**
     * Uses up one WeChat subscribe-message grant for a subject. The conditional UPDATE is the whole check, so two
     * notices at once cannot both spend the last grant (WeChat would refuse the second with 43101).
     */
    async consumeGrant(subjectKind: string, subjectId: string, userId: number, templateId: string): Promise<boolean> {
      const row = await db
        .updateTable('subscribe_grants')
        .set((eb) => ({ remaining: eb('remaining', '-', 1) }))
        .where('subject_kind', '=', subjectKind)
        .where('subject_id', '=', String(subjectId))
        .where('user_id', '=', userId)
        .where('template_id', '=', templateId)
        .where('remaining', '>', 0)
        .returning('remaining')
        .executeTakeFirst()
      return row !== undefined
    },

    /** Records a grant the resident accepted in wx.requestSubscribeMessage for a subject (each allows one message). */
    async addGrant(subjectKind: string, subjectId: string, userId: number, templateId: string): Promise<void> {
      await db
        .insertInto('subscribe_grants')
        .values({
          subject_kind: subjectKind,
          subject_id: String(subjectId),
          user_id: userId,
          template_id: templateId,
          remaining: 1,
        })
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'subject_kind', 'subject_id', 'template_id'])
            .doUpdateSet({ remaining: sql`least(subscribe_grants.remaining + 1, 20)` }),
        )
        .execute()
    },

    /** Kinds the user opted out of (outside channels). */
    async optOuts(userId: number): Promise<string[]> {
      const rows = await db
        .selectFrom('notification_opt_outs')
        .select('kind')
        .where('user_id', '=', userId)
        .orderBy('kind')
        .execute()
      return rows.map((r) => r.kind)
    },

    /** Replaces the user's opt-outs with `kinds`. */
    async setOptOuts(userId: number, kinds: readonly string[]): Promise<void> {
      await db.deleteFrom('notification_opt_outs').where('user_id', '=', userId).execute()
      if (kinds.length > 0)
        await db
          .insertInto('notification_opt_outs')
          .values(kinds.map((kind) => ({ user_id: userId, kind })))
          .onConflict((oc) => oc.doNothing())
          .execute()
    },

    /** A recipient's WeChat openid (null: signed in by SMS, or erased); undefined when there is no such user. */
    async recipientOpenid(userId: number): Promise<string | null | undefined> {
      const row = await db.selectFrom('users').select('wechat_openid').where('id', '=', userId).executeTakeFirst()
      return row ? row.wechat_openid : undefined
    },

    /** Whether the user opted out of a kind. */
    async optedOut(userId: number, kind: string): Promise<boolean> {
      const row = await db
        .selectFrom('notification_opt_outs')
        .select('kind')
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .executeTakeFirst()
      return row !== undefined
    },

    /**
     * A page of a user's messages, newest first, with totals. Only `messages`: what a subject's link looks like (a
     * ticket's ref and tracking token) is added by the subject's feature (server/platform/notifications/subjects.ts).
     */
    async listForUser(userId: number, page: number, pageSize: number) {
      const [items, counts] = await Promise.all([
        db
          .selectFrom('messages as m')
          .select([
            'm.id',
            'm.title',
            'm.body',
            'm.kind',
            'm.subject_kind',
            'm.subject_id',
            'm.created_at',
            'm.read_at',
          ])
          .where('m.user_id', '=', userId)
          .orderBy('m.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        db
          .selectFrom('messages')
          .select((eb) => [
            eb.fn.countAll<string>().as('total'),
            eb.fn.count<string>('id').filterWhere('read_at', 'is', null).as('unread'),
          ])
          .where('user_id', '=', userId)
          .executeTakeFirstOrThrow(),
      ])
      return { items, total: Number(counts.total), unread: Number(counts.unread) }
    },

    /** Marks one of the user's messages read; false when it is not theirs. */
    async markRead(userId: number, id: string): Promise<boolean> {
      const row = await db
        .updateTable('messages')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', sql<Date>`now()`) }))
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .returning('id')
        .executeTakeFirst()
      return row !== undefined
    },

    /** Marks every unread message of the user read; returns how many were unread. */
    async markAllRead(userId: number): Promise<number> {
      const result = await db
        .updateTable('messages')
        .set({ read_at: sql<Date>`now()` })
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },

    /** Every message of a user, oldest first (the export). */
    async allForUser(userId: number): Promise<MessageRow[]> {
      return (await db
        .selectFrom('messages as m')
        .leftJoin('tickets as t', 't.id', 'm.ticket_id')
        .select(['m.id', 'm.title', 'm.body', 't.ref as ticket_ref', 'm.created_at', 'm.read_at'])
        .where('m.user_id', '=', userId)
        .orderBy('m.id')
        .execute()) as MessageRow[]
    },

    /** A user's WeChat subscribe-message grants per ticket (the export). */
    async subscriptionsForUser(userId: number) {
      return db
        .selectFrom('subscribe_grants as s')
        .innerJoin('tickets as t', (join) =>
          join.on('s.subject_kind', '=', 'ticket').on(sql`t.id::text`, '=', sql.ref('s.subject_id')),
        )
        .select(['t.ref as ticket_ref', 's.template_id', 's.remaining'])
        .where('s.user_id', '=', userId)
        .orderBy('t.id')
        .orderBy('s.template_id')
        .execute()
    },

    /**
     * In the erasure transaction: deletes a user's messages (their deliveries go with them, ON DELETE CASCADE, so a
     * queued SMS is never sent after the account is gone) and subscribe-message grants.
     */
    async deleteForUser(userId: number): Promise<{ messages: number; subscriptions: number }> {
      const subscriptions = await db.deleteFrom('subscribe_grants').where('user_id', '=', userId).executeTakeFirst()
      const messages = await db.deleteFrom('messages').where('user_id', '=', userId).executeTakeFirst()
      await db.deleteFrom('notification_opt_outs').where('user_id', '=', userId).execute()
      return { messages: Number(messages.numDeletedRows), subscriptions: Number(subscriptions.numDeletedRows) }
    },

    /**
     * Takes one delivery for an attempt, with everything needed to send it, if it is due: never tried, or failed
     * with its next attempt due. Taking it moves `next_attempt_at` a lease ahead, so a second process (or a
     * duplicate job: delivery is at least once) finds it not due and leaves it; a process that dies mid-send leaves
     * it due again when the lease ends.
     */
    async claimDelivery(id: string, leaseSeconds: number): Promise<DeliveryJob | undefined> {
      const claimed = await db
        .updateTable('notification_deliveries')
        .set({
          next_attempt_at: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .where((eb) =>
          eb.or([
            eb.and([
              eb('status', '=', 'pending'),
              eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
            ]),
            eb.and([eb('status', '=', 'failed'), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
          ]),
        )
        .returning('id')
        .executeTakeFirst()
      if (!claimed) return undefined
      return (await db
        .selectFrom('notification_deliveries as n')
        .innerJoin('messages as m', 'm.id', 'n.message_id')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select([
          'n.id',
          'n.channel',
          'n.attempts',
          'm.kind',
          'm.subject_kind',
          'm.subject_id',
          'm.data',
          'm.title',
          'm.body',
          'm.user_id',
          'u.wechat_openid',
          'u.phone as user_phone',
          'm.created_at',
        ])
        .where('n.id', '=', id)
        .executeTakeFirst()) as DeliveryJob | undefined
    },

    /** Deliveries due for an attempt whose wake-up job may be lost (a process died); oldest first. */
    async dueDeliveries(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('notification_deliveries')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([
              eb('status', '=', 'pending'),
              eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
            ]),
            eb.and([eb('status', '=', 'failed'), eb('next_attempt_at', '<=', sql<Date>`now()`)]),
          ]),
        )
        .orderBy('id')
        .limit(limit)
        .execute()
      return rows.map((r) => r.id)
    },

    /**
     * Records the outcome of one attempt. `failed` with `nextAttemptAt` means a retry is scheduled; without, the
     * delivery is given up.
     */
    async finishDelivery(
      id: string,
      status: 'sent' | 'failed' | 'skipped',
      error: string | null,
      nextAttemptAt: Date | null = null,
    ): Promise<void> {
      await db
        .updateTable('notification_deliveries')
        .set((eb) => ({
          status,
          attempts: status === 'skipped' ? eb.ref('attempts') : eb('attempts', '+', 1),
          last_error: error ? error.slice(0, 500) : null,
          sent_at: status === 'sent' ? sql<Date>`now()` : null,
          next_attempt_at: nextAttemptAt,
          updated_at: sql<Date>`now()`,
        }))
        .where('id', '=', id)
        .execute()
    },

    /** Deliveries of a user's messages (tests and support). */
    async deliveriesForUser(userId: number) {
      return db
        .selectFrom('notification_deliveries as n')
        .innerJoin('messages as m', 'm.id', 'n.message_id')
        .select(['n.id', 'n.channel', 'n.status', 'n.attempts', 'n.last_error', 'm.title'])
        .where('m.user_id', '=', userId)
        .orderBy('n.id')
        .execute()
    },
  }
}
