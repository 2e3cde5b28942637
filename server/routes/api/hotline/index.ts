import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { PageQuery } from '../../../../types/common'
import {
  CategoryGroups,
  FollowResult,
  NotifyOptions,
  RatingBody,
  SimilarQuery,
  SimilarTicket,
  SubscriptionBody,
  Ticket,
  TicketDraft,
  TicketPage,
  TrackingView,
} from '../../../../types/hotline'
import { RateLimitedError } from '../../../errors'
import { perAddressLimit, perUserKey } from '../../../lib/rate-limits'
import { notifyOptions } from '../../../services/hotline/notify'
import { ticketsService } from '../../../services/hotline/service'
import { bearerSecurity, errorResponses, NoContent } from '../../schemas'

const RefParams = Type.Object({ ref: Type.String({ pattern: '^YZ\\d{8}-\\d{6}$', title: '工单号' }) })
const tags = ['12345 热线']

/** 429 on submit (`HOTLINE_SUBMIT_RATE` per resident per minute): says the limit, when to retry, and that the draft stays. */
class SubmitRateLimitedError extends RateLimitedError {
  override name = 'SubmitRateLimitedError'
  constructor(max: number, ttlMs: number) {
    super(
      `提交太频繁：每人每分钟最多提交 ${max} 份诉求，请 ${Math.max(1, Math.ceil(ttlMs / 1000))} 秒后再试，已填写的内容会保留`,
    )
  }
}

/** The resident side of the 12345 hotline (docs/api-hotline.md). */
export const hotlineRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = ticketsService({ db: app.db, notifier: app.notifier, calendar: app.config.workingCalendar })

  app.get(
    '/categories',
    { schema: { tags, summary: '诉求分类（Open311 服务）', response: { 200: CategoryGroups } } },
    async () => service.categories(),
  )

  app.get(
    '/notify-options',
    {
      schema: {
        tags,
        summary: '办理进度通知渠道',
        description:
          '无需登录。小程序据此在“确认提交”时申请订阅消息（wechatSubscribeTemplateIds 为空则不申请）；' +
          '与服务器发送时用的模板相同（WECHAT_SUBSCRIBE_TEMPLATE_ID）。可缓存 5 分钟。',
        response: { 200: NotifyOptions },
      },
    },
    async (_request, reply) => {
      // Short: a template changed in the console and in the env reaches residents within minutes.
      reply.header('cache-control', 'public, max-age=300')
      return notifyOptions(app.notifier)
    },
  )

  app.post(
    '/similar',
    {
      schema: {
        tags,
        summary: '相似工单',
        description: '同一分类或同一区县、文字相近的办理中工单，最多 3 条；不含联系人、电话和详细地址。',
        body: SimilarQuery,
        response: { 200: Type.Object({ items: Type.Array(SimilarTicket) }), ...errorResponses(400) },
      },
    },
    async (request) => service.similar(request.body),
  )

  app.post(
    '/tickets',
    {
      onRequest: perAddressLimit(app, {
        name: 'hotline-submit',
        max: app.config.hotlinePerAddressPerMinute,
        timeWindow: '1 minute',
        message: (s) => `这个网络提交诉求太频繁，请 ${s} 秒后再试，已填写的内容会保留`,
      }),
      preHandler: app.requireUser,
      config: {
        rateLimit: {
          max: app.config.hotlineSubmitPerMinute,
          timeWindow: '1 minute',
          keyGenerator: perUserKey,
          errorResponseBuilder: (_request, context) => new SubmitRateLimitedError(context.max, context.ttl),
        },
      },
      schema: {
        tags,
        summary: '提交诉求',
        description:
          '必须带 Idempotency-Key 请求头：同一个键重复提交得到同一张工单（头 Idempotent-Replayed: true），内容不同则 409。' +
          `每人每分钟最多 ${app.config.hotlineSubmitPerMinute} 份（HOTLINE_SUBMIT_RATE），` +
          `每个客户端地址每分钟最多 ${app.config.hotlinePerAddressPerMinute} 份（HOTLINE_ADDRESS_RATE），超出得 429。`,
        security: bearerSecurity,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
        body: TicketDraft,
        response: { 201: Ticket, ...errorResponses(400, 401, 409, 429) },
      },
    },
    async (request, reply) => {
      const { ticket, replayed } = await service.submit(
        request.user!,
        request.body,
        request.headers['idempotency-key'] as string | undefined,
      )
      if (replayed) reply.header('idempotent-replayed', 'true')
      return reply.code(201).send(ticket)
    },
  )

  app.get(
    '/tickets',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '我的工单',
        description: '我提交的（relation=own）和我点过“我也遇到了”的（relation=following），新的在前。',
        security: bearerSecurity,
        querystring: PageQuery,
        response: { 200: TicketPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.listMine(request.user!, request.query.page ?? 1, request.query.pageSize ?? 20),
  )

  app.get(
    '/tickets/:ref',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '工单详情（本人）',
        description: '只能看自己提交的工单；别人的工单返回 404。',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: Ticket, ...errorResponses(401, 404) },
      },
    },
    async (request) => service.getMine(request.user!, request.params.ref),
  )

  app.post(
    '/tickets/:ref/follow',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '我也遇到了',
        description: '同一人多次点击只算一次；之后可凭 trackingToken 查看公开进度并收到站内消息。',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: FollowResult, ...errorResponses(401, 404, 409) },
      },
    },
    async (request) => service.follow(request.user!, request.params.ref),
  )

  app.post(
    '/tickets/:ref/subscriptions',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '记录订阅消息授权',
        description:
          '小程序里用户点按 wx.requestSubscribeMessage 同意后，把同意的模板 id 报给服务器；每次同意可发一条。',
        security: bearerSecurity,
        params: RefParams,
        body: SubscriptionBody,
        response: { 204: NoContent, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await service.subscribe(request.user!, request.params.ref, request.body.templateIds)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/tickets/:ref/rating',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '评价',
        description: '答复后评价（五级）；不满意或非常不满意并填写 reopenReason 可申请重新办理一次。',
        security: bearerSecurity,
        params: RefParams,
        body: RatingBody,
        response: { 200: Ticket, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => service.rate(request.user!, request.params.ref, request.body),
  )

  app.get(
    '/track/:ref',
    {
      schema: {
        tags,
        summary: '公开进度（凭链接）',
        description: '工单号 + 追踪码，无需登录；不含任何个人信息、诉求正文和详细地址。',
        params: RefParams,
        querystring: Type.Object({ t: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: TrackingView, ...errorResponses(404) },
      },
    },
    async (request) => service.track(request.params.ref, request.query.t),
  )
}
