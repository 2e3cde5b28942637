import type { AuditEntry, AuditPage } from '../../../../types/audit'
import { type TicketStatus, TicketStatusLabel } from '../../../../types/hotline-states'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { formatDateTime } from '../../../lib/format'
import type { ApiQuery } from '../../../lib/http/use-api-query'

const ACTION_LABEL: Record<string, string> = {
  'ticket.accept': '受理',
  'ticket.assign': '转办',
  'ticket.return': '退回',
  'ticket.reply': '答复',
  'ticket.close': '办结',
  'ticket.merge': '并单',
  'ticket.reopen': '申请重新办理',
  'open311.create': '经 Open311 提交',
}

/** Who acted, in words: a member of staff by name and department; residents and the system by kind only. */
function actorText(actor: AuditEntry['actor']): string {
  if (actor.type === 'staff') return [actor.department, actor.name].filter(Boolean).join(' ') || '工作人员'
  return actor.type === 'user' ? '反映人' : '系统'
}

/** What was done, with the status change when the entry records one. */
function actionText(e: AuditEntry): string {
  const label = ACTION_LABEL[e.action] ?? e.action
  const to = e.detail.to as TicketStatus | undefined
  return to && TicketStatusLabel[to] ? `${label}（→ ${TicketStatusLabel[to]}）` : label
}

/** Props of {@link StaffTicketAudit}. */
export interface StaffTicketAuditProps {
  audit: ApiQuery<AuditPage>
}

/** 审计日志 (administrators): every action on the ticket — who, when, what — newest first. */
export function StaffTicketAudit({ audit }: StaffTicketAuditProps) {
  return (
    <section aria-labelledby="staff-audit-title">
      <h2 className="staff-ticket__heading" id="staff-audit-title">
        审计日志
      </h2>
      {audit.loading && !audit.data ? (
        <GovLoading rows={2} label="正在加载审计日志…" />
      ) : !audit.data ? (
        <GovError message={audit.error?.message ?? '加载失败'} onRetry={audit.reload} />
      ) : audit.data.items.length === 0 ? (
        <p className="staff-queue__count">暂无工作人员操作。</p>
      ) : (
        <table className="staff-audit">
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">操作人</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.items.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{actorText(e.actor)}</td>
                <td>{actionText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
