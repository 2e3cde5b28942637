import { GovTimeline, type GovTimelineItem } from '../../../components/gov-timeline'
import { formatDateTime } from '../../../lib/format'
import type { Ticket, TicketStatus } from '../model/contract'
import { STATUS_LABEL, STATUS_PATH } from '../model/states'

const ALERT: readonly TicketStatus[] = ['returned', 'merged', 'reopened']

/**
 * The ticket's history as the server recorded it, followed by the steps still to come on the normal path
 * (submitted → accepted → assigned → replied → closed). Returned, merged and reopened are marked as such.
 */
export function timelineItems(ticket: Pick<Ticket, 'timeline' | 'status'>): GovTimelineItem[] {
  const past: GovTimelineItem[] = ticket.timeline.map((entry, i) => ({
    key: `${entry.at}-${i}`,
    title: entry.label || STATUS_LABEL[entry.status] || entry.status,
    time: formatDateTime(entry.at),
    note: entry.note ?? undefined,
    state: ALERT.includes(entry.status) ? 'alert' : i === ticket.timeline.length - 1 ? 'current' : 'done',
  }))
  if (ticket.status === 'merged' || ticket.status === 'closed') return past
  const reached = new Set(ticket.timeline.map((e) => e.status))
  const lastOnPath = Math.max(-1, ...ticket.timeline.map((e) => STATUS_PATH.indexOf(e.status)))
  const todo = STATUS_PATH.filter((s, i) => i > lastOnPath && !reached.has(s)).map<GovTimelineItem>((s) => ({
    key: `todo-${s}`,
    title: STATUS_LABEL[s],
    state: 'todo',
  }))
  return [...past, ...todo]
}

/** Props of {@link TicketTimeline}. */
export interface TicketTimelineProps {
  ticket: Pick<Ticket, 'timeline' | 'status'>
}

/** The status timeline of a ticket. */
export function TicketTimeline({ ticket }: TicketTimelineProps) {
  return <GovTimeline label="办理进度" items={timelineItems(ticket)} />
}
