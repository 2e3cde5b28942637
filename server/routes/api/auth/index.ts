import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import {
  AuthProviders,
  Session,
  SmsLoginBody,
  SmsSendBody,
  SmsSendResult,
  WechatLoginBody,
} from '../../../../types/auth'
import { perAddressLimit } from '../../../lib/rate-limits'
import { sessionsRepository } from '../../../repositories/sessions'
import { type LoginContext, residentAuth } from '../../../services/resident-auth'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** How many codes one phone may be sent per hour, on top of the 60 s resend cooldown. */
const SMS_PER_PHONE_PER_HOUR = 5

/** The user agent of a login request and the consent ticked on its login form. */
function loginContext(request: FastifyRequest, body: { consentVersion?: string }): LoginContext {
  return { userAgent: request.headers['user-agent'] ?? null, consentVersion: body.consentVersion }
}

/** Resident login: providers, WeChat, SMS code, logout. */
export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const auth = () => residentAuth({ db: app.db, config: app.config, sms: app.sms, wechat: app.wechat })

  // The route's own rateLimit below (per phone) replaces the global per-address limit, so the address gets its own
  // hourly limit here: one client cannot have codes sent to number after number (SMS pumping).
  const limitSendsPerAddress = perAddressLimit(app, {
    name: 'sms',
    max: app.config.smsSendPerAddressPerHour,
    timeWindow: '1 hour',
    message: (s) => `这个网络获取验证码的次数太多，请 ${Math.ceil(s / 60)} 分钟后再试`,
  })

  app.get(
    '/providers',
    {
      schema: {
        tags: ['登录'],
        summary: '可用的登录方式',
        description: 'sms 为 dev 时，发送验证码的回答里带 devCode（开发用短信通道，验证码直接显示在页面上）。',
        response: { 200: AuthProviders },
      },
    },
    async () => ({ wechat: true, sms: app.sms.kind }),
  )

  app.post(
    '/wechat',
    {
      schema: {
        tags: ['登录'],
        summary: '微信小程序登录',
        description:
          '用 Taro.login() 得到的 code 换取会话（微信 code2session）。带 consentVersion 时同时记录对该版本隐私政策的同意（须为当前版本）。',
        body: WechatLoginBody,
        response: { 200: Session, ...errorResponses(400, 429, 502) },
      },
    },
    async (request) => auth().loginWithWechat(request.body.code, loginContext(request, request.body)),
  )

  app.post(
    '/sms/send',
    {
      schema: {
        tags: ['登录'],
        summary: '发送短信验证码',
        description: `验证码 6 位，5 分钟内有效，60 秒后可重发，每个号码每小时最多 ${SMS_PER_PHONE_PER_HOUR} 条，每个客户端地址每小时最多 ${app.config.smsSendPerAddressPerHour} 条（SMS_SEND_RATE）。`,
        body: SmsSendBody,
        response: { 200: SmsSendResult, ...errorResponses(400, 429, 502) },
      },
      onRequest: limitSendsPerAddress,
      config: {
        rateLimit: {
          max: SMS_PER_PHONE_PER_HOUR,
          timeWindow: '1 hour',
          // preHandler: the body is parsed and validated by then, so the key is the phone, not the address.
          hook: 'preHandler',
          keyGenerator: (request) => `sms:${(request.body as { phone: string }).phone}`,
        },
      },
    },
    async (request) => auth().sendCode(request.body.phone),
  )

  app.post(
    '/sms/login',
    {
      schema: {
        tags: ['登录'],
        summary: '短信验证码登录',
        description:
          '验证码正确则登录；手机号首次登录时自动注册。每个验证码最多尝试 5 次。带 consentVersion 时同时记录对该版本隐私政策的同意（须为当前版本）。',
        body: SmsLoginBody,
        response: { 200: Session, ...errorResponses(400, 429) },
      },
    },
    async (request) => auth().loginWithSms(request.body.phone, request.body.code, loginContext(request, request.body)),
  )

  app.post(
    '/logout',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['登录'],
        summary: '退出登录',
        description: '吊销当前 token。',
        security: bearerSecurity,
        response: { 204: NoContent, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      await sessionsRepository(app.db).revoke(request.tokenHash!)
      return reply.code(204).send(null)
    },
  )
}
