import Taro from '@tarojs/taro'
import { useState } from 'react'
import {
  isOpenStatus,
  TicketStatusLabel as STATUS_LABEL,
  type TicketStatus,
  TicketStatusGroup,
} from '../../../../types/hotline-states'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovSelect } from '../../../components/gov-select'
import { STAFF_LOGIN_PAGE } from '../../../lib/auth/login-redirect'
import { useStaffSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { useCategories } from '../../../lib/hotline/get-categories'
import { type QueueFilters, useStaffTickets } from '../api/get-staff-tickets'
import './staff-tickets.scss'

/** The staff ticket page. */
export const STAFF_TICKET_PAGE = '/packages/staff/pages/ticket/index'

/** The queue's first view: tickets still being handled, the nearest deadline (overdue) first. */
export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  status: '',
  state: 'open',
  sort: 'due',
  serviceCode: '',
  overdue: false,
  page: 1,
}

/** 状态 options: the two groups, then each status under its group. Value: `open`/`closed`, or a status. */
const SCOPE_OPTIONS = (['open', 'closed'] as const).flatMap((state) => [
  { value: state, label: state === 'open' ? '办理中（全部）' : '已办结（全部）' },
  ...TicketStatusGroup[state].map((s) => ({ value: s, label: `— ${STATUS_LABEL[s]}` })),
])

const SORT_OPTIONS = [
  { value: 'due', label: '办结时限最早在前（超期优先）' },
  { value: 'newest', label: '最新提交在前' },
]

/** The 状态 select's value for the filters, and the filters for a value ('' = every status). */
const scopeOf = (f: QueueFilters) => f.status || f.state
function withScope(f: QueueFilters, value: string): QueueFilters {
  if (value === 'open' || value === 'closed' || value === '') return { ...f, state: value, status: '', page: 1 }
  return {
    ...f,
    state: isOpenStatus(value as TicketStatus) ? 'open' : 'closed',
    status: value as TicketStatus,
    page: 1,
  }
}

/** Props of {@link StaffQueue}. */
export interface StaffQueueProps {
  /** An administrator's department scope, chosen in the staff console (`null`: every department). */
  departmentId?: number | null
}

/**
 * 工单队列: the department's tickets (admin: all, or the console's department scope) filtered by status, category and
 * overdue, sorted by deadline.
 */
export function StaffQueue({ departmentId = null }: StaffQueueProps) {
  const session = useStaffSession()
  const [filters, setFilters] = useState<QueueFilters>(DEFAULT_QUEUE_FILTERS)
  const categories = useCategories()
  const queue = useStaffTickets({ ...filters, departmentId })
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
        onSubmit={(event) => event.preventDefault()}
      >
        <GovSelect
          id="staff-filter-status"
          label="状态"
          placeholder="全部状态"
          value={scopeOf(filters)}
          options={SCOPE_OPTIONS}
          onChange={(v) => setFilters((f) => withScope(f, v))}
        />
        <GovSelect
          id="staff-filter-category"
          label="类别"
          placeholder="全部类别"
          value={filters.serviceCode}
          options={(categories.data?.groups ?? []).flatMap((g) =>
            g.categories.map((c) => ({ value: c.serviceCode, label: `${g.name} / ${c.name}` })),
          )}
          onChange={(v) => setFilters((f) => ({ ...f, serviceCode: v, page: 1 }))}
        />
        <GovSelect
          id="staff-filter-sort"
          label="排序"
          placeholder="排序方式"
          value={filters.sort}
          options={SORT_OPTIONS}
          onChange={(v) => setFilters((f) => ({ ...f, sort: v === 'newest' ? 'newest' : 'due', page: 1 }))}
        />
        <GovCheckbox
          id="staff-filter-overdue"
          checked={filters.overdue}
          onChange={(v) => setFilters((f) => ({ ...f, overdue: v, page: 1 }))}
        >
          只看已超期
        </GovCheckbox>
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
                    {t.ref} · {t.type} · {t.category.name} · 提交于 {formatDateTime(t.createdAt)}
                  </span>
                  <span className="staff-queue__meta">
                    办结时限 {formatDateTime(t.dueAt)}
                    {t.department ? ` · ${t.department.name}` : ''}
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
