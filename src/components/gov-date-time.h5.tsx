import type { GovDateTimeProps } from './gov-date-time'
import './gov-forms.scss'

/** H5: the browser's own date-time input (keyboard-operable, localised). */
export function GovDateTime({ id, label, value, onChange, max, hint, error }: GovDateTimeProps) {
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
      <input
        id={id}
        name={id}
        type="datetime-local"
        className="gov-field__input"
        value={value}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p className="gov-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
