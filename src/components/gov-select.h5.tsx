import type { GovSelectProps } from './gov-select'
import './gov-forms.scss'

/** H5: native select, labelled, error tied with aria-describedby. */
export function GovSelect({ id, label, value, options, onChange, placeholder, hint, error, disabled }: GovSelectProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`gov-field${error ? ' gov-field--invalid' : ''}`}>
      <label className="gov-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="gov-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={id}
        className="gov-field__input gov-select"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="gov-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
