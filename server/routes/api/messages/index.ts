import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { PageQuery } from '../../../../types/common'
import { MessagePage } from '../../../../types/hotline'
import { NotFoundError } from '../../../errors'
import { linksFor } from '../../../platform/notifications/subjects'
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
      const userId = request.user!.id
      const { items, total, unread } = await messagesRepository(app.db).listForUser(userId, page, pageSize)
      const links = await linksFor(app.db, userId, items)
      return {
        items: items.map((m) => {
          const link = links.get(`${m.subject_kind}:${m.subject_id}`) ?? {}
          return {
            id: m.id,
            title: m.title,
            body: m.body,
            kind: m.kind,
            subjectKind: m.subject_kind,
            subjectId: link.id ?? m.subject_id,
            ticketRef: m.subject_kind === 'ticket' ? (link.ticketRef ?? null) : null,
            ...(link.trackingToken ? { trackingToken: link.trackingToken } : {}),
            createdAt: m.created_at.toISOString(),
            readAt: m.read_at?.toISOString() ?? null,
          }
        }),
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
