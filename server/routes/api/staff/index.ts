import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Staff, StaffLoginBody, StaffSession } from '../../../../types/staff'
import { toStaff } from '../../../lib/present'
import { sessionsRepository } from '../../../repositories/sessions'
import { staffAccounts } from '../../../services/staff-accounts'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** Staff login and session. */
export const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/login',
    {
      schema: {
        tags: ['工作人员'],
        summary: '工作人员登录',
        description: '用户名和密码登录；每次尝试都记入审计日志。会话默认 12 小时有效。',
        body: StaffLoginBody,
        response: { 200: StaffSession, ...errorResponses(400, 401, 429) },
      },
      // Password guessing: far tighter than the global limit.
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) =>
      staffAccounts(app.db).login(
        request.body.username,
        request.body.password,
        app.config.staffSessionTtlHours,
        request.headers['user-agent'] ?? null,
      ),
  )

  app.get(
    '/me',
    {
      preHandler: app.requireStaff(),
      schema: {
        tags: ['工作人员'],
        summary: '当前工作人员',
        security: bearerSecurity,
        response: { 200: Staff, ...errorResponses(401) },
      },
    },
    async (request) => toStaff(request.staff!),
  )

  app.post(
    '/logout',
    {
      preHandler: app.requireStaff(),
      schema: {
        tags: ['工作人员'],
        summary: '工作人员退出登录',
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
