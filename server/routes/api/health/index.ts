import fs from 'node:fs'
import path from 'node:path'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { sql } from 'kysely'
import { Health } from '../../../../types/health'
import { ServiceUnavailableError } from '../../../errors'
import { errorResponses } from '../../schemas'

/** The package version, read once. */
export const APP_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8')) as { version: string }
).version

/** `GET /api/health`: answers ok when the database answers. */
export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['系统'],
        summary: '健康检查',
        description: '数据库可用时返回 ok；用于负载均衡和部署检查。',
        response: { 200: Health, ...errorResponses(503) },
      },
    },
    async () => {
      try {
        await sql`SELECT 1`.execute(app.db)
      } catch {
        throw new ServiceUnavailableError('数据库暂时不可用')
      }
      return {
        status: 'ok' as const,
        db: app.dbKind,
        version: APP_VERSION,
        uptimeSeconds: Math.round(process.uptime()),
      }
    },
  )
}
