/** Props of {@link GovLoading}. */
export interface GovLoadingProps {
  /** How many skeleton rows to draw. */
  rows?: number
  /** Read out to screen readers. */
  label?: string
}

/** Loading skeleton: grey bars shaped like the content that is coming, announced as "正在加载". */
export function GovLoading({ rows = 3, label = '正在加载…' }: GovLoadingProps) {
  return (
    <div className="gov-loading" role="status" aria-live="polite" aria-busy="true">
      <span className="gov-visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows.
        <div className="gov-loading__row" key={i} aria-hidden="true">
          <div className="gov-loading__bar gov-loading__bar--title" />
          <div className="gov-loading__bar" />
        </div>
      ))}
    </div>
  )
}
