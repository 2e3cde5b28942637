import { SmsSendError } from '../errors'

/** A login-code message to deliver. */
export interface SmsMessage {
  phone: string
  code: string
  ttlMinutes: number
}

/** Delivers login codes. */
export interface SmsProvider {
  /** 'http' sends through the gateway; 'dev' hands the code back to show on screen (开发用). */
  readonly kind: 'http' | 'dev'
  /** Sends the code; the dev provider returns it so the API can put it in `devCode`. */
  send(message: SmsMessage): Promise<{ devCode?: string }>
}

/** Where and how the HTTP SMS gateway is reached. */
export interface SmsGatewayOptions {
  apiBase: string
  apiKey: string
  timeoutMs: number
}

/**
 * POSTs one templated message to the gateway (shape: see {@link createHttpSmsProvider}), used by login codes and
 * by ticket notices alike.
 * Any 2xx means accepted; anything else, or no answer within `timeoutMs`, rejects with an Error naming the cause.
 */
export async function postSmsTemplate(
  options: SmsGatewayOptions,
  message: { phone: string; template: string; params: Record<string, string | number> },
): Promise<void> {
  let res: Response
  try {
    res = await fetch(`${options.apiBase}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...message, signName: '扬州政务服务' }),
      signal: AbortSignal.timeout(options.timeoutMs),
    })
  } catch (err) {
    throw new Error(`request failed: ${(err as Error).message}`)
  }
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
}

/**
 * HTTP SMS gateway client. Request shape (any gateway or an adapter in front of one must accept it):
 *
 * ```
 * POST {SMS_API_BASE}/messages
 * Authorization: Bearer {SMS_API_KEY}
 * Content-Type: application/json
 * { "phone": "13800001234", "template": "login_code", "params": { "code": "123456", "minutes": 5 },
 *   "signName": "扬州政务服务" }
 * ```
 * Any 2xx means accepted. Anything else, or no answer within `timeoutMs`, is {@link SmsSendError} (502).
 */
export function createHttpSmsProvider(options: SmsGatewayOptions): SmsProvider {
  return {
    kind: 'http',
    async send(message) {
      try {
        await postSmsTemplate(options, {
          phone: message.phone,
          template: 'login_code',
          params: { code: message.code, minutes: message.ttlMinutes },
        })
      } catch (err) {
        throw new SmsSendError((err as Error).message)
      }
      return {}
    },
  }
}

/**
 * 开发用短信通道: sends nothing and returns the code, which the API passes to the client as `devCode` to show on
 * screen. Refused in production by config.ts.
 */
export function createDevSmsProvider(): SmsProvider {
  return {
    kind: 'dev',
    async send(message) {
      return { devCode: message.code }
    },
  }
}
