// The few Taro components src/ uses, as plain DOM elements (H5 files mostly use HTML tags through plugin-html).
import type { ReactNode } from 'react'

interface Props {
  className?: string
  children?: ReactNode
  onClick?: () => void
}

export function View({ className, children, onClick }: Props) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: mirrors Taro's View, a div that takes taps.
    <div className={className} onClick={onClick}>
      {children}
    </div>
  )
}

export function Text({ className, children }: Props) {
  return <span className={className}>{children}</span>
}
