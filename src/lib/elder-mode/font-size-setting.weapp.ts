import Taro from '@tarojs/taro'

/**
 * weapp: `getAppBaseInfo().fontSizeSetting`, the font size WeChat uses (17 by default; larger under 设置 → 字体大小
 * and in 关怀模式).
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
 */
export function readFontSizeSetting(): number | undefined {
  try {
    // Taro's typings of getAppBaseInfo omit fontSizeSetting, which WeChat does return.
    const size = (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting
    return typeof size === 'number' && Number.isFinite(size) ? size : undefined
  } catch {
    return undefined
  }
}
