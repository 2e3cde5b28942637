import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { TimelinePage, TimelineQuery } from '../../../../types/timeline'
import { timelinePage } from '../../../platform/timeline'
import { bearerSecurity, errorResponses } from '../../schemas'

/** 我的 办事记录: the signed-in resident's doings across features, newest change first, by cursor. */
export const timelineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireUser)

  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '办事记录',
        description: '本人在各功能中办理的事项（目前为 12345 工单），按最后变化时间倒序；用 nextCursor 取下一页。',
        security: bearerSecurity,
        querystring: TimelineQuery,
        response: { 200: TimelinePage, ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      timelinePage(app.db, request.user!.id, { cursor: request.query.cursor, limit: request.query.limit ?? 20 }),
  )
}
