import Taro from '@tarojs/taro'
import { residentSession, staffSession } from '../auth/session'
import { API_BASE } from '../http/client'
import type { ImageViewer } from './protected-image'

/**
 * weapp: `<image>` cannot send headers, so download the file with the bearer token and show the temp path.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html
 */
export async function loadProtectedImage(path: string, viewer: ImageViewer = 'resident'): Promise<string> {
  const token = (viewer === 'staff' ? staffSession : residentSession).get()?.token
  const res = await Taro.downloadFile({
    url: `${API_BASE}${path}`,
    header: token ? { Authorization: `Bearer ${token}` } : {},
  })
  if (res.statusCode !== 200) throw new Error(`图片加载失败（${res.statusCode}）`)
  return res.tempFilePath
}

/** weapp: temp files are cleaned up by WeChat. */
export function releaseProtectedImage(_src: string): void {}
