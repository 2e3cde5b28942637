import { useEffect, useRef, useState } from 'react'
import type { GovSearchBarProps } from './gov-search-bar'
import './gov-list.scss'

/**
 * H5: a search form with a real label, Enter submits, and a clear button. While an input method is composing
 * (拼音 being typed, compositionstart → compositionend) the box shows the draft but `onChange` is not called: the
 * page would otherwise search for "gong'ji" letters on every keystroke. The composed text is reported once, at
 * compositionend (some browsers send one more input event after it, with the same text).
 */
export function GovSearchBar({
  id,
  label,
  value,
  onChange,
  onSubmit,
  placeholder,
  focusSignal,
  maxLength = 200,
}: GovSearchBarProps) {
  const input = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState<string | null>(null)
  useEffect(() => {
    if (focusSignal) input.current?.focus()
  }, [focusSignal])
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the browsers we support; role=search is equivalent.
    <form
      className="gov-search-bar"
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit?.(draft ?? value)
      }}
    >
      <label className="gov-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <span className="gov-search-bar__icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={input}
        id={id}
        className="gov-search-bar__input"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={maxLength}
        placeholder={placeholder}
        value={draft ?? value}
        onCompositionStart={(event) => setDraft(event.currentTarget.value)}
        onCompositionEnd={(event) => {
          setDraft(null)
          onChange(event.currentTarget.value)
        }}
        onChange={(event) => {
          if (draft !== null) setDraft(event.target.value)
          else onChange(event.target.value)
        }}
      />
      {(draft ?? value) ? (
        <button
          type="button"
          className="gov-search-bar__clear"
          aria-label="清除搜索内容"
          onClick={() => {
            setDraft(null)
            onChange('')
            input.current?.focus()
          }}
        >
          ×
        </button>
      ) : null}
    </form>
  )
}
