import { useShareAppMessage } from '@tarojs/taro'
import type { ShareTarget } from './share-link'

/** weapp: sharing goes through the `openType="share"` button or the ··· menu. */
export async function shareLink(_target: ShareTarget): Promise<string> {
  return '点击右上角“···”可转发给微信好友'
}

/** weapp: the share card of the page (title + path that reopens it). */
export function useShareCard(target: ShareTarget | undefined): void {
  useShareAppMessage(() => (target ? { title: target.title, path: target.path } : {}))
}
