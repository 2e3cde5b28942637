import { formatDate } from '../../../lib/format'

const HOUR = 3600_000
const DAY = 24 * HOUR

/** A countdown to a deadline as a resident reads it. */
export interface DeadlineText {
  /** e.g. `剩余 3 天`, `剩余 5 小时`, `已超期 2 天`. */
  text: string
  overdue: boolean
  /** e.g. `2026年12月4日前`. */
  dateText: string
}

/**
 * Countdown to `dueAt`. Overdue is said plainly (已超期 N 天/小时), never hidden behind a colour; `overdue` from the
 * server wins when it says so (it knows about working days and pauses).
 */
export function describeDeadline(
  dueAt: string | null | undefined,
  now = new Date(),
  serverOverdue?: boolean,
): DeadlineText | null {
  if (!dueAt) return null
  const due = Date.parse(dueAt)
  if (Number.isNaN(due)) return null
  const left = due - now.getTime()
  const dateText = `${formatDate(dueAt)}前`
  if (left < 0 || serverOverdue) {
    const late = Math.max(0, -left)
    const text =
      late < DAY ? `已超期 ${Math.max(1, Math.ceil(late / HOUR))} 小时` : `已超期 ${Math.floor(late / DAY)} 天`
    return { text, overdue: true, dateText }
  }
  const text = left < DAY ? `剩余 ${Math.max(1, Math.ceil(left / HOUR))} 小时` : `剩余 ${Math.ceil(left / DAY)} 天`
  return { text, overdue: false, dateText }
}
