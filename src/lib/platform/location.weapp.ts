import Taro from '@tarojs/taro'
import type { PickedLocation } from './location'

/**
 * weapp: WeChat's map picker.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html — needs
 *   `requiredPrivateInfos: ['chooseLocation']` in app.json.
 */
export async function pickLocation(): Promise<PickedLocation | null> {
  try {
    const res = await Taro.chooseLocation({})
    return { lat: res.latitude, lng: res.longitude, name: res.name || res.address || undefined }
  } catch (error) {
    const msg = String((error as { errMsg?: string })?.errMsg ?? '')
    if (/cancel/i.test(msg)) return null
    throw new Error('无法打开地图，请检查是否允许小程序使用位置信息')
  }
}
