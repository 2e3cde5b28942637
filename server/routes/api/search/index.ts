import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { HotTerms, SearchCommitBody } from '../../../../types/catalogue'
import { bodyEtag, CATALOGUE_CACHE_CONTROL, matchesIfNoneMatch } from '../../../services/catalogue-cache'
import { catalogueContext } from '../../../services/catalogue-context'
import { normaliseQuery } from '../../../services/catalogue-search'
import { errorResponses } from '../../schemas'

/**
 * 热门搜索 and what feeds it. The list is not keyed by the catalogue version (searching changes it), so its ETag is
 * the body's hash.
 */
export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)

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

  app.post(
    '/commits',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['事项'],
        summary: '记一次确认的搜索（热门搜索）',
        description:
          '客户端在居民确认搜索时调用（回车/搜索键、点选搜索词、打开某条结果），边输边搜的请求不调用。' +
          '只计能找到事项的词（去掉“办理”“怎么办”等套话后），同一来源地址同一个词一小时内只计一次；只在内存里记地址，不落库。',
        body: SearchCommitBody,
        response: { 204: { type: 'null', description: '已收到（是否计入不影响客户端）' }, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      await ctx.search.commit(normaliseQuery(request.body.q), request.ip)
      return reply.code(204).send()
    },
  )
}
