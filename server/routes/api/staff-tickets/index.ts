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
import { type TicketStatus, TicketStatusGroup } from '../../../../types/hotline-states'
import { ticketsRepository } from '../../../repositories/tickets'
import { ticketsService } from '../../../services/tickets'
import { toSummary } from '../../../services/tickets-view'
import { bearerSecurity, errorResponses } from '../../schemas'

const RefParams = Type.Object({ ref: Type.String({ pattern: '^YZ\\d{8}-\\d{6}$', title: '工单号' }) })
const tags = ['12345 工作台']

/** The statuses a queue query asks for: `status`, the `state` group, both (their overlap), or `undefined` for all. */
function queueStatuses(q: StaffQueueQuery): readonly TicketStatus[] | undefined {
  if (!q.state) return q.status ? [q.status] : undefined
  const group: readonly TicketStatus[] = TicketStatusGroup[q.state]
  return q.status ? group.filter((s) => s === q.status) : group
}
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
    async (request) => {
      const { serviceCode, overdue, sort } = request.query
      const page = request.query.page ?? 1
      const pageSize = request.query.pageSize ?? 20
      const staff = request.staff!
      const statuses = queueStatuses(request.query)
      if ((staff.role !== 'admin' && staff.department_id === null) || statuses?.length === 0)
        return { items: [], total: 0, page, pageSize }
      const { items, total } = await ticketsRepository(app.db).list({
        departmentId: staff.role === 'admin' ? null : staff.department_id,
        statuses,
        serviceCode,
        overdue: overdue === '1',
        sort,
        page,
        pageSize,
      })
      return { items: items.map((r) => toSummary(r, 'staff')), total, page, pageSize }
    },
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
