import Taro from '@tarojs/taro'
import { useState } from 'react'
import { isOpenStatus, TicketStatusLabel as STATUS_LABEL, type TicketStatus } from '../../../../types/hotline-states'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovField } from '../../../components/gov-field'
import { GovLoading } from '../../../components/gov-loading'
import { GovSelect } from '../../../components/gov-select'
import { STAFF_LOGIN_PAGE } from '../../../lib/auth/login-redirect'
import { useStaffSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { type QueueFilters, useStaffTickets } from '../api/get-staff-tickets'
import './staff-tickets.scss'

/** The staff ticket page. */
export const STAFF_TICKET_PAGE = '/packages/staff/pages/ticket/index'

/** 工单队列: the department's tickets (admin: all) filtered by status, category code and overdue. */
export function StaffQueue() {
  const session = useStaffSession()
  const [filters, setFilters] = useState<QueueFilters>({ status: '', serviceCode: '', overdue: false, page: 1 })
  const [code, setCode] = useState('')
  const queue = useStaffTickets(filters)
  if (!session) {
    return (
      <GovEmpty
        message="请先以工作人员身份登录。"
        actionText="工作人员登录"
        onAction={() => void Taro.redirectTo({ url: STAFF_LOGIN_PAGE })}
      />
    )
  }
  const pages = queue.data ? Math.max(1, Math.ceil(queue.data.total / queue.data.pageSize)) : 1
  return (
    <div className="staff-queue">
      <form
        className="staff-queue__filters"
        aria-label="筛选工单"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          setFilters((f) => ({ ...f, serviceCode: code.trim(), page: 1 }))
        }}
      >
        <GovSelect
          id="staff-filter-status"
          label="状态"
          placeholder="全部状态"
          value={filters.status}
          options={(Object.keys(STATUS_LABEL) as TicketStatus[]).map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
          onChange={(v) => setFilters((f) => ({ ...f, status: v as TicketStatus | '', page: 1 }))}
        />
        <GovField
          id="staff-filter-category"
          label="类别编码"
          hint="如 CG-ZY（留空为全部）"
          value={code}
          onChange={setCode}
          onEnter={() => setFilters((f) => ({ ...f, serviceCode: code.trim(), page: 1 }))}
        />
        <GovCheckbox
          id="staff-filter-overdue"
          checked={filters.overdue}
          onChange={(v) => setFilters((f) => ({ ...f, overdue: v, page: 1 }))}
        >
          只看已超期
        </GovCheckbox>
        <GovButton variant="secondary" onClick={() => setFilters((f) => ({ ...f, serviceCode: code.trim(), page: 1 }))}>
          筛选
        </GovButton>
      </form>
      {queue.loading ? (
        <GovLoading rows={4} label="正在加载工单队列…" />
      ) : queue.error || !queue.data ? (
        <GovError message={queue.error?.message ?? '加载失败'} onRetry={queue.reload} />
      ) : queue.data.items.length === 0 ? (
        <GovEmpty message="没有符合条件的工单。" />
      ) : (
        <>
          <p className="staff-queue__count">共 {queue.data.total} 件</p>
          <ul className="staff-queue__list">
            {queue.data.items.map((t) => (
              <li key={t.ref} className={`staff-queue__item${t.overdue ? ' staff-queue__item--overdue' : ''}`}>
                <button
                  type="button"
                  className="staff-queue__link"
                  onClick={() => void Taro.navigateTo({ url: `${STAFF_TICKET_PAGE}?ref=${encodeURIComponent(t.ref)}` })}
                >
                  <span className="staff-queue__title">{t.title}</span>
                  <span className="staff-queue__meta">
                    {t.ref} · {t.type} · {t.category.name} · {formatDateTime(t.createdAt)}
                  </span>
                  <span className="staff-queue__meta">
                    <span className={`staff-status staff-status--${isOpenStatus(t.status) ? 'open' : 'done'}`}>
                      {t.statusLabel || STATUS_LABEL[t.status]}
                    </span>
                    {t.overdue ? <strong className="staff-queue__overdue">已超期</strong> : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="staff-queue__pager" aria-label="翻页">
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
            </nav>
          ) : null}
        </>
      )}
    </div>
  )
}
