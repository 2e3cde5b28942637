/** A page to share: its title and in-app path (`/packages/guide/pages/item/index?code=…`). */
export interface ShareTarget {
  title: string
  path: string
}

/**
 * H5 分享: the system share sheet (Web Share API) where there is one, otherwise the link is copied. Returns what to
 * tell the resident. On weapp sharing is WeChat's own card (`useShareCard` + an `openType="share"` button), so
 * this returns a hint only. Platform files beside this one.
 */
export declare function shareLink(target: ShareTarget): Promise<string>

/**
 * weapp: registers the WeChat share card (title + path) of the page; H5: nothing. Call it in the page.
 * @see the page config must say `enableShareAppMessage: true`.
 */
export declare function useShareCard(target: ShareTarget | undefined): void
