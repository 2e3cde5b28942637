import type { StatusBadgeStates, StatusTone } from '../../types/status-tones'
import './gov-list.scss'

/** Props of {@link GovStatusBadge}. */
export interface GovStatusBadgeProps {
  /** The status in words. */
  label: string
  /** Its colour, as the feature's states file declares it (`types/<feature>-states.ts`). */
  tone: StatusTone
}

/**
 * A status in words on a coloured pill (工单 已受理, 报名 已确认 …). Every feature's statuses look the same: the tone
 * comes from the feature's states file, never from the page. Colours keep ≥ 4.5:1 contrast.
 */
export function GovStatusBadge({ label, tone }: GovStatusBadgeProps) {
  return <span className={`gov-status gov-status--${tone}`}>{label}</span>
}

/**
 * The badge of `status` from a feature's states (`TICKET_STATUS_BADGES`), preferring the label the server sent.
 * An unknown status (a newer server) shows its code on a grey badge instead of breaking the row.
 */
export function statusBadge<S extends string>(
  states: StatusBadgeStates<S>,
  status: S,
  serverLabel?: string | null,
): GovStatusBadgeProps {
  return { label: serverLabel || states.labels[status] || status, tone: states.tones[status] ?? 'muted' }
}
