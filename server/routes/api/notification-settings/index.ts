import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { NotificationSettings, NotificationSettingsUpdate } from '../../../../types/notifications'
import { ValidationError } from '../../../errors'
import { notificationKinds } from '../../../platform/notifications/kinds'
import { messagesRepository } from '../../../repositories/messages'
import { bearerSecurity, errorResponses } from '../../schemas'

/** 通知设置: the resident turns WeChat/SMS off per notification kind (in-app messages always arrive). */
export const notificationSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireUser)

  const settingsFor = async (userId: number) => {
    const off = new Set(await messagesRepository(app.db).optOuts(userId))
    return {
      items: notificationKinds().map((k) => ({ kind: k.kind, label: k.label, enabled: !off.has(k.kind) })),
    }
  }

  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '通知设置',
        description: '每类通知是否发微信订阅消息 / 短信；站内消息总会收到。',
        security: bearerSecurity,
        response: { 200: NotificationSettings, ...errorResponses(401) },
      },
    },
    async (request) => settingsFor(request.user!.id),
  )

  app.put(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '修改通知设置',
        description: '`disabled` 列出不再发微信 / 短信的通知类型，其余都开启。',
        security: bearerSecurity,
        body: NotificationSettingsUpdate,
        response: { 200: NotificationSettings, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const known = new Set(notificationKinds().map((k) => k.kind))
      const unknown = request.body.disabled.filter((k) => !known.has(k))
      if (unknown.length > 0)
        throw new ValidationError(`没有这类通知：${unknown.join('、')}`, { disabled: '包含未知的通知类型' })
      await messagesRepository(app.db).setOptOuts(request.user!.id, request.body.disabled)
      return settingsFor(request.user!.id)
    },
  )
}
