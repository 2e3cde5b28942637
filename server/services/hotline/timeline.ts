import { TICKET_STATUS_BADGES, type TicketStatus } from '../../../types/hotline-states'
import type { TimelineProvider } from '../../platform/timeline'
import { ticketsTimelineRepository } from '../../repositories/tickets-timeline'

/** 12345 in 我的 办事记录: each ticket the resident filed, with its status badge; the row opens the ticket. */
export const ticketsTimelineProvider: TimelineProvider = {
  kind: 'ticket',
  async list(db, userId, bound, limit) {
    const rows = await ticketsTimelineRepository(db).forUser(userId, bound, limit)
    return rows.map((t) => {
      const status = t.status as TicketStatus
      return {
        kind: 'ticket',
        kindLabel: '12345 工单',
        title: t.title,
        status,
        statusLabel: TICKET_STATUS_BADGES.labels[status] ?? status,
        tone: TICKET_STATUS_BADGES.tones[status] ?? 'muted',
        updatedAt: t.updated_at.toISOString(),
        link: { kind: 'ticket', id: t.ref },
        at: t.at,
      }
    })
  },
}
