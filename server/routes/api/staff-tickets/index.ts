import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  AssignBody,
  CloseBody,
  MergeBody,
  ReplyBody,
  ReturnBody,
  StaffQueueQuery,
  StaffTicket,
  TicketPage,
} from '../../../../types/hotline'
import { ticketsService } from '../../../services/hotline/service'
import { bearerSecurity, errorResponses } from '../../schemas'

const RefParams = Type.Object({ ref: Type.String({ pattern: '^YZ\\d{8}-\\d{6}$', title: '工单号' }) })
const tags = ['12345 工作台']

const actionResponses = { 200: StaffTicket, ...errorResponses(400, 401, 404, 409) }

/** The staff side: queue, view and actions (every action writes ticket_events and audit_log). */
export const staffTicketsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const service = ticketsService({ db: app.db, notifier: app.notifier, calendar: app.config.workingCalendar })
  app.addHook('preHandler', app.requireStaff())

  app.get(
    '',
    {
      schema: {
        tags,
        summary: '工单队列',
        description:
          '经办人看本部门承办的工单，管理员看全部；可按状态、办理中/已办结、分类、超期筛选，按提交时间或办结时限排序。',
        security: bearerSecurity,
        querystring: StaffQueueQuery,
        response: { 200: TicketPage, ...errorResponses(400, 401) },
      },
    },
    async (request) => service.queue(request.staff!, request.query),
  )

  app.get(
    '/:ref',
    {
      schema: {
        tags,
        summary: '工单（工作人员视图）',
        description: '不属于本部门的工单返回 404。举报人对承办部门保密；匿名工单对所有工作人员隐藏联系人。',
        security: bearerSecurity,
        params: RefParams,
        response: { 200: StaffTicket, ...errorResponses(401, 404) },
      },
    },
    async (request) => service.staffGet(request.staff!, request.params.ref),
  )

  const action = <B extends object>(
    path: string,
    summary: string,
    body: import('@sinclair/typebox').TSchema | null,
    toAction: (b: B) => Parameters<typeof service.act>[2],
  ) =>
    app.post(
      `/:ref/${path}`,
      {
        schema: {
          tags,
          summary,
          security: bearerSecurity,
          params: RefParams,
          ...(body ? { body } : {}),
          response: actionResponses,
        },
      },
      async (request) =>
        service.act(request.staff!, (request.params as { ref: string }).ref, toAction((request.body ?? {}) as B)),
    )

  action('accept', '受理', null, () => ({ kind: 'accept' }))
  action<{ departmentId: number }>('assign', '转办到其他部门', AssignBody, (b) => ({
    kind: 'assign',
    departmentId: b.departmentId,
  }))
  action<{ reason: string }>('return', '退回 12345 派单', ReturnBody, (b) => ({ kind: 'return', reason: b.reason }))
  action<{ body: string }>('reply', '答复', ReplyBody, (b) => ({ kind: 'reply', body: b.body }))
  action<{ note?: string }>('close', '办结', CloseBody, (b) => ({ kind: 'close', note: b.note }))
  action<{ intoRef: string }>('merge', '合并重复工单', MergeBody, (b) => ({ kind: 'merge', intoRef: b.intoRef }))
}
