import type { TicketStatus } from '../model/contract'
import { STATUS_TONE, statusLabel } from '../model/states'

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  status: TicketStatus
  label?: string | null
}

/** A ticket status in words, coloured by its group (open / done / muted). */
export function StatusBadge({ status, label }: StatusBadgeProps) {
  return (
    <span className={`hotline-status hotline-status--${STATUS_TONE[status] ?? 'muted'}`}>
      {statusLabel(status, label)}
    </span>
  )
}
