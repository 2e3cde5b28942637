import { postSmsTemplate, type SmsGatewayOptions } from './sms'
/**
 * SMS notices (any notification kind) for residents without WeChat, through the same gateway as login codes
 * (see providers/sms.ts for the request shape): `POST {SMS_API_BASE}/messages` with the kind's template
 * (`ticket_status` for 12345 status changes) and its parameters.
 */

/** One notice to send. */
export interface SmsNotice {
  phone: string
  /** Gateway template name, e.g. `ticket_status`. */
  template: string
  /** Template parameters, e.g. `{ ref: 'YZ20261127-000123', status: '已答复' }`. */
  params: Record<string, string>
}

/** Sends notices by SMS. */
export interface SmsNotifyProvider {
  /** 'http' sends through the gateway; 'dev' only logs (开发用, refused in production by config). */
  readonly kind: 'http' | 'dev'
  /** Resolves when the gateway accepted the message; rejects with the reason otherwise. */
  send(notice: SmsNotice): Promise<void>
}

/**
 * The gateway client:
 * ```
 * POST {SMS_API_BASE}/messages   Authorization: Bearer {SMS_API_KEY}
 * { "phone": "13800001234", "template": "ticket_status", "params": { "ref": "YZ20261127-000123", "status": "已答复" },
 *   "signName": "扬州政务服务" }
 * ```
 * Any 2xx means accepted; anything else or a timeout rejects with an Error naming the cause.
 */
export function createHttpSmsNotifyProvider(options: SmsGatewayOptions): SmsNotifyProvider {
  return {
    kind: 'http',
    async send(notice) {
      try {
        await postSmsTemplate(options, { phone: notice.phone, template: notice.template, params: notice.params })
      } catch (err) {
        throw new Error(`sms ${(err as Error).message}`)
      }
    },
  }
}

/** 开发用: logs instead of sending (no phone number in the log). */
export function createDevSmsNotifyProvider(log: (msg: string, data: unknown) => void): SmsNotifyProvider {
  return {
    kind: 'dev',
    async send(notice) {
      log('开发用短信通知（未发送）', { template: notice.template, params: notice.params })
    },
  }
}
