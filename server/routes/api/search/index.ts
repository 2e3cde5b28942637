import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HotTerms } from '../../../../types/catalogue'
import { bodyEtag, CATALOGUE_CACHE_CONTROL, matchesIfNoneMatch } from '../../../services/catalogue-cache'
import { catalogueContext } from '../../../services/catalogue-context'

/** 热门搜索. Not keyed by the catalogue version (searching changes it), so the ETag is the body's hash. */
export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db)

  app.get(
    '/hot',
    {
      schema: {
        tags: ['事项'],
        summary: '热门搜索',
        description: '只统计找到过事项的搜索词，不记录搜索者。',
        response: { 200: HotTerms, 304: { type: 'null', description: '未变化' } },
      },
    },
    async (request, reply) => {
      const body = JSON.stringify({ terms: await ctx.search.hotTerms(10) })
      const etag = bodyEtag(body)
      reply.header('etag', etag).header('cache-control', CATALOGUE_CACHE_CONTROL)
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send()
      return reply.type('application/json; charset=utf-8').send(body)
    },
  )
}
