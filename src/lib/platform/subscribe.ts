/** How the resident will hear about status changes. */
export interface SubscribeResult {
  /** `wechat` when a subscribe message was accepted; `sms` on H5; `none` when refused. */
  channel: 'wechat' | 'sms' | 'none'
  /** One line to show the resident. */
  note: string
  /** Template ids the resident accepted (sent with the ticket so the server may notify). */
  templateIds: string[]
}

/**
 * Asks to send status notifications. weapp: `Taro.requestSubscribeMessage` — WeChat only allows it from a user tap,
 * so call it first thing in the 提交 tap handler. H5: nothing to ask; SMS is used.
 */
export declare function requestTicketNotifications(): Promise<SubscribeResult>
