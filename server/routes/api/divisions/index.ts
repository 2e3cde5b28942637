import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DivisionTree } from '../../../../types/reference'
import { NotFoundError } from '../../../errors'
import { divisionsRepository } from '../../../repositories/divisions'
import { errorResponses } from '../../schemas'

/** `GET /api/divisions`: 扬州市 administrative divisions. */
export const divisionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['基础数据'],
        summary: '扬州市行政区划',
        description: '扬州市、所辖区县（市）及功能区、乡镇街道；代码为 GB/T 2260 及统计用区划代码。',
        response: { 200: DivisionTree, ...errorResponses(404) },
      },
    },
    async (_request, reply) => {
      const tree = await divisionsRepository(app.db).tree()
      if (!tree) throw new NotFoundError('行政区划数据尚未载入')
      // Reference data changes a few times a year.
      reply.header('cache-control', 'public, max-age=3600')
      return tree
    },
  )
}
