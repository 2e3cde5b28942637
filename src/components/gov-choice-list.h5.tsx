import type { GovChoiceListProps } from './gov-choice-list'
import './gov-forms.scss'

/** H5: fieldset + legend + native radios/checkboxes (arrow keys, Space, screen readers all work). */
export function GovChoiceList({ id, legend, choices, value, onChange, multiple, hint, error }: GovChoiceListProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset
      className={`gov-field gov-choices${error ? ' gov-field--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy}
    >
      <legend className="gov-field__label">{legend}</legend>
      {hint ? (
        <p className="gov-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {choices.map((c) => {
        const inputId = `${id}-${c.value}`
        const checked = value.includes(c.value)
        return (
          <div className={`gov-choice${checked ? ' gov-choice--checked' : ''}`} key={c.value}>
            <input
              id={inputId}
              className="gov-choice__input"
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              value={c.value}
              checked={checked}
              onChange={(event) => {
                if (!multiple) onChange([c.value])
                else onChange(event.target.checked ? [...value, c.value] : value.filter((v) => v !== c.value))
              }}
            />
            <label className="gov-choice__label" htmlFor={inputId}>
              <span className="gov-choice__title">{c.label}</span>
              {c.hint ? <span className="gov-choice__hint">{c.hint}</span> : null}
            </label>
          </div>
        )
      })}
      {error ? (
        <p className="gov-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
