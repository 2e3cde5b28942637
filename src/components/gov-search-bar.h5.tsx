import { useEffect, useRef } from 'react'
import type { GovSearchBarProps } from './gov-search-bar'
import './gov-list.scss'

/** H5: a search form with a real label, Enter submits, and a clear button. */
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
        onSubmit?.(value)
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
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {value ? (
        <button
          type="button"
          className="gov-search-bar__clear"
          aria-label="清除搜索内容"
          onClick={() => {
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
