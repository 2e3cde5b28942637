import type { JSX } from 'react'

/** Props of {@link ShareLinkButton}. */
export interface ShareLinkButtonProps {
  /** Share card title (weapp) / what is copied with the link (H5). */
  title: string
  /** App route with query, e.g. `/packages/hotline/pages/track/index?ref=…&t=…`. */
  path: string
}

/**
 * Keep or share a link. weapp: a 分享给微信好友 button (`openType="share"`); H5: 复制链接 (the full URL to the page).
 * Platform files beside this one.
 */
export declare function ShareLinkButton(props: ShareLinkButtonProps): JSX.Element

/** Props of {@link ShareButton}. */
export interface ShareButtonProps {
  /** Button text, e.g. "分享". */
  children: string
  /** H5: what a tap does (system share sheet, copy the link …). weapp ignores it: WeChat's share sheet opens. */
  onWebShare?: () => void
  block?: boolean
}

/**
 * A share button. weapp: `openType="share"`, so a tap opens WeChat's share sheet with the page's share card
 * (registered by {@link useShareCard} or a feature's own hook); H5: a button that runs `onWebShare`.
 * Platform files beside this one.
 */
export declare function ShareButton(props: ShareButtonProps): JSX.Element

/** A page to share: its title and in-app path (`/packages/guide/pages/item/index?code=…`). */
export interface ShareTarget {
  title: string
  path: string
}

/**
 * weapp: registers the page's WeChat share card (title + path that reopens it; none yet → WeChat's default card of
 * the page); H5: nothing. Call in the page component; the page config must say `enableShareAppMessage: true`.
 */
export declare function useShareCard(target: ShareTarget | undefined): void
