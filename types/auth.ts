import { type Static, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'
import { Me } from './me'

/** Mainland mobile number, 11 digits starting with 1[3-9]. */
export const PHONE_PATTERN = '^1[3-9]\\d{9}$'

/** Which SMS provider the server uses; `dev` shows the code on screen (开发用). */
export const SmsProviderKind = { http: 'http', dev: 'dev' } as const
/** One of {@link SmsProviderKind}. */
export type SmsProviderKind = (typeof SmsProviderKind)[keyof typeof SmsProviderKind]

/** `GET /api/auth/providers` answer: which login methods this server offers. */
export const AuthProviders = Type.Object({
  wechat: Type.Boolean({ description: '是否可用微信登录（开发环境下为开发用微信登录）' }),
  sms: Type.Union([Type.Literal('http'), Type.Literal('dev')], {
    description: 'dev 表示开发用短信通道：验证码直接显示在页面上',
  }),
})
/** Static type of {@link AuthProviders}. */
export type AuthProviders = Static<typeof AuthProviders>

/**
 * The privacy notice version the resident ticked 同意 for on the login form (`GET /api/privacy` → `version`). Given
 * with a login, the consent is recorded with the new session; a version that is not the current one is refused.
 */
const LoginConsentVersion = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 40,
    title: '同意的隐私政策版本',
    description: '登录页勾选同意《隐私政策》时带上 GET /api/privacy 返回的 version，与登录一起记录',
  }),
)

/** `POST /api/auth/wechat` body: the code from `Taro.login()`. */
export const WechatLoginBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 128, title: '微信登录凭证' }),
  consentVersion: LoginConsentVersion,
})
/** Static type of {@link WechatLoginBody}. */
export type WechatLoginBody = Static<typeof WechatLoginBody>

/** `POST /api/auth/sms/send` body. */
export const SmsSendBody = Type.Object({
  phone: Type.String({ pattern: PHONE_PATTERN, title: '手机号' }),
})
/** Static type of {@link SmsSendBody}. */
export type SmsSendBody = Static<typeof SmsSendBody>

/** `POST /api/auth/sms/send` answer; `devCode` only from the 开发用 provider. */
export const SmsSendResult = Type.Object({
  sent: Type.Literal(true),
  expiresInSeconds: Type.Integer(),
  resendAfterSeconds: Type.Integer(),
  devCode: Type.Optional(Type.String({ description: '仅开发用短信通道返回：验证码本身' })),
})
/** Static type of {@link SmsSendResult}. */
export type SmsSendResult = Static<typeof SmsSendResult>

/** `POST /api/auth/sms/login` body. */
export const SmsLoginBody = Type.Object({
  phone: Type.String({ pattern: PHONE_PATTERN, title: '手机号' }),
  code: Type.String({ pattern: '^\\d{6}$', title: '验证码' }),
  consentVersion: LoginConsentVersion,
})
/** Static type of {@link SmsLoginBody}. */
export type SmsLoginBody = Static<typeof SmsLoginBody>

/** A resident session: opaque bearer token, its expiry, and the account. */
export const Session = Type.Object(
  {
    token: Type.String({ description: 'Authorization: Bearer <token>' }),
    expiresAt: IsoDateTime,
    user: Me,
  },
  { title: '登录会话' },
)
/** Static type of {@link Session}. */
export type Session = Static<typeof Session>
