import type { ReactNode } from 'react'
import './gov-list.scss'

/** Props of {@link GovCardLink}. */
export interface GovCardLinkProps {
  title: string
  /** Marked with a bar and, for screen readers, “未读：” before the title. */
  unread?: boolean
  /** Right of the title: a `GovStatusBadge`, a count. */
  badge?: ReactNode
  /** Grey lines under the title (a summary, a date). */
  lines?: readonly (string | null | undefined)[]
  onClick?: () => void
}

/**
 * One card of a `<ul className="gov-cards">` list that opens something (a message, a 办事记录 row): a real button,
 * so taps, clicks and the keyboard all open it.
 */
export function GovCardLink({ title, unread = false, badge, lines = [], onClick }: GovCardLinkProps) {
  return (
    <li className={`gov-card${unread ? ' gov-card--unread' : ''}`}>
      <button type="button" className="gov-card__link" onClick={onClick}>
        <span className="gov-card__top">
          <span className="gov-card__title">
            {unread ? <span className="gov-visually-hidden">未读：</span> : null}
            {title}
          </span>
          {badge}
        </span>
        {lines.map((line, i) =>
          line ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed positions of one card.
            <span className="gov-card__meta" key={i}>
              {line}
            </span>
          ) : null,
        )}
      </button>
    </li>
  )
}
