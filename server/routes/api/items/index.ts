import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CommentBody,
  CommentResult,
  HotItemsQuery,
  IdempotencyHeaders,
  ImplCodeParams,
  ItemDetail,
  ItemList,
  ItemSearchQuery,
  ItemSearchResult,
  MyRating,
  RatingBody,
  RatingResult,
} from '../../../../types/catalogue'
import { UnauthorizedError, ValidationError } from '../../../errors'
import { perAddressLimit, perUserKey } from '../../../lib/rate-limits'
import { sendIdempotent } from '../../../platform/idempotency'
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
      // 高频事项 are the most used services, one row each (the search of nothing, by popularity)
      return sendCatalogue(request, reply, ctx.cache, await ctx.version(), `hot:${limit}`, async () => ({
        items: (await ctx.search.search('', {}, 1, limit)).items,
      }))
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
      // Per resident now that scoring needs a sign-in, plus a loose limit per address (shared NAT).
      onRequest: perAddressLimit(app, {
        name: 'guide-rating',
        max: app.config.hotlinePerAddressPerMinute,
        timeWindow: '1 minute',
        message: (s) => `这个网络评分太频繁，请 ${s} 秒后再试`,
      }),
      config: { rateLimit: { max: 10, timeWindow: '1 minute', keyGenerator: perUserKey } },
      schema: {
        tags: ['事项'],
        summary: '给指南评分',
        description:
          '评分 1–5，可附 500 字以内意见。需要登录：只有登录市民的评分计入公开评分，每人每个事项一份，再次提交即修改。' +
          '未登录时请用 POST /api/items/{implCode}/comments 只留意见（不计分）。' +
          '带 Idempotency-Key 时（按人和接口区分），同一个键重复提交返回第一次的结果（头 Idempotent-Replayed: true），内容不同则 409。',
        params: ImplCodeParams,
        headers: IdempotencyHeaders,
        body: RatingBody,
        security: bearerSecurity,
        response: { 201: RatingResult, ...errorResponses(400, 401, 404, 409, 429) },
      },
      preHandler: async (request, reply) => {
        if (!bearerToken(request)) throw new UnauthorizedError('登录后才能评分；未登录也可以只留下意见（不计入评分）')
        await app.requireUser.call(app, request, reply)
      },
    },
    async (request, reply) => {
      const result = await ctx.catalogue.rate({
        implCode: request.params.implCode,
        userId: request.user!.id,
        score: request.body.score,
        comment: request.body.comment?.trim() || null,
        idempotencyKey: request.headers['idempotency-key'],
      })
      return sendIdempotent(reply, result)
    },
  )

  app.get(
    '/:implCode/ratings/mine',
    {
      preHandler: app.requireUser,
      schema: {
        tags: ['事项'],
        summary: '我对指南的评分',
        description: '登录市民自己的评分（可修改）；还没评过得 404。',
        params: ImplCodeParams,
        security: bearerSecurity,
        response: { 200: MyRating, ...errorResponses(401, 404) },
      },
    },
    async (request) => ctx.catalogue.myRating(request.user!.id, request.params.implCode),
  )

  app.post(
    '/:implCode/comments',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['事项'],
        summary: '对指南留意见（不计分）',
        description: '无需登录。意见转给编写指南的部门参考，不影响公开评分；不要填写姓名、电话、证件号等个人信息。',
        params: ImplCodeParams,
        body: CommentBody,
        response: { 201: CommentResult, ...errorResponses(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const comment = request.body.comment.trim()
      if (!comment) throw new ValidationError('请填写意见', { comment: '请填写意见' })
      return reply.code(201).send(await ctx.catalogue.comment(request.params.implCode, comment))
    },
  )
}
