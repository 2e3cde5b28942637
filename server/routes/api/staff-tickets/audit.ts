import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type AuditEntry, AuditPage, AuditQuery } from '../../../../types/audit'
import { auditRepository } from '../../../repositories/audit'
import { bearerSecurity, errorResponses } from '../../schemas'

type AuditRow = Awaited<ReturnType<ReturnType<typeof auditRepository>['page']>>['rows'][number]

/** One row as the API shows it: staff by name and department; residents by id only. */
function toEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.created_at.toISOString(),
    actor: {
      type: row.actor_type,
      id: row.actor_id,
      name: row.actor_type === 'staff' ? row.staff_name : null,
      department: row.actor_type === 'staff' ? row.department_name : null,
    },
    action: row.action,
    target: row.target,
    detail: row.detail,
  }
}

/** GET /api/staff/audit: the audit log, read by administrators only. */
export const staffAuditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('preHandler', app.requireStaff('admin'))

  app.get(
    '',
    {
      schema: {
        tags: ['12345 工作台'],
        summary: '审计日志',
        description:
          '仅管理员。最新在前；ticket 只看某张工单的记录（谁、何时、做了什么），subjectKind 只看某类对象的记录。',
        security: bearerSecurity,
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const page = request.query.page ?? 1
      const pageSize = request.query.pageSize ?? 50
      const { rows, total } = await auditRepository(app.db).page({
        target: request.query.ticket,
        subjectKind: request.query.subjectKind,
        page,
        pageSize,
      })
      return { items: rows.map(toEntry), total, page, pageSize }
    },
  )
}
