import './gov-forms.scss'
/** One step of a {@link GovTimeline}. */
export interface GovTimelineItem {
  key: string
  title: string
  /** When it happened (already formatted), or empty for a step still to come. */
  time?: string
  note?: string
  state: 'done' | 'current' | 'todo' | 'alert'
}

/** Props of {@link GovTimeline}. */
export interface GovTimelineProps {
  label: string
  items: GovTimelineItem[]
}

const STATE_TEXT = { done: '已完成', current: '当前', todo: '未开始', alert: '' } as const

/** A vertical status timeline (an ordered list; the state is said in words as well as drawn). */
export function GovTimeline({ label, items }: GovTimelineProps) {
  return (
    <ol className="gov-timeline" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={`gov-timeline__item gov-timeline__item--${item.state}`}>
          <span className="gov-timeline__dot" aria-hidden="true" />
          <div className="gov-timeline__body">
            <p className="gov-timeline__title">
              {item.title}
              {STATE_TEXT[item.state] ? (
                <span className="gov-visually-hidden">（{STATE_TEXT[item.state]}）</span>
              ) : null}
            </p>
            {item.time ? <p className="gov-timeline__time">{item.time}</p> : null}
            {item.note ? <p className="gov-timeline__note">{item.note}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
