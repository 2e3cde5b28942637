import { Button } from '@nutui/nutui-react-taro'
import type { GovButtonProps } from './gov-button'

/** weapp: NutUI Button in the government theme. */
export function GovButton({
  children,
  onClick,
  variant = 'primary',
  block,
  disabled,
  loading,
  ariaLabel,
  className,
}: GovButtonProps) {
  const classes = ['gov-button', `gov-button--${variant}`, block ? 'gov-button--block' : '', className ?? '']
  return (
    <Button
      className={classes.filter(Boolean).join(' ')}
      type={variant === 'primary' || variant === 'danger' ? 'primary' : 'default'}
      fill={variant === 'text' ? 'none' : variant === 'secondary' ? 'outline' : 'solid'}
      block={block}
      disabled={disabled}
      loading={loading}
      aria-label={ariaLabel}
      onClick={() => onClick?.()}
    >
      {children}
    </Button>
  )
}
