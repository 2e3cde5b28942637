import type { Kysely } from 'kysely'
import type { Session, SmsSendResult } from '../../types/auth'
import type { Config } from '../config'
import { PRIVACY_NOTICE } from '../content/privacy'
import type { Database } from '../db/schema'
import { SmsCodeInvalidError, SmsCooldownError, ValidationError } from '../errors'
import { newSmsCode, newToken, sameHash, sha256Hex } from '../lib/crypto'
import { toMe } from '../lib/present'
import type { SmsProvider } from '../providers/sms'
import type { WechatProvider } from '../providers/wechat'
import { sessionsRepository } from '../repositories/sessions'
import { SMS_CODE_RULES, type SmsVerifyFailure, smsCodesRepository } from '../repositories/sms-codes'
import { type UserRow, usersRepository } from '../repositories/users'

/** Hash stored for a code; the phone is mixed in so equal codes for different phones differ. */
export function smsCodeHash(phone: string, code: string): string {
  return sha256Hex(`sms:${phone}:${code}`)
}

const VERIFY_MESSAGES: Record<SmsVerifyFailure, string> = {
  none: '请先获取验证码',
  used: '验证码已使用或已失效，请重新获取',
  expired: '验证码已过期，请重新获取',
  locked: '验证码错误次数过多，请重新获取',
  wrong: '验证码不正确',
}

/**
 * Refuses consent to anything but the current privacy notice (a page opened before the notice changed): 400 with
 * the message on `field`.
 */
export function checkPrivacyConsentVersion(version: string, field: string): void {
  if (version === PRIVACY_NOTICE.version) return
  const message = '隐私政策已更新，请阅读最新版本后再同意'
  throw new ValidationError(message, { [field]: message })
}

/** What a login carries besides its credentials. */
export interface LoginContext {
  userAgent: string | null
  /** Privacy notice version ticked on the login form; recorded with the session. */
  consentVersion?: string
}

/** Resident login and sessions: SMS codes, WeChat code2session, bearer tokens. */
export function residentAuth(deps: {
  db: Kysely<Database>
  config: Pick<Config, 'sessionTtlHours'>
  sms: SmsProvider
  wechat: WechatProvider
}) {
  const codes = smsCodesRepository(deps.db)

  /**
   * In one transaction: finds or creates the account, records the consent given on the login form, and starts a
   * session — so a resident is never signed in without the consent they just gave (or the other way round).
   */
  async function startSession(
    findOrCreate: (users: ReturnType<typeof usersRepository>) => Promise<UserRow>,
    context: LoginContext,
  ): Promise<Session> {
    const token = newToken()
    return deps.db.transaction().execute(async (trx) => {
      const users = usersRepository(trx)
      let user = await findOrCreate(users)
      if (context.consentVersion !== undefined)
        user = (await users.recordConsent(user.id, context.consentVersion)) ?? user
      const { expiresAt } = await sessionsRepository(trx).create({
        tokenHash: sha256Hex(token),
        subjectType: 'user',
        subjectId: user.id,
        ttlHours: deps.config.sessionTtlHours,
        userAgent: context.userAgent,
      })
      return { token, expiresAt: expiresAt.toISOString(), user: toMe(user) }
    })
  }

  /** A consent version, when given, must be the current one; checked before any code or WeChat call is spent. */
  function checkConsent(context: LoginContext): void {
    if (context.consentVersion !== undefined) checkPrivacyConsentVersion(context.consentVersion, 'consentVersion')
  }

  return {
    /** Issues and sends a code, honouring the resend cooldown. */
    async sendCode(phone: string): Promise<SmsSendResult> {
      const code = newSmsCode()
      const issued = await codes.issue(phone, smsCodeHash(phone, code))
      if (!issued.ok) throw new SmsCooldownError(issued.retryAfterSeconds)
      let sent: { devCode?: string }
      try {
        sent = await deps.sms.send({ phone, code, ttlMinutes: SMS_CODE_RULES.ttlSeconds / 60 })
      } catch (err) {
        // The resident never got this code; do not make them wait out a cooldown for it.
        await codes.withdrawLatest(phone)
        throw err
      }
      return {
        sent: true,
        expiresInSeconds: SMS_CODE_RULES.ttlSeconds,
        resendAfterSeconds: SMS_CODE_RULES.resendAfterSeconds,
        ...(sent.devCode !== undefined ? { devCode: sent.devCode } : {}),
      }
    },

    /** Checks the code, then finds or creates the account for the phone and starts a session. */
    async loginWithSms(phone: string, code: string, context: LoginContext): Promise<Session> {
      checkConsent(context)
      const expected = smsCodeHash(phone, code)
      const result = await codes.verify(phone, (stored) => sameHash(stored, expected))
      if (!result.ok) throw new SmsCodeInvalidError(VERIFY_MESSAGES[result.reason])
      return startSession((users) => users.findOrCreateByPhone(phone), context)
    },

    /** Exchanges a mini-program login code for a session. */
    async loginWithWechat(code: string, context: LoginContext): Promise<Session> {
      checkConsent(context)
      const identity = await deps.wechat.code2session(code)
      return startSession((users) => users.findOrCreateByOpenid(identity.openid, identity.unionid), context)
    },
  }
}
