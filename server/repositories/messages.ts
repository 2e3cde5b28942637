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
  title: string
  body: string
  user_id: number
  wechat_openid: string | null
  user_phone: string | null
  ticket_ref: string | null
  ticket_status: string | null
  contact_phone: string | null
  created_at: Date
}

/** SQL for `messages` (in-app notifications) and `notification_deliveries` (WeChat/SMS). */
export function messagesRepository(db: Kysely<Database>) {
  return {
    /** Inserts one message per user; returns ids in the same order. */
    async insertMany(rows: { user_id: number; ticket_id: string | null; title: string; body: string }[]) {
      if (rows.length === 0) return []
      return db
        .insertInto('messages')
        .values(
          rows.map((r) => ({
            ...r,
            ...(r.ticket_id !== null
              ? { kind: 'ticket.status', subject_kind: 'ticket', subject_id: String(r.ticket_id) }
              : {}),
          })),
        )
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
     * Uses up one WeChat subscribe-message grant for a ticket. The conditional UPDATE is the whole check, so two
     * status changes at once cannot both spend the last grant (WeChat would refuse the second with 43101).
     */
    async consumeSubscription(ticketId: string, userId: number, templateId: string): Promise<boolean> {
      const row = await db
        .updateTable('subscribe_grants')
        .set((eb) => ({ remaining: eb('remaining', '-', 1) }))
        .where('subject_kind', '=', 'ticket')
        .where('subject_id', '=', String(ticketId))
        .where('user_id', '=', userId)
        .where('template_id', '=', templateId)
        .where('remaining', '>', 0)
        .returning('remaining')
        .executeTakeFirst()
      return row !== undefined
    },

    /** Records grants the resident accepted in wx.requestSubscribeMessage for a ticket (each allows one message). */
    async addSubscription(ticketId: string, userId: number, templateId: string): Promise<void> {
      await db
        .insertInto('subscribe_grants')
        .values({
          subject_kind: 'ticket',
          subject_id: String(ticketId),
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

    /** A page of a user's messages, newest first, with totals. */
    async listForUser(userId: number, page: number, pageSize: number) {
      const [items, counts] = await Promise.all([
        db
          .selectFrom('messages as m')
          .leftJoin('tickets as t', 't.id', 'm.ticket_id')
          .select(['m.id', 'm.title', 'm.body', 't.ref as ticket_ref', 'm.created_at', 'm.read_at'])
          .select(
            sql<string | null>`case when t.user_id is distinct from m.user_id then t.tracking_token end`.as(
              'tracking_token',
            ),
          )
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
      return { items: items as MessageListRow[], total: Number(counts.total), unread: Number(counts.unread) }
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

    /** Deliveries with everything needed to send them. */
    async deliveryJobs(ids: readonly string[]): Promise<DeliveryJob[]> {
      if (ids.length === 0) return []
      return (await db
        .selectFrom('notification_deliveries as n')
        .innerJoin('messages as m', 'm.id', 'n.message_id')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .leftJoin('tickets as t', 't.id', 'm.ticket_id')
        .select([
          'n.id',
          'n.channel',
          'n.attempts',
          'm.title',
          'm.body',
          'm.user_id',
          'u.wechat_openid',
          'u.phone as user_phone',
          't.ref as ticket_ref',
          't.status as ticket_status',
          't.contact_phone',
          'm.created_at',
        ])
        .where('n.id', 'in', ids)
        .where('n.status', '=', 'pending')
        .execute()) as DeliveryJob[]
    },

    /** Records the outcome of one attempt. */
    async finishDelivery(id: string, status: 'sent' | 'failed' | 'skipped', error: string | null): Promise<void> {
      await db
        .updateTable('notification_deliveries')
        .set((eb) => ({
          status,
          attempts: eb('attempts', '+', 1),
          last_error: error ? error.slice(0, 500) : null,
          sent_at: status === 'sent' ? sql<Date>`now()` : null,
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
