import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { messagesRepository } from '../../repositories/messages'
import type { TicketRow } from '../../repositories/tickets'
import type { NoticeChange, Notifier } from '../notifications'

/**
 * Every place the 12345 hotline tells someone about a ticket goes through here — the one seam where the notifier
 * is plugged in. Inside the changing transaction {@link TicketNotices.changed} records the in-app messages and
 * queues outside deliveries; after commit {@link TicketNotices.send} hands them to the channels.
 */
export interface TicketNotices {
  /** In the transaction that changes the ticket: messages for the resident and followers, deliveries queued. */
  changed(tx: Kysely<Database>, row: TicketRow, change: NoticeChange): Promise<string[]>
  /** After commit: sends what {@link TicketNotices.changed} queued (never throws). */
  send(deliveries: readonly string[]): void
  /** Records WeChat subscribe grants (one message each) the resident gave for a ticket. */
  grant(tx: Kysely<Database>, ticketId: string, userId: number, templateIds: readonly string[]): Promise<void>
}

/** The hotline's notices over a notifier. */
export function ticketNotices(notifier: Notifier): TicketNotices {
  return {
    changed: (tx, row, change) => notifier.record(tx, row, change),
    send: (deliveries) => notifier.dispatch(deliveries),
    async grant(tx, ticketId, userId, templateIds) {
      for (const templateId of templateIds) await messagesRepository(tx).addSubscription(ticketId, userId, templateId)
    },
  }
}
