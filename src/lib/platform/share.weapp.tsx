import { Button } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { ShareButtonProps, ShareLinkButtonProps } from './share'

/** weapp: opens WeChat's share sheet; the card comes from the page's `onShareAppMessage`. */
export function ShareButton({ children, block }: ShareButtonProps) {
  return (
    <Button className={`gov-button gov-button--secondary${block ? ' gov-button--block' : ''}`} openType="share">
      {children}
    </Button>
  )
}

/** weapp: WeChat's share sheet; the card comes from the page's {@link useShareCard}. */
export function ShareLinkButton(_props: ShareLinkButtonProps) {
  return <ShareButton block>分享给微信好友</ShareButton>
}

/** weapp: the share card opens the tracking view, which works logged out. Page config needs enableShareAppMessage. */
export function useShareCard(title: string, path: string | null): void {
  useShareAppMessage(() => ({ title, path: path ?? '/pages/hotline/index' }))
}
