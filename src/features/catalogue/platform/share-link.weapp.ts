import type { ShareTarget } from '../../../lib/platform/share'

/** weapp: sharing goes through the `openType="share"` button or the ··· menu. */
export async function shareLink(_target: ShareTarget): Promise<string> {
  return '点击右上角“···”可转发给微信好友'
}
