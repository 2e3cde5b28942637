/** How the resident will hear about status changes. */
export interface SubscribeResult {
  /** `wechat` when a subscribe message was accepted; `sms` on H5; `none` when refused or not offered. */
  channel: 'wechat' | 'sms' | 'none'
  /** One line to show the resident. */
  note: string
  /** Template ids the resident accepted (sent with the ticket so the server may notify). */
  templateIds: string[]
}

/**
 * Whether this platform asks the resident for WeChat subscribe messages (weapp: yes; H5: no, SMS is used). The submit
 * flow loads the template ids from `GET /api/hotline/notify-options` only where this is true.
 */
export declare const ASKS_WECHAT_SUBSCRIBE: boolean

/**
 * Asks to send status notifications. weapp: `Taro.requestSubscribeMessage` for `templateIds` — WeChat only allows it
 * from a user tap, so call it first thing in the 提交 tap handler, with ids loaded before the tap (nothing may be
 * awaited before it). No ids (`[]`: the server sends no WeChat messages; `undefined`: not loaded) → nothing is asked
 * and the result says so. H5: nothing to ask; SMS is used.
 */
export declare function requestTicketNotifications(templateIds: readonly string[] | undefined): Promise<SubscribeResult>
