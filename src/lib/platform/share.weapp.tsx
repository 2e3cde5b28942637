import { Button } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { ShareLinkButtonProps } from './share'

/** weapp: WeChat's share sheet; the card comes from the page's {@link useShareCard}. */
export function ShareLinkButton(_props: ShareLinkButtonProps) {
  return (
    <Button className="gov-button gov-button--secondary gov-button--block" openType="share">
      分享给微信好友
    </Button>
  )
}

/** weapp: the share card opens the tracking view, which works logged out. Page config needs enableShareAppMessage. */
export function useShareCard(title: string, path: string | null): void {
  useShareAppMessage(() => ({ title, path: path ?? '/pages/hotline/index' }))
}
