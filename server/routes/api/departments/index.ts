import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { DepartmentList } from '../../../../types/reference'
import { departmentsRepository } from '../../../repositories/departments'

/** `GET /api/departments`: 扬州市 departments. */
export const departmentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['基础数据'],
        summary: '部门列表',
        description: '扬州市政府工作部门及相关单位，按展示顺序。',
        response: { 200: DepartmentList },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600')
      return { items: await departmentsRepository(app.db).list() }
    },
  )
}
