import type { Kysely } from 'kysely'
import type { Session, SmsSendResult } from '../../types/auth'
import type { Config } from '../config'
import type { Database } from '../db/schema'
import { SmsCodeInvalidError, SmsCooldownError } from '../errors'
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

/** Resident login and sessions: SMS codes, WeChat code2session, bearer tokens. */
export function residentAuth(deps: {
  db: Kysely<Database>
  config: Pick<Config, 'sessionTtlHours'>
  sms: SmsProvider
  wechat: WechatProvider
}) {
  const codes = smsCodesRepository(deps.db)
  const users = usersRepository(deps.db)
  const sessions = sessionsRepository(deps.db)

  async function startSession(user: UserRow, userAgent: string | null): Promise<Session> {
    const token = newToken()
    const { expiresAt } = await sessions.create({
      tokenHash: sha256Hex(token),
      subjectType: 'user',
      subjectId: user.id,
      ttlHours: deps.config.sessionTtlHours,
      userAgent,
    })
    return { token, expiresAt: expiresAt.toISOString(), user: toMe(user) }
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
    async loginWithSms(phone: string, code: string, userAgent: string | null): Promise<Session> {
      const expected = smsCodeHash(phone, code)
      const result = await codes.verify(phone, (stored) => sameHash(stored, expected))
      if (!result.ok) throw new SmsCodeInvalidError(VERIFY_MESSAGES[result.reason])
      return startSession(await users.findOrCreateByPhone(phone), userAgent)
    },

    /** Exchanges a mini-program login code for a session. */
    async loginWithWechat(code: string, userAgent: string | null): Promise<Session> {
      const identity = await deps.wechat.code2session(code)
      return startSession(await users.findOrCreateByOpenid(identity.openid, identity.unionid), userAgent)
    },
  }
}
