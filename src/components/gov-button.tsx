import type { ReactNode } from 'react'

/** Props of {@link GovButton}. */
export interface GovButtonProps {
  children: ReactNode
  onClick?: () => void
  variant?: 'primary' | 'secondary' | 'danger' | 'text'
  block?: boolean
  disabled?: boolean
  loading?: boolean
  /** Accessible name when the visible text is not enough. */
  ariaLabel?: string
  /** `submit` inside a form (H5); on weapp `onClick` is always used. */
  type?: 'button' | 'submit'
  className?: string
}

/**
 * The app's button. H5: a real `<button>` (Taro's H5 Button is a `div` that reacts to touch only, so mouse and
 * keyboard users could not use it); weapp: NutUI Button. Platform files beside this one.
 */
export declare function GovButton(props: GovButtonProps): JSX.Element
