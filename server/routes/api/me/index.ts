import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ConsentBody, Me, MyDataExport } from '../../../../types/me'
import { PRIVACY_NOTICE } from '../../../content/privacy'
import { UnauthorizedError, ValidationError } from '../../../errors'
import { toMe } from '../../../lib/present'
import { auditRepository } from '../../../repositories/audit'
import { sessionsRepository } from '../../../repositories/sessions'
import { usersRepository } from '../../../repositories/users'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** 我的: the signed-in resident's account, consent, export and erasure. */
export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireUser)

  app.get(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '当前居民账户',
        description: '手机号只以脱敏形式返回（138****1234）。',
        security: bearerSecurity,
        response: { 200: Me, ...errorResponses(401) },
      },
    },
    async (request) => toMe(request.user!),
  )

  app.post(
    '/consent',
    {
      schema: {
        tags: ['我的'],
        summary: '同意隐私说明',
        description: 'version 必须是 GET /api/privacy 返回的当前版本。',
        security: bearerSecurity,
        body: ConsentBody,
        response: { 200: Me, ...errorResponses(400, 401) },
      },
    },
    async (request) => {
      if (request.body.version !== PRIVACY_NOTICE.version) {
        const message = '隐私说明已更新，请阅读最新版本后再同意'
        throw new ValidationError(message, { version: message })
      }
      const user = await usersRepository(app.db).recordConsent(request.user!.id, request.body.version)
      if (!user) throw new UnauthorizedError()
      return toMe(user)
    },
  )

  app.get(
    '/export',
    {
      schema: {
        tags: ['我的'],
        summary: '导出我的数据',
        description: '返回本人的全部数据（不脱敏）以及登录记录。',
        security: bearerSecurity,
        response: { 200: MyDataExport, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const user = request.user!
      const sessions = await sessionsRepository(app.db).listFor('user', user.id)
      reply.header('cache-control', 'no-store')
      return {
        exportedAt: new Date().toISOString(),
        user: {
          id: user.id,
          phone: user.phone,
          wechatOpenid: user.wechat_openid,
          wechatUnionid: user.wechat_unionid,
          nickname: user.nickname,
          privacyConsentVersion: user.privacy_consent_version,
          privacyConsentAt: user.privacy_consent_at?.toISOString() ?? null,
          createdAt: user.created_at.toISOString(),
        },
        sessions: sessions.map((s) => ({
          createdAt: s.created_at.toISOString(),
          expiresAt: s.expires_at.toISOString(),
          revokedAt: s.revoked_at?.toISOString() ?? null,
          lastSeenAt: s.last_seen_at?.toISOString() ?? null,
        })),
      }
    },
  )

  app.delete(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '注销账号',
        description: '删除手机号、微信标识和昵称，吊销全部登录。同一手机号之后可重新注册为新账号。',
        security: bearerSecurity,
        response: { 204: NoContent, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const id = request.user!.id
      if (!(await usersRepository(app.db).erase(id))) throw new UnauthorizedError()
      await auditRepository(app.db).record({
        actorType: 'user',
        actorId: id,
        action: 'user.erase',
        target: `user:${id}`,
      })
      return reply.code(204).send(null)
    },
  )
}
