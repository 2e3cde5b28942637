import Taro from '@tarojs/taro'
import type { SubscribeResult } from './subscribe'

/**
 * The 工单进度提醒 template of the mini-program (set in the WeChat admin console).
 * TODO: move to build configuration when the production mini-program has its own template id.
 */
export const TICKET_TEMPLATE_IDS = ['yz-12345-ticket-status']

/**
 * weapp: asks for the subscribe message. Must run inside the tap handler of 提交.
 * @see https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 */
export async function requestTicketNotifications(): Promise<SubscribeResult> {
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: TICKET_TEMPLATE_IDS } as never)) as unknown as Record<
      string,
      string
    >
    const accepted = TICKET_TEMPLATE_IDS.filter((id) => res?.[id] === 'accept')
    return accepted.length
      ? { channel: 'wechat', note: '办理进度将通过微信服务通知发给您', templateIds: accepted }
      : { channel: 'none', note: '您未开启微信提醒，可在“我的工单”和消息中心查看进度', templateIds: [] }
  } catch {
    return { channel: 'none', note: '您未开启微信提醒，可在“我的工单”和消息中心查看进度', templateIds: [] }
  }
}
