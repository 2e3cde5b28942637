import type { ShareTarget } from '../../../lib/platform/share'

/** H5: Web Share API, else the clipboard, else the link itself to copy by hand. */
export async function shareLink(target: ShareTarget): Promise<string> {
  const url = `${window.location.origin}${target.path}`
  const nav = navigator as Navigator & { share?: (data: ShareData) => Promise<void> }
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title: target.title, url })
      return '已打开分享'
    } catch {
      // Cancelled or refused: fall back to copying.
    }
  }
  try {
    await navigator.clipboard.writeText(url)
    return `链接已复制：${url}`
  } catch {
    return `请复制链接分享：${url}`
  }
}
