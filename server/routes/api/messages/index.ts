import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { PageQuery } from '../../../../types/common'
import { MessagePage } from '../../../../types/hotline'
import { NotFoundError } from '../../../errors'
import { messagesRepository } from '../../../repositories/messages'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** 站内消息 (消息): every feature's notices for the signed-in resident. */
export const messagesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireUser)

  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '站内消息',
        security: bearerSecurity,
        querystring: PageQuery,
        response: { 200: MessagePage, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1
      const pageSize = request.query.pageSize ?? 20
      const { items, total, unread } = await messagesRepository(app.db).listForUser(request.user!.id, page, pageSize)
      return {
        items: items.map((m) => ({
          id: m.id,
          title: m.title,
          body: m.body,
          ticketRef: m.ticket_ref,
          ...(m.tracking_token ? { trackingToken: m.tracking_token } : {}),
          createdAt: m.created_at.toISOString(),
          readAt: m.read_at?.toISOString() ?? null,
        })),
        total,
        unread,
        page,
        pageSize,
      }
    },
  )

  app.post(
    '/read-all',
    {
      schema: {
        tags: ['我的'],
        summary: '全部标记已读',
        security: bearerSecurity,
        response: { 200: Type.Object({ updated: Type.Integer() }), ...errorResponses(401) },
      },
    },
    async (request) => ({ updated: await messagesRepository(app.db).markAllRead(request.user!.id) }),
  )

  app.post(
    '/:id/read',
    {
      schema: {
        tags: ['我的'],
        summary: '标记已读',
        security: bearerSecurity,
        params: Type.Object({ id: Type.String({ pattern: '^\\d{1,18}$' }) }),
        response: { 204: NoContent, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      if (!(await messagesRepository(app.db).markRead(request.user!.id, request.params.id)))
        throw new NotFoundError('找不到这条消息')
      return reply.code(204).send(null)
    },
  )
}
