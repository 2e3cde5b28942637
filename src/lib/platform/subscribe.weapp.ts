import Taro from '@tarojs/taro'
import type { SubscribeResult } from './subscribe'

/** weapp: the resident is asked for the 工单进度提醒 subscribe message on 提交. */
export const ASKS_WECHAT_SUBSCRIBE = true

const REFUSED = '您未开启微信提醒，可在“我的工单”和消息中心查看进度'
const NOT_OFFERED = '微信提醒暂未开通，可在“我的工单”和消息中心查看进度'
const NOT_LOADED = '暂时无法开启微信提醒，可在“我的工单”和消息中心查看进度'

/**
 * weapp: asks for the subscribe message with the template ids the server sends with (`GET
 * /api/hotline/notify-options`). Must run inside the tap handler of 提交: `Taro.requestSubscribeMessage` is called
 * before this function awaits anything. Without ids it asks nothing — WeChat rejects an empty or unknown template.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function requestTicketNotifications(templateIds: readonly string[] | undefined): Promise<SubscribeResult> {
  if (!templateIds?.length) return { channel: 'none', note: templateIds ? NOT_OFFERED : NOT_LOADED, templateIds: [] }
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [...templateIds] } as never)) as unknown as Record<
      string,
      string
    >
    const accepted = templateIds.filter((id) => res?.[id] === 'accept')
    return accepted.length
      ? { channel: 'wechat', note: '办理进度将通过微信服务通知发给您', templateIds: accepted }
      : { channel: 'none', note: REFUSED, templateIds: [] }
  } catch {
    return { channel: 'none', note: REFUSED, templateIds: [] }
  }
}
