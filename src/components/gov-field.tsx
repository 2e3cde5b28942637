/** Props of {@link GovField}. */
export interface GovFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Chinese error shown right under the field. */
  error?: string
  /** Hint under the label (format, e.g. 11 位手机号). */
  hint?: string
  type?: 'text' | 'tel' | 'password' | 'number'
  inputMode?: 'numeric' | 'tel' | 'text'
  maxLength?: number
  autoComplete?: string
  placeholder?: string
  /** Enter in this field (the last one of a form) submits. */
  onEnter?: () => void
  /** Something beside the input (e.g. 获取验证码). */
  addon?: React.ReactNode
}

/** The typed text: `event.target.value` in the browser, `event.detail.value` from the mini-program's input. */
function typedValue(event: { target: unknown; detail?: unknown }): string {
  const detail = event.detail as { value?: unknown } | undefined
  if (detail && typeof detail.value === 'string') return detail.value
  return (event.target as HTMLInputElement).value
}

/**
 * A labelled text field with its hint and its error next to it (`aria-invalid`, `aria-describedby`), so errors are
 * read out with the field they belong to.
 */
export function GovField(props: GovFieldProps) {
  const {
    id,
    label,
    value,
    onChange,
    error,
    hint,
    type = 'text',
    inputMode,
    maxLength,
    autoComplete,
    placeholder,
  } = props
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
      <div className="gov-field__row">
        <input
          id={id}
          name={id}
          className="gov-field__input"
          type={type}
          inputMode={inputMode}
          maxLength={maxLength}
          autoComplete={autoComplete}
          placeholder={placeholder}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onChange(typedValue(event))}
          onChange={(event) => onChange(typedValue(event))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && props.onEnter) {
              event.preventDefault()
              props.onEnter()
            }
          }}
        />
        {props.addon}
      </div>
      {error ? (
        <p className="gov-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
