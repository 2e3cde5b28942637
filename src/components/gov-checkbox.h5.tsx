import type { GovCheckboxProps } from './gov-checkbox'

/** H5: native checkbox with a label; the error is tied to it with `aria-describedby`. */
export function GovCheckbox({ id, checked, onChange, children, error }: GovCheckboxProps) {
  const errorId = `${id}-error`
  return (
    <div className={`gov-checkbox${error ? ' gov-checkbox--invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="gov-checkbox__input"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="gov-checkbox__label" htmlFor={id}>
        {children}
      </label>
      {error ? (
        <p className="gov-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
