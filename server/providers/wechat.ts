import { WechatLoginError } from '../errors'
import { sha256Hex } from '../lib/crypto'

/** What code2session tells us about a mini-program user. */
export interface WechatIdentity {
  openid: string
  unionid: string | null
}

/** Exchanges a `wx.login()` code for the user's openid. */
export interface WechatProvider {
  /** 'http' calls WeChat; 'dev' is the 开发用 stand-in. */
  readonly kind: 'http' | 'dev'
  code2session(code: string): Promise<WechatIdentity>
}

/** WeChat errcodes that mean "the code is bad", shown to the resident as "please try again". */
const BAD_CODE_ERRCODES = new Set([40029, 40163, 40226])

/**
 * The real client for `GET {apiBase}/sns/jscode2session` (WeChat 小程序登录). Times out after `timeoutMs`; every
 * failure becomes {@link WechatLoginError} (502 WECHAT_LOGIN_FAILED) with the WeChat errcode kept for the log.
 * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html
 */
export function createHttpWechatProvider(options: {
  appId: string
  secret: string
  apiBase: string
  timeoutMs: number
}): WechatProvider {
  return {
    kind: 'http',
    async code2session(code) {
      const url = new URL(`${options.apiBase}/sns/jscode2session`)
      url.searchParams.set('appid', options.appId)
      url.searchParams.set('secret', options.secret)
      url.searchParams.set('js_code', code)
      url.searchParams.set('grant_type', 'authorization_code')
      let body: { openid?: string; unionid?: string; session_key?: string; errcode?: number; errmsg?: string }
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs) })
        if (!res.ok) throw new WechatLoginError('微信登录暂时不可用，请稍后再试', `HTTP ${res.status}`)
        body = (await res.json()) as typeof body
      } catch (err) {
        if (err instanceof WechatLoginError) throw err
        const timedOut = (err as Error).name === 'TimeoutError'
        throw new WechatLoginError(
          '微信登录暂时不可用，请稍后再试',
          timedOut ? `timeout after ${options.timeoutMs} ms` : `request failed: ${(err as Error).message}`,
        )
      }
      if (body.errcode) {
        const badCode = BAD_CODE_ERRCODES.has(body.errcode)
        throw new WechatLoginError(
          badCode ? '微信登录凭证无效或已过期，请重新进入小程序再试' : '微信登录失败，请稍后再试',
          `errcode ${body.errcode}: ${body.errmsg ?? ''}`,
          body.errcode,
        )
      }
      if (!body.openid) throw new WechatLoginError('微信登录失败，请稍后再试', 'no openid in answer')
      return { openid: body.openid, unionid: body.unionid ?? null }
    },
  }
}

/**
 * 开发用微信登录: no WeChat call; the openid is derived from the code, so the same code is the same person.
 * Only used when WECHAT_APPID is unset and NODE_ENV is not production (config.ts refuses it there).
 */
export function createDevWechatProvider(): WechatProvider {
  return {
    kind: 'dev',
    async code2session(code) {
      return { openid: `dev-${sha256Hex(`wechat-dev:${code}`).slice(0, 24)}`, unionid: null }
    },
  }
}
