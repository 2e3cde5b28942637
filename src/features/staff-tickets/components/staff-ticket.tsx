import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { StaffTicket as Ticket } from '../../../../types/hotline'
import { type TicketStatus, TicketStatusLabel } from '../../../../types/hotline-states'
import { GovButton } from '../../../components/gov-button'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovField } from '../../../components/gov-field'
import { GovLoading } from '../../../components/gov-loading'
import { GovSelect } from '../../../components/gov-select'
import { GovTextarea } from '../../../components/gov-textarea'
import { GovTimeline } from '../../../components/gov-timeline'
import { STAFF_LOGIN_PAGE } from '../../../lib/auth/login-redirect'
import { useStaffSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { toApiError } from '../../../lib/http/errors'
import { confirmAction } from '../../../lib/platform/confirm'
import { actOnTicket, type TicketAction } from '../api/act-on-ticket'
import { useDepartments } from '../api/get-departments'
import { useStaffTicket } from '../api/get-staff-ticket'
import './staff-tickets.scss'

type ActionName = TicketAction['action']

const statusLabel = (status: TicketStatus, label?: string) => label || TicketStatusLabel[status]

const ACTION_TEXT: Record<ActionName, string> = {
  accept: '受理',
  assign: '分派',
  return: '退回',
  reply: '答复',
  close: '办结',
  merge: '并单',
}

/** Props of {@link StaffTicket}. */
export interface StaffTicketProps {
  ticketRef: string
}

/** One ticket for staff: what was asked, the history, and the actions (each confirmed first, errors next to it). */
export function StaffTicket({ ticketRef }: StaffTicketProps) {
  const session = useStaffSession()
  const query = useStaffTicket(ticketRef)
  const departments = useDepartments()
  const [ticket, setTicket] = useState<Ticket>()
  const [action, setAction] = useState<ActionName>('accept')
  const [text, setText] = useState('')
  const [departmentId, setDepartmentId] = useState('')
  const [intoRef, setIntoRef] = useState('')
  const [fieldError, setFieldError] = useState<string>()
  const [formError, setFormError] = useState<string>()
  const [done, setDone] = useState<string>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (query.data) setTicket(query.data)
  }, [query.data])

  if (!session) {
    return (
      <GovEmpty
        message="请先以工作人员身份登录。"
        actionText="工作人员登录"
        onAction={() => void Taro.redirectTo({ url: STAFF_LOGIN_PAGE })}
      />
    )
  }
  if (query.loading && !ticket) return <GovLoading rows={4} label="正在加载工单…" />
  if (!ticket) return <GovError message={query.error?.message ?? '加载失败'} onRetry={query.reload} />

  function build(): TicketAction | string {
    switch (action) {
      case 'accept':
        return { action }
      case 'assign':
        return departmentId ? { action, departmentId: Number(departmentId) } : '请选择承办部门'
      case 'return':
        return text.trim().length >= 5 ? { action, reason: text.trim() } : '请写明退回原因（至少 5 个字）'
      case 'reply':
        return text.trim().length >= 10 ? { action, body: text.trim() } : '答复内容至少 10 个字'
      case 'close':
        return text.trim() ? { action, note: text.trim() } : { action }
      case 'merge':
        return /^YZ\d{8}-\d{6}$/i.test(intoRef.trim())
          ? { action, intoRef: intoRef.trim().toUpperCase() }
          : '请输入要并入的工单号'
    }
  }

  async function run() {
    if (!ticket) return
    const act = build()
    setDone(undefined)
    setFormError(undefined)
    if (typeof act === 'string') {
      setFieldError(act)
      return
    }
    setFieldError(undefined)
    const ok = await confirmAction({
      title: `确认${ACTION_TEXT[action]}`,
      content: `工单 ${ticket.ref}：${ticket.title}`,
      confirmText: ACTION_TEXT[action],
    })
    if (!ok) return
    setBusy(true)
    try {
      const next = await actOnTicket(ticket.ref, act)
      setTicket(next)
      setText('')
      setDone(`已${ACTION_TEXT[action]}，当前状态：${statusLabel(next.status, next.statusLabel)}`)
    } catch (error) {
      const e = toApiError(error)
      const field = Object.values(e.fields)[0]
      if (field) setFieldError(field)
      setFormError(e.message)
    } finally {
      setBusy(false)
    }
  }

  const fieldId = 'staff-action-input'
  return (
    <div className="staff-ticket">
      <GovCellGroup title={ticket.title}>
        <GovCell title="工单号" extra={ticket.ref} />
        <GovCell title="状态" extra={statusLabel(ticket.status, ticket.statusLabel)} />
        <GovCell title="类型" extra={ticket.type} />
        <GovCell title="类别" extra={ticket.category?.name ?? ''} />
        <GovCell title="承办部门" extra={ticket.department?.name ?? '未分派'} />
        <GovCell title="提交时间" extra={formatDateTime(ticket.createdAt)} />
        <GovCell title="办结时限" extra={`${formatDateTime(ticket.dueAt)}${ticket.overdue ? '（已超期）' : ''}`} />
        <GovCell
          title="联系电话"
          extra={
            ticket.reporterHidden
              ? '反映人信息保密'
              : ticket.reporterErased
                ? '反映人已注销账号'
                : (ticket.contactPhone ?? ticket.contactPhoneMasked ?? '—')
          }
        />
      </GovCellGroup>
      <h2 className="staff-ticket__heading">诉求内容</h2>
      <p className="staff-ticket__text">{ticket.description}</p>
      <h2 className="staff-ticket__heading">办理记录</h2>
      <GovTimeline
        label="办理记录"
        items={ticket.timeline.map((e, i) => ({
          key: `${e.at}-${i}`,
          title: e.label || statusLabel(e.status),
          time: formatDateTime(e.at),
          note: e.note ?? undefined,
          state: i === ticket.timeline.length - 1 ? 'current' : 'done',
        }))}
      />
      {ticket.replies.length ? (
        <>
          <h2 className="staff-ticket__heading">已答复</h2>
          {ticket.replies.map((r) => (
            <p className="staff-ticket__text" key={`${r.at}-${r.body.length}`}>
              {r.body}
            </p>
          ))}
        </>
      ) : null}
      <section className="staff-ticket__actions" aria-labelledby="staff-actions-title">
        <h2 className="staff-ticket__heading" id="staff-actions-title">
          处理
        </h2>
        {formError ? (
          <p className="gov-field__error" role="alert">
            {formError}
          </p>
        ) : null}
        {done ? (
          <p className="gov-callout" role="status">
            {done}
          </p>
        ) : null}
        <GovSelect
          id="staff-action"
          label="操作"
          placeholder="请选择操作"
          value={action}
          options={(Object.keys(ACTION_TEXT) as ActionName[]).map((a) => ({ value: a, label: ACTION_TEXT[a] }))}
          onChange={(v) => {
            setAction((v || 'accept') as ActionName)
            setFieldError(undefined)
          }}
        />
        {action === 'assign' ? (
          <GovSelect
            id={fieldId}
            label="承办部门"
            placeholder="请选择承办部门"
            value={departmentId}
            options={(departments.data?.items ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            onChange={setDepartmentId}
            error={fieldError}
          />
        ) : null}
        {action === 'return' || action === 'reply' || action === 'close' ? (
          <GovTextarea
            id={fieldId}
            label={action === 'return' ? '退回原因' : action === 'reply' ? '答复内容' : '办结说明（选填）'}
            value={text}
            onChange={setText}
            limit={2000}
            rows={5}
            error={fieldError}
          />
        ) : null}
        {action === 'merge' ? (
          <GovField
            id={fieldId}
            label="并入工单号"
            hint="重复诉求并入先提交的工单"
            value={intoRef}
            onChange={setIntoRef}
            error={fieldError}
          />
        ) : null}
        {action === 'accept' && fieldError ? <p className="gov-field__error">{fieldError}</p> : null}
        <GovButton block loading={busy} onClick={() => void run()}>
          {ACTION_TEXT[action]}
        </GovButton>
      </section>
    </div>
  )
}
