import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { UploadResult } from '../../../../types/hotline'
import { TICKET_LIMITS } from '../../../../types/hotline-states'
import { ValidationError } from '../../../errors'
import { perAddressLimit, perUserKey } from '../../../lib/rate-limits'
import { residentSubject, staffSubject } from '../../../platform/policy'
import { uploadsService } from '../../../services/uploads'
import { bearerSecurity, errorResponses } from '../../schemas'

/** Photo uploads for tickets. */
export const uploadsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: TICKET_LIMITS.uploadBytesMax, files: 1, fields: 0, parts: 2 },
  })
  const service = uploadsService({ db: app.db, uploadDir: app.config.uploadDir })

  app.post(
    '',
    {
      onRequest: perAddressLimit(app, {
        name: 'upload',
        max: app.config.hotlinePerAddressPerMinute,
        timeWindow: '1 minute',
        message: (s) => `这个网络上传照片太频繁，请 ${s} 秒后再试`,
      }),
      preHandler: app.requireUser,
      config: { rateLimit: { max: app.config.uploadPerMinute, timeWindow: '1 minute', keyGenerator: perUserKey } },
      schema: {
        tags: ['12345 热线'],
        summary: '上传照片',
        description:
          'multipart/form-data，字段 file。只接受内容为 JPEG、PNG、WebP 的图片（按文件内容判断，不看文件名），不超过 5 MB；EXIF/GPS 等元数据会被删除。' +
          `每人每分钟最多 ${app.config.uploadPerMinute} 张（UPLOAD_RATE），每个客户端地址每分钟最多 ${app.config.hotlinePerAddressPerMinute} 张（HOTLINE_ADDRESS_RATE）。`,
        security: bearerSecurity,
        consumes: ['multipart/form-data'],
        response: { 201: UploadResult, ...errorResponses(400, 401, 413, 429) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new ValidationError('请以 multipart/form-data 上传照片', { file: '请选择照片' })
      const file = await request.file()
      if (!file) throw new ValidationError('请选择照片', { file: '请选择照片' })
      let data: Buffer
      try {
        data = await file.toBuffer()
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new ValidationError('照片不能超过 5 MB，请压缩后再上传', { file: '照片不能超过 5 MB' })
        throw err
      }
      return reply.code(201).send(await service.save(request.user!.id, data))
    },
  )

  app.get(
    '/:id',
    {
      preHandler: app.requireSignedIn,
      schema: {
        tags: ['12345 热线'],
        summary: '查看照片',
        description: '只对上传者本人和能看到该工单的工作人员开放；其他人得到 404。',
        security: bearerSecurity,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request, reply) => {
      const viewer = request.user ? residentSubject(request.user) : staffSubject(request.staff!)
      const { row, stream } = await service.open(request.params.id, viewer)
      return reply
        .header('content-type', row.mime)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(stream)
    },
  )
}
