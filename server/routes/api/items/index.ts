import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  HotItemsQuery,
  IdempotencyHeaders,
  ImplCodeParams,
  ItemDetail,
  ItemList,
  ItemSearchQuery,
  ItemSearchResult,
  RatingBody,
  RatingResult,
} from '../../../../types/catalogue'
import { bearerToken } from '../../../plugins/auth'
import { sendCatalogue } from '../../../services/catalogue-cache'
import { catalogueContext } from '../../../services/catalogue-context'
import { normaliseQuery } from '../../../services/catalogue-search'
import { bearerSecurity, errorResponses } from '../../schemas'

const NOT_MODIFIED = { 304: { type: 'null', description: '未变化（If-None-Match 与 ETag 相同）' } }

/** 事项: search with facets, 高频事项, one item with its guide, and "这条指南准确吗？" ratings. */
export const itemsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const ctx = catalogueContext(app.db, app.config.catalogueOnlineUrlTemplate)

  app.get(
    '',
    {
      schema: {
        tags: ['事项'],
        summary: '搜索事项',
        description:
          '中文子串（双字索引）、同义词/俗称、拼音全拼和首字母；排序：名称 > 别名 > 关键词 > 拼音 > 指南正文，热度其次。' +
          '各分面的计数不计该分面自身的筛选。先去掉“办理”“怎么办”等套话，口语说法（生孩子、丢了）换成目录用词。' +
          '没有结果时 suggestions 给出同样筛选下按名称或别名能找到事项的近似搜索词，relaxed 说明去掉哪一项筛选后有多少结果。' +
          '搜索本身不计入热门搜索（见 POST /api/search/commits）。',
        querystring: ItemSearchQuery,
        response: { 200: ItemSearchResult, ...NOT_MODIFIED, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const query = request.query
      const q = normaliseQuery(query.q)
      const page = query.page ?? 1
      const pageSize = query.pageSize ?? 20
      const filters = {
        department: query.department,
        level: query.level,
        district: query.district,
        audience: query.audience,
        online: query.online === '1',
        itemType: query.itemType,
      }
      const key = `items:${JSON.stringify([q, filters, page, pageSize])}`
      return sendCatalogue(request, reply, ctx.cache, await ctx.version(), key, () =>
        ctx.search.search(q, filters, page, pageSize),
      )
    },
  )

  app.get(
    '/hot',
    {
      schema: {
        tags: ['事项'],
        summary: '高频事项',
        querystring: HotItemsQuery,
        response: { 200: ItemList, ...NOT_MODIFIED, ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 8
      return sendCatalogue(request, reply, ctx.cache, await ctx.version(), `hot:${limit}`, () =>
        ctx.catalogue.hot(limit),
      )
    },
  )

  app.get(
    '/:implCode',
    {
      schema: {
        tags: ['事项'],
        summary: '事项与办事指南',
        description:
          '完整办事指南（依据、材料及示范文本和常见错误、流程、时限、收费、地点、咨询投诉、中介、送达、问答）。',
        params: ImplCodeParams,
        response: { 200: ItemDetail, ...NOT_MODIFIED, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const { implCode } = request.params
      return sendCatalogue(request, reply, ctx.cache, await ctx.version(), `item:${implCode}`, () =>
        ctx.catalogue.item(implCode),
      )
    },
  )

  app.post(
    '/:implCode/ratings',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['事项'],
        summary: '评价指南是否准确',
        description:
          '评分 1–5，可附 500 字以内意见。登录可选。带 Idempotency-Key 时，同一个键重复提交返回第一次的结果，不会多记一条。',
        params: ImplCodeParams,
        headers: IdempotencyHeaders,
        body: RatingBody,
        security: [...bearerSecurity, {}],
        response: { 201: RatingResult, ...errorResponses(400, 401, 404, 409, 429) },
      },
      // login is optional; a token that is sent must be valid
      preHandler: async (request, reply) => {
        if (bearerToken(request)) await app.requireUser.call(app, request, reply)
      },
    },
    async (request, reply) => {
      const result = await ctx.catalogue.rate({
        implCode: request.params.implCode,
        userId: request.user?.id ?? null,
        score: request.body.score,
        comment: request.body.comment?.trim() || null,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
      })
      const { created: _created, ...body } = result
      return reply.code(201).send(body)
    },
  )
}
