import type { GovButtonProps } from './gov-button'

/** H5: a native button, keyboard- and mouse-operable. */
export function GovButton({
  children,
  onClick,
  variant = 'primary',
  block,
  disabled,
  loading,
  ariaLabel,
  type = 'button',
  className,
}: GovButtonProps) {
  const classes = ['gov-button', `gov-button--${variant}`, block ? 'gov-button--block' : '', className ?? '']
  return (
    <button
      type={type}
      className={classes.filter(Boolean).join(' ')}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      aria-label={ariaLabel}
      onClick={onClick}
    >
      {loading ? '请稍候…' : children}
    </button>
  )
}
