import './gov-forms.scss'
/** One answer of a {@link GovSummaryList}. */
export interface GovSummaryRow {
  key: string
  label: string
  value: string
  /** 修改: goes back to the step where this was answered. */
  onChange?: () => void
}

/** Props of {@link GovSummaryList}. */
export interface GovSummaryListProps {
  rows: GovSummaryRow[]
}

/**
 * GOV.UK "check your answers": each answer with its label and a 修改 link back to its step. The 修改 button's
 * accessible name says what it changes (修改 标题).
 */
export function GovSummaryList({ rows }: GovSummaryListProps) {
  return (
    <dl className="gov-summary">
      {rows.map((row) => (
        <div className="gov-summary__row" key={row.key}>
          <dt className="gov-summary__key">{row.label}</dt>
          <dd className="gov-summary__value">{row.value || '未填写'}</dd>
          {row.onChange ? (
            <dd className="gov-summary__action">
              <button type="button" className="gov-link" aria-label={`修改${row.label}`} onClick={row.onChange}>
                修改
              </button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}
