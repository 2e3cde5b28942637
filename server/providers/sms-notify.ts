import { postSmsTemplate, type SmsGatewayOptions } from './sms'
/**
 * SMS notices of ticket status changes for H5 residents, through the same gateway as login codes
 * (see providers/sms.ts for the request shape): `POST {SMS_API_BASE}/messages` with template `ticket_status`.
 */

/** One notice to send. */
export interface SmsNotice {
  phone: string
  /** 工单号 */
  ref: string
  /** Status label, e.g. 已答复 */
  status: string
}

/** Sends ticket notices by SMS. */
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
        await postSmsTemplate(options, {
          phone: notice.phone,
          template: 'ticket_status',
          params: { ref: notice.ref, status: notice.status },
        })
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
      log('开发用短信通知（未发送）', { ref: notice.ref, status: notice.status })
    },
  }
}
