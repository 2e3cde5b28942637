import { Button } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { ShareButtonProps, ShareLinkButtonProps, ShareTarget } from './share'

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

/** weapp: the page's share card (title + path that reopens it). */
export function useShareCard(target: ShareTarget | undefined): void {
  useShareAppMessage(() => (target ? { title: target.title, path: target.path } : {}))
}
