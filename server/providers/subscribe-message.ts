/**
 * WeChat 小程序订阅消息 (subscribe message) client: tells a resident on weapp that their ticket changed.
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-access-token/getAccessToken.html
 */

/** One subscribe message to send. `data` keys must match the template's fields. */
export interface SubscribeMessage {
  openid: string
  templateId: string
  /** Mini-program page opened from the message, with query. */
  page: string
  data: Record<string, { value: string }>
}

/** Why a send failed; `permanent` failures are not worth retrying (the resident refused, bad template). */
export class SubscribeSendError extends Error {
  override name = 'SubscribeSendError'
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly errcode?: number,
  ) {
    super(message)
  }
}

/** Sends subscribe messages. */
export interface SubscribeMessageProvider {
  /** 'http' calls WeChat; 'dev' only logs (开发用, refused in production by config: no appid there means no start). */
  readonly kind: 'http' | 'dev'
  send(message: SubscribeMessage): Promise<void>
}

/** errcodes after which retrying cannot help. */
const PERMANENT: Record<number, string> = {
  43101: '用户拒绝接受消息或订阅次数已用完',
  40003: 'openid 无效',
  40037: '模板 id 无效',
  41030: 'page 路径不正确',
  47003: '模板参数不准确',
}
/** errcodes meaning the access_token is invalid or expired: fetch a new one and try once more. */
const TOKEN_ERRCODES = new Set([40001, 40014, 42001])

/**
 * The real client. Gets an access_token from `GET {apiBase}/cgi-bin/token` (cached until 5 minutes before it
 * expires, one request in flight at a time), then `POST {apiBase}/cgi-bin/message/subscribe/send`. A token error
 * refreshes the token and retries once; other errcodes become {@link SubscribeSendError} with `permanent` set for
 * the ones listed in {@link PERMANENT}. Every request times out after `timeoutMs`.
 */
export function createHttpSubscribeMessageProvider(options: {
  appId: string
  secret: string
  apiBase: string
  timeoutMs: number
  miniprogramState: 'developer' | 'trial' | 'formal'
}): SubscribeMessageProvider {
  let token: { value: string; expiresAt: number } | null = null
  let pending: Promise<string> | null = null

  async function call<T>(url: URL, init?: RequestInit): Promise<T> {
    let res: Response
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError'
      throw new SubscribeSendError(
        timedOut ? `timeout after ${options.timeoutMs} ms` : `request failed: ${(err as Error).message}`,
        false,
      )
    }
    if (!res.ok) throw new SubscribeSendError(`HTTP ${res.status}`, false)
    return (await res.json()) as T
  }

  async function fetchToken(): Promise<string> {
    const url = new URL(`${options.apiBase}/cgi-bin/token`)
    url.searchParams.set('grant_type', 'client_credential')
    url.searchParams.set('appid', options.appId)
    url.searchParams.set('secret', options.secret)
    const body = await call<{ access_token?: string; expires_in?: number; errcode?: number; errmsg?: string }>(url)
    if (!body.access_token)
      throw new SubscribeSendError(`token errcode ${body.errcode}: ${body.errmsg ?? ''}`, false, body.errcode)
    token = { value: body.access_token, expiresAt: Date.now() + ((body.expires_in ?? 7200) - 300) * 1000 }
    return token.value
  }

  async function accessToken(force: boolean): Promise<string> {
    if (!force && token && token.expiresAt > Date.now()) return token.value
    pending ??= fetchToken().finally(() => {
      pending = null
    })
    return pending
  }

  async function sendOnce(message: SubscribeMessage, force: boolean) {
    const url = new URL(`${options.apiBase}/cgi-bin/message/subscribe/send`)
    url.searchParams.set('access_token', await accessToken(force))
    return call<{ errcode?: number; errmsg?: string }>(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: message.openid,
        template_id: message.templateId,
        page: message.page,
        data: message.data,
        miniprogram_state: options.miniprogramState,
        lang: 'zh_CN',
      }),
    })
  }

  return {
    kind: 'http',
    async send(message) {
      let body = await sendOnce(message, false)
      if (body.errcode && TOKEN_ERRCODES.has(body.errcode)) body = await sendOnce(message, true)
      if (body.errcode) {
        const known = PERMANENT[body.errcode]
        throw new SubscribeSendError(
          `errcode ${body.errcode}: ${known ?? body.errmsg ?? ''}`,
          known !== undefined,
          body.errcode,
        )
      }
    },
  }
}

/** 开发用: logs the message instead of sending it. Never used in production (config requires a real appid there). */
export function createDevSubscribeMessageProvider(log: (msg: string, data: unknown) => void): SubscribeMessageProvider {
  return {
    kind: 'dev',
    async send(message) {
      log('开发用订阅消息（未发送）', { templateId: message.templateId, page: message.page, data: message.data })
    },
  }
}
