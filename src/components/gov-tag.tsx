import type { ReactNode } from 'react'
import './gov-list.scss'

/** Props of {@link GovTag}. */
export interface GovTagProps {
  children: ReactNode
  /** success = good news (全程网办, 不收费); primary = the app red; muted = grey. */
  tone?: 'success' | 'primary' | 'muted' | 'warning'
}

/** A small label (全程网办, 市级, 个人). Colours keep ≥ 4.5:1 contrast. */
export function GovTag({ children, tone = 'muted' }: GovTagProps) {
  return <span className={`gov-tag gov-tag--${tone}`}>{children}</span>
}
