import { type Static, Type } from '@sinclair/typebox'
import { IsoDateTime, Pagination } from './common'

/** Who wrote an audit entry: a resident, a member of staff, the system, or an unknown caller (failed login). */
export const AuditActorType = { user: 'user', staff: 'staff', system: 'system', anonymous: 'anonymous' } as const
/** One of {@link AuditActorType}. */
export type AuditActorType = (typeof AuditActorType)[keyof typeof AuditActorType]

/** One `audit_log` row as administrators see it. Residents appear by id only (no phone, no name). */
export const AuditEntry = Type.Object(
  {
    id: Type.String(),
    at: IsoDateTime,
    actor: Type.Object({
      type: Type.Union(Object.values(AuditActorType).map((v) => Type.Literal(v))),
      id: Type.Union([Type.Integer(), Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()], { description: '工作人员姓名；居民、系统为 null' }),
      department: Type.Union([Type.String(), Type.Null()], { description: '工作人员所在部门' }),
    }),
    action: Type.String({ description: '如 ticket.accept、ticket.reply、staff.login' }),
    target: Type.Union([Type.String(), Type.Null()], { description: '工单号、用户名等' }),
    detail: Type.Record(Type.String(), Type.Unknown()),
  },
  { title: '审计记录' },
)
/** Static type of {@link AuditEntry}. */
export type AuditEntry = Static<typeof AuditEntry>

/** `GET /api/staff/audit`, newest first. */
export const AuditPage = Pagination(AuditEntry)
/** Static type of {@link AuditPage}. */
export type AuditPage = Static<typeof AuditPage>

/** `GET /api/staff/audit` filters. */
export const AuditQuery = Type.Object({
  ticket: Type.Optional(Type.String({ pattern: '^YZ\\d{8}-\\d{6}$', title: '工单号' })),
  subjectKind: Type.Optional(
    Type.String({
      pattern: '^[a-z][a-z0-9-]{0,39}$',
      title: '对象类型',
      description:
        '只看某类对象的记录：操作名的前缀，如 ticket（工单）、staff（工作人员登录）、user（居民账号）、open311',
    }),
  ),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 50 })),
})
/** Static type of {@link AuditQuery}. */
export type AuditQuery = Static<typeof AuditQuery>
