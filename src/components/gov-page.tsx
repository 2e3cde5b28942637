import { useDidHide, useDidShow } from '@tarojs/taro'
import { type ReactNode, useEffect, useState } from 'react'
import { useElderMode } from '../lib/elder-mode/elder-mode'
import { GovSkipLink } from './gov-skip-link'
import './gov.scss'

/** Props of {@link GovPage}. */
export interface GovPageProps {
  /** The page's one `<h1>`. */
  title: string
  /** Keep the heading for screen readers but do not draw it (the page draws its own header). */
  hideTitle?: boolean
  /** Drawn above the heading (e.g. the home page banner). */
  header?: ReactNode
  className?: string
  children?: ReactNode
}

/**
 * Layout every page uses: root class (theme + 长辈版, which must sit on each page because the mini-program has no
 * body), a skip link and one `<main>` landmark with one `<h1>` on H5.
 */
export function GovPage({ title, hideTitle, header, className, children }: GovPageProps) {
  const { enabled: elder } = useElderMode()
  // H5 keeps pages under the one on top in the DOM; hide them from assistive technology so there is one <main>.
  const [covered, setCovered] = useState(false)
  useDidShow(() => setCovered(false))
  useDidHide(() => setCovered(true))
  useEffect(() => {
    if (typeof document !== 'undefined' && document.title !== undefined) document.title = `${title} - 扬州政务服务`
  }, [title])
  const classes = ['gov-page', elder ? 'gov-elder' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <div className={classes} aria-hidden={covered || undefined}>
      <GovSkipLink targetId="gov-main" />
      {header}
      <main className="gov-page__main" id="gov-main" tabIndex={-1}>
        <h1 className={hideTitle ? 'gov-visually-hidden' : 'gov-page__title'}>{title}</h1>
        {children}
      </main>
    </div>
  )
}
