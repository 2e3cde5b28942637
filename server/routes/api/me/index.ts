import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ConsentBody, Me, MyDataExport } from '../../../../types/me'
import { UnauthorizedError } from '../../../errors'
import { toMe } from '../../../lib/present'
import { usersRepository } from '../../../repositories/users'
import { myDataService } from '../../../services/my-data'
import { checkPrivacyConsentVersion } from '../../../services/resident-auth'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

/** 我的: the signed-in resident's account, consent, export and erasure. */
export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireUser)
  const myData = myDataService({ db: app.db, uploadDir: app.config.uploadDir, calendar: app.config.workingCalendar })

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
      checkPrivacyConsentVersion(request.body.version, 'version')
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
        description:
          '返回本人的全部数据（不脱敏）：账户、登录记录、12345 工单（含联系电话、地址、照片、办理过程）、关注的工单、站内消息、订阅授权、指南评价、收藏和上传的照片。',
        security: bearerSecurity,
        response: { 200: MyDataExport, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      return myData.exportFor(request.user!)
    },
  )

  app.delete(
    '',
    {
      schema: {
        tags: ['我的'],
        summary: '注销账号',
        description:
          '在一个事务中删除手机号、微信标识和昵称，吊销全部登录；删除收藏、关注、站内消息、订阅授权和未用于工单的照片；评价改为匿名；已提交的工单保留（部门仍在办理），但与账号解除关联并删除联系电话和详细地址。同一手机号之后可重新注册为新账号。',
        security: bearerSecurity,
        response: { 204: NoContent, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      if (!(await myData.erase(request.user!.id, request.log))) throw new UnauthorizedError()
      return reply.code(204).send(null)
    },
  )
}
