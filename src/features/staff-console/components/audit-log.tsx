import { useState } from 'react'
import type { AuditEntry } from '../../../../types/audit'
import { GovButton } from '../../../components/gov-button'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovSelect } from '../../../components/gov-select'
import { useStaffSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { type AuditFilters, useAuditLog } from '../api/get-audit-log'
import { AUDIT_SUBJECT_KINDS } from '../model/sections'
import './staff-console.scss'

/** Who acted, in words: a member of staff by department and name; residents and the system by kind only. */
function actorText(actor: AuditEntry['actor']): string {
  if (actor.type === 'staff') return [actor.department, actor.name].filter(Boolean).join(' ') || '工作人员'
  return { user: '居民', system: '系统', anonymous: '未登录' }[actor.type] ?? actor.type
}

/**
 * 审计日志 (administrators): the one view of every feature's audit entries — who, when, what, on which object —
 * newest first, filterable by subject kind, 20 to a page.
 */
export function AuditLog() {
  const session = useStaffSession()
  const [filters, setFilters] = useState<AuditFilters>({ subjectKind: '', page: 1 })
  const audit = useAuditLog(filters)
  if (session?.staff.role !== 'admin') return <GovEmpty message="审计日志仅管理员可查看。" />
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1
  return (
    <>
      <div className="staff-console__filters">
        <GovSelect
          id="audit-subject-kind"
          label="对象类型"
          placeholder="全部类型"
          value={filters.subjectKind}
          options={[{ value: '', label: '全部类型' }, ...AUDIT_SUBJECT_KINDS]}
          onChange={(v) => setFilters({ subjectKind: v, page: 1 })}
        />
      </div>
      {audit.loading && !audit.data ? (
        <GovLoading rows={4} label="正在加载审计日志…" />
      ) : audit.error || !audit.data ? (
        <GovError message={audit.error?.message ?? '加载失败'} onRetry={audit.reload} />
      ) : audit.data.items.length === 0 ? (
        <GovEmpty message="没有符合条件的记录。" />
      ) : (
        <>
          <p className="staff-console__count" role="status">
            共 {audit.data.total} 条
          </p>
          <table className="staff-console__audit">
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">操作人</th>
                <th scope="col">操作</th>
                <th scope="col">对象</th>
              </tr>
            </thead>
            <tbody>
              {audit.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{actorText(e.actor)}</td>
                  <td>{e.action}</td>
                  <td>{e.target ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="staff-console__pager">
            <GovButton
              variant="secondary"
              disabled={filters.page <= 1}
              onClick={() => setFilters((f) => ({ ...f, page: f.page - 1 }))}
            >
              上一页
            </GovButton>
            <span>
              第 {filters.page} / {pages} 页
            </span>
            <GovButton
              variant="secondary"
              disabled={filters.page >= pages}
              onClick={() => setFilters((f) => ({ ...f, page: f.page + 1 }))}
            >
              下一页
            </GovButton>
          </div>
        </>
      )}
    </>
  )
}
