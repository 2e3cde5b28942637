import Taro from '@tarojs/taro'
import type { OpenOnlineResult } from './open-online'

/**
 * weapp: copies the link and says so.
 * @see https://developers.weixin.qq.com/miniprogram/dev/component/web-view.html — `web-view` opens only domains
 *   registered as the mini-program's business domains, which 江苏政务服务网 is not.
 */
export async function openOnline(url: string): Promise<OpenOnlineResult> {
  try {
    await Taro.setClipboardData({ data: url })
    return {
      opened: false,
      message: '小程序内不能打开外部网页，网上办理链接已复制，请粘贴到手机浏览器中打开。',
    }
  } catch {
    return { opened: false, message: `小程序内不能打开外部网页，请在浏览器中打开：${url}` }
  }
}
