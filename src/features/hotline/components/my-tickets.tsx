import Taro from '@tarojs/taro'
import { useState } from 'react'
import { TICKET_STATUS_BADGES } from '../../../../types/hotline-states'
import { GovButton } from '../../../components/gov-button'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovStatusBadge, statusBadge } from '../../../components/gov-status-badge'
import { GovTag } from '../../../components/gov-tag'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { formatDate } from '../../../lib/format'
import { useMyTickets } from '../api/get-my-tickets'
import type { TicketSummary } from '../model/contract'
import { SUBMIT_PAGE, TICKET_PAGE, trackPath } from '../model/routes'
import { DeadlineLine } from './deadline-line'
import './hotline.scss'

const PAGE_SIZE = 10

/**
 * Where a row opens: the resident's own ticket page, or for a ticket they follow (我也遇到了, or their own was merged
 * into it) the public tracking view — the owner-only page would answer 404.
 */
export function ticketPath(t: Pick<TicketSummary, 'ref' | 'relation' | 'trackingToken'>): string {
  return t.relation === 'following'
    ? trackPath(t.ref, t.trackingToken)
    : `${TICKET_PAGE}?ref=${encodeURIComponent(t.ref)}`
}

/** 我的工单: filed and followed (marked 我关注的), newest first, status in words and colour, deadline countdown, 10 a page. */
export function MyTickets() {
  const session = useSession()
  const [page, setPage] = useState(1)
  const list = useMyTickets(page, PAGE_SIZE)
  if (!session) return <GovEmpty message="登录后查看您提交的工单。" actionText="登录" onAction={() => goToLogin()} />
  if (list.loading) return <GovLoading rows={4} label="正在加载我的工单…" />
  if (list.error || !list.data) return <GovError message={list.error?.message ?? '加载失败'} onRetry={list.reload} />
  const { items, total } = list.data
  if (total === 0) {
    return (
      <GovEmpty
        message="您还没有提交过 12345 工单。"
        actionText="我要反映"
        onAction={() => void Taro.navigateTo({ url: SUBMIT_PAGE })}
      />
    )
  }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  return (
    <div className="hotline-mine">
      <p className="hotline-lead">共 {total} 件</p>
      <ul className="hotline-cards">
        {items.map((t) => (
          <li className="hotline-card" key={t.ref}>
            <button
              type="button"
              className="hotline-card__link"
              onClick={() => void Taro.navigateTo({ url: ticketPath(t) })}
            >
              <span className="hotline-card__top">
                <span className="hotline-card__title">
                  {t.relation === 'following' ? <GovTag tone="primary">我关注的</GovTag> : null}
                  {t.title}
                </span>
                <GovStatusBadge {...statusBadge(TICKET_STATUS_BADGES, t.status, t.statusLabel)} />
              </span>
              <span className="hotline-card__meta">
                {t.type} · {t.ref} · {formatDate(t.createdAt)}
              </span>
            </button>
            {t.status !== 'closed' && t.status !== 'replied' && t.status !== 'merged' ? (
              <DeadlineLine dueAt={t.dueAt} overdue={t.overdue} />
            ) : null}
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="hotline-pager" aria-label="翻页">
          <GovButton variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            上一页
          </GovButton>
          <span>
            第 {page} / {pages} 页
          </span>
          <GovButton variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            下一页
          </GovButton>
        </nav>
      ) : null}
    </div>
  )
}
