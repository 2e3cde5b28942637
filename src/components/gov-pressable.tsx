import type { ReactNode } from 'react'

/** Props of {@link GovPressable}. */
export interface GovPressableProps {
  children: ReactNode
  onClick?: () => void
  className?: string
  /** Accessible name when the visible text is not enough. */
  ariaLabel?: string
  /** For toggles (facet chips, 收藏). */
  pressed?: boolean
  /** For disclosure buttons (示范文本, 筛选). */
  expanded?: boolean
  /** The id of what `expanded` shows. */
  controls?: string
  disabled?: boolean
}

/**
 * An unstyled tappable area: a list row, a chip, a disclosure. H5: a real `<button>` (keyboard, screen readers);
 * weapp: a view with press feedback (the native button carries its own border and padding). Platform files beside
 * this one.
 */
export declare function GovPressable(props: GovPressableProps): JSX.Element
