import type { ReactNode } from 'react'

/** Props of {@link GovCellGroup}. */
export interface GovCellGroupProps {
  /** Group heading (an `<h2>`). */
  title?: string
  children: ReactNode
}

/** A white card of rows with an optional heading. */
export function GovCellGroup({ title, children }: GovCellGroupProps) {
  return (
    <section className="gov-cell-group" aria-label={title}>
      {title ? <h2 className="gov-cell-group__title">{title}</h2> : null}
      <div className="gov-cell-group__body">{children}</div>
    </section>
  )
}
