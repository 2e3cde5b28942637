import type { GovPressableProps } from './gov-pressable'
import './gov-list.scss'

/** H5: a native button without the button look. */
export function GovPressable({
  children,
  onClick,
  className,
  ariaLabel,
  pressed,
  expanded,
  controls,
  disabled,
}: GovPressableProps) {
  return (
    <button
      type="button"
      className={`gov-pressable${className ? ` ${className}` : ''}`}
      onClick={onClick}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={controls}
      disabled={disabled}
    >
      {children}
    </button>
  )
}
