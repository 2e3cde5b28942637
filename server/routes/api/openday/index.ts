import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  OpenDayDetail,
  OpenDayListQuery,
  OpenDayPage,
  Registration,
  RegistrationDraft,
  RegistrationList,
} from '../../../../types/openday'
import { personalDataVault } from '../../../platform/crypto'
import { opendayEvents } from '../../../services/openday/events'
import { expireOffer, type Promotion } from '../../../services/openday/promotion'
import { opendayRegistrations } from '../../../services/openday/registrations'
import { DEFAULT_WAITLIST_POLICY } from '../../../services/openday/waitlist'
import { bearerSecurity, errorResponses } from '../../schemas'

const tags = ['政府开放日']
/** The durable job that ends a waitlist offer when its confirm window has passed. */
export const OFFER_EXPIRY_JOB = 'openday.offer-expiry'
const EventParams = Type.Object({ id: Type.String({ pattern: '^\\d{1,18}$', title: '活动编号' }) })
const RefParams = Type.Object({ ref: Type.String({ pattern: '^KF[0-9A-Z]{8}$', title: '报名编号' }) })

/** The resident side of 政府开放日 (issue #11): list, detail, register, 我的报名, cancel, accept an offer. */
export const opendayRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const events = opendayEvents(app.db)
  // Offers end by a durable job, one per promoted party, due when its confirm window ends: it survives a restart,
  // and pg-boss hands each job to one process (SKIP LOCKED); the handler re-checks the offer under a row lock, so a
  // run repeated after a crash, or an offer accepted meanwhile, changes nothing.
  await app.jobs.define<{ registrationId: string }>({
    name: OFFER_EXPIRY_JOB,
    handle: async ({ registrationId }) => {
      const promoted = await app.db
        .transaction()
        .execute((tx) => expireOffer(tx, registrationId, new Date(), DEFAULT_WAITLIST_POLICY))
      if (promoted) await scheduleExpiry(promoted)
    },
  })
  const scheduleExpiry = async (promotions: Promotion[]) => {
    for (const p of promotions)
      await app.jobs.send(OFFER_EXPIRY_JOB, { registrationId: p.registrationId }, { startAfter: p.offerExpiresAt })
  }
  const registrations = opendayRegistrations({
    db: app.db,
    vault: personalDataVault(app.config),
    onPromoted: scheduleExpiry,
  })

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: '开放日列表',
        description:
          '即将举行（when=upcoming，默认，按开始时间）或往期（when=past）；可按部门编码和月份（YYYY-MM）筛选。',
        querystring: OpenDayListQuery,
        response: { 200: OpenDayPage, ...errorResponses(400) },
      },
    },
    async (request) => events.list(request.query),
  )

  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: '开放日详情',
        description: '含各场次的剩余名额和候补人数；抽签活动含公开的承诺值、名单哈希和（抽签后）密钥，可自行验证。',
        params: EventParams,
        response: { 200: OpenDayDetail, ...errorResponses(404) },
      },
    },
    async (request) => events.detail(request.params.id),
  )

  app.post(
    '/events/:id/registrations',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '报名',
        description:
          '必须带 Idempotency-Key：同一个键重复提交得到同一条报名（头 Idempotent-Replayed: true）。' +
          '场次已满得 409 SESSION_FULL，可带 joinWaitlist: true 重新提交加入候补；同一账号或同一证件号码每次活动只能报名一次（409 ALREADY_REGISTERED）。' +
          '证件号码加密保存，只返回打码后的号码。',
        security: bearerSecurity,
        params: EventParams,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String()) }),
        body: RegistrationDraft,
        response: { 201: Registration, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { registration, replayed } = await registrations.register(
        request.user!,
        request.params.id,
        request.body,
        request.headers['idempotency-key'] as string | undefined,
      )
      if (replayed) reply.header('idempotent-replayed', 'true')
      return reply.code(201).send(registration)
    },
  )

  app.get(
    '/registrations',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '我的报名',
        security: bearerSecurity,
        response: { 200: RegistrationList, ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await registrations.listMine(request.user!) }),
  )

  app.get(
    '/registrations/:ref',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '报名详情（本人）',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: Registration, ...errorResponses(401, 404) },
      },
    },
    async (request) => registrations.getMine(request.user!, request.params.ref),
  )

  app.post(
    '/registrations/:ref/cancel',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '取消报名',
        description:
          '已报名的在取消截止时间（场次开始前若干小时）前可取消，名额退回并按顺序递补候补；候补中的在开始前可取消。截止后 409 CANCEL_DEADLINE_PASSED，附主办部门电话。',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: Registration, ...errorResponses(401, 404, 409) },
      },
    },
    async (request) => registrations.cancel(request.user!, request.params.ref),
  )

  app.post(
    '/registrations/:ref/accept',
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        summary: '确认候补名额',
        description: '候补递补成功后，在确认时限内确认参加；逾期名额顺延给下一位。',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: Registration, ...errorResponses(401, 404, 409) },
      },
    },
    async (request) => registrations.accept(request.user!, request.params.ref),
  )
}
