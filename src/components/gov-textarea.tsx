import './gov-forms.scss'
/** Props of {@link GovTextarea}. */
export interface GovTextareaProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** The most characters the server accepts; the counter turns red past it (typing is not cut off). */
  limit: number
  /** The fewest characters wanted, said in the hint. */
  min?: number
  hint?: string
  error?: string
  placeholder?: string
  rows?: number
}

/**
 * The mini-program's Textarea cuts input at 140 characters unless `maxlength` is -1; the browser ignores a negative
 * `maxlength`. The limit is enforced by validation instead, so a pasted long text is never silently cut.
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/textarea.html
 */
const NO_NATIVE_LIMIT = { maxlength: -1 } as Record<string, unknown>

function typedValue(event: { target: unknown; detail?: unknown }): string {
  const detail = event.detail as { value?: unknown } | undefined
  if (detail && typeof detail.value === 'string') return detail.value
  return (event.target as HTMLTextAreaElement).value
}

/**
 * A labelled multi-line field with a live character counter (`已输入 12 / 1000 字`). Going over the limit is
 * allowed while typing — pasting a long text must not silently cut it — and shown in the counter and the error.
 */
export function GovTextarea({
  id,
  label,
  value,
  onChange,
  limit,
  min,
  hint,
  error,
  placeholder,
  rows = 6,
}: GovTextareaProps) {
  const count = value.trim().length
  const over = count > limit
  const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
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
      <textarea
        id={id}
        name={id}
        className="gov-field__input gov-textarea"
        rows={rows}
        value={value}
        placeholder={placeholder}
        {...NO_NATIVE_LIMIT}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => onChange(typedValue(event))}
        onChange={(event) => onChange(typedValue(event))}
      />
      <p
        className={`gov-textarea__count${over ? ' gov-textarea__count--over' : ''}`}
        id={`${id}-count`}
        aria-live="polite"
      >
        {over
          ? `已超出 ${count - limit} 字（最多 ${limit} 字）`
          : `已输入 ${count} / ${limit} 字${min && count < min ? `，至少 ${min} 字` : ''}`}
      </p>
      {error ? (
        <p className="gov-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
