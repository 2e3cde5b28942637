import type { OpenOnlineResult } from './open-online'

/** H5: a new tab (noopener, so the outside page cannot reach back into ours). */
export async function openOnline(url: string): Promise<OpenOnlineResult> {
  const win = window.open(url, '_blank', 'noopener,noreferrer')
  if (win === null) {
    // noopener makes window.open return null even when it worked; say where it went either way.
    return { opened: true, message: '已在新窗口打开网上办理页面；如未打开，请允许本网站打开新窗口。' }
  }
  return { opened: true, message: '已在新窗口打开网上办理页面。' }
}
