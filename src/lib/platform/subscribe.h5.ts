import type { SubscribeResult } from './subscribe'

/** H5: nothing to ask; no template ids are loaded. */
export const ASKS_WECHAT_SUBSCRIBE = false

/** H5: no permission to ask; the server texts the contact phone on status changes. */
export async function requestTicketNotifications(_templateIds?: readonly string[]): Promise<SubscribeResult> {
  return { channel: 'sms', note: '办理进度将以短信发送到您的联系电话，也可在“我的工单”中查看', templateIds: [] }
}
