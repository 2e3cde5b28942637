import type { GovCellProps } from './gov-cell'

/** H5: an action row is a real `<button>`; a plain row is a `<div>`. */
export function GovCell({ title, extra, description, onClick, danger }: GovCellProps) {
  const content = (
    <>
      <span className="gov-cell__main">
        <span className="gov-cell__title">{title}</span>
        {description ? <span className="gov-cell__description">{description}</span> : null}
      </span>
      {extra !== undefined ? <span className="gov-cell__extra">{extra}</span> : null}
      {onClick ? (
        <span className="gov-cell__arrow" aria-hidden="true">
          ›
        </span>
      ) : null}
    </>
  )
  const className = `gov-cell${onClick ? ' gov-cell--link' : ''}${danger ? ' gov-cell--danger' : ''}`
  return onClick ? (
    <button type="button" className={className} onClick={onClick}>
      {content}
    </button>
  ) : (
    <div className={className}>{content}</div>
  )
}
