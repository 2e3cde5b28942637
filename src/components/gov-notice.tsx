import type { ReactNode } from 'react'

/** Props of {@link GovNotice}. */
export interface GovNoticeProps {
  /** e.g. "政府开放日报名即将上线". */
  title: string
  /** What the feature will do, in one or two sentences. */
  description: string
  /** What the resident will be able to do, one line each. */
  points?: string[]
  /** Actions that already work (e.g. call 12345). */
  children?: ReactNode
}

/** Honest placeholder card for a feature that is not built yet: says what it will do and what works meanwhile. */
export function GovNotice({ title, description, points, children }: GovNoticeProps) {
  return (
    <section className="gov-notice" aria-label={title}>
      <span className="gov-notice__badge">即将上线</span>
      <h2 className="gov-notice__title">{title}</h2>
      <p className="gov-notice__text">{description}</p>
      {points?.length ? (
        <ul className="gov-notice__list">
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ) : null}
      {children ? <div className="gov-notice__actions">{children}</div> : null}
    </section>
  )
}
