import fp from 'fastify-plugin'
import type { Config } from '../config'
import { createDevSmsProvider, createHttpSmsProvider, type SmsProvider } from '../providers/sms'
import { createDevWechatProvider, createHttpWechatProvider, type WechatProvider } from '../providers/wechat'

declare module 'fastify' {
  interface FastifyInstance {
    sms: SmsProvider
    wechat: WechatProvider
  }
}

/** Builds the outside-service clients (WeChat, SMS) from config; the 开发用 ones only where config allowed them. */
export const providersPlugin = fp(
  async (app, opts: { config: Config }) => {
    const { sms, wechat } = opts.config
    app.decorate('sms', sms.kind === 'http' ? createHttpSmsProvider(sms) : createDevSmsProvider())
    app.decorate('wechat', wechat.kind === 'http' ? createHttpWechatProvider(wechat) : createDevWechatProvider())
  },
  { name: 'providers' },
)
