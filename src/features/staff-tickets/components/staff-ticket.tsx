import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { StaffTicket as Ticket } from '../../../../types/hotline'
import {
  type StaffActionName as ActionName,
  staffActionsFor,
  TICKET_LIMITS,
  type TicketStatus,
  TicketStatusLabel,
} from '../../../../types/hotline-states'
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
import { useDepartments } from '../../../lib/departments/get-departments'
import { formatDateTime } from '../../../lib/format'
import { useCategories } from '../../../lib/hotline/get-categories'
import { toApiError } from '../../../lib/http/errors'
import { confirmAction } from '../../../lib/platform/confirm'
import { actOnTicket, type TicketAction } from '../api/act-on-ticket'
import { useStaffTicket } from '../api/get-staff-ticket'
import { useTicketAudit } from '../api/get-ticket-audit'
import { StaffTicketAudit } from './staff-ticket-audit'
import { StaffTicketFacts } from './staff-ticket-facts'
import './staff-tickets.scss'

const statusLabel = (status: TicketStatus, label?: string) => label || TicketStatusLabel[status]

/** Who acted on a timeline entry: the staff member and their department (administrators have none). */
const actorText = (actor: Ticket['timeline'][number]['actor']) =>
  actor ? (actor.department ? `${actor.name}（${actor.department}）` : actor.name) : ''

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

/** Limit of each written action's text, as the server checks it (types/hotline-states TICKET_LIMITS). */
const TEXT_LIMIT: Partial<Record<ActionName, { min: number; max: number }>> = {
  return: { min: TICKET_LIMITS.reasonMin, max: TICKET_LIMITS.reasonMax },
  reply: { min: TICKET_LIMITS.replyMin, max: TICKET_LIMITS.replyMax },
  close: { min: 0, max: TICKET_LIMITS.reasonMax },
}

/**
 * One ticket for staff: what was asked (time, place, extra answers, photos, contact, rating), the history, the
 * actions its status allows (each confirmed first, errors next to it) and, for administrators, the audit log.
 */
export function StaffTicket({ ticketRef }: StaffTicketProps) {
  const session = useStaffSession()
  const query = useStaffTicket(ticketRef)
  const departments = useDepartments()
  const categories = useCategories()
  const audit = useTicketAudit(ticketRef, session?.staff.role === 'admin')
  const [ticket, setTicket] = useState<Ticket>()
  const [choice, setAction] = useState<ActionName>()
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

  const allowed = staffActionsFor(ticket.status)
  const action = choice && allowed.includes(choice) ? choice : allowed[0]
  const category = categories.data?.groups
    .flatMap((g) => g.categories)
    .find((c) => c.serviceCode === ticket.category.serviceCode)

  function build(action: ActionName): TicketAction | string {
    const written = text.trim()
    switch (action) {
      case 'accept':
        return { action }
      case 'assign':
        return departmentId ? { action, departmentId: Number(departmentId) } : '请选择承办部门'
      case 'return':
        return written.length >= TICKET_LIMITS.reasonMin
          ? { action, reason: written }
          : `请写明退回原因（至少 ${TICKET_LIMITS.reasonMin} 个字）`
      case 'reply':
        return written.length >= TICKET_LIMITS.replyMin
          ? { action, body: written }
          : `答复内容至少 ${TICKET_LIMITS.replyMin} 个字`
      case 'close':
        return written ? { action, note: written } : { action }
      case 'merge':
        return /^YZ\d{8}-\d{6}$/i.test(intoRef.trim())
          ? { action, intoRef: intoRef.trim().toUpperCase() }
          : '请输入要并入的工单号'
    }
  }

  async function run(action: ActionName) {
    if (!ticket) return
    const act = build(action)
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
      audit.reload()
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
  const limit = action ? TEXT_LIMIT[action] : undefined
  return (
    <div className="staff-ticket">
      <GovCellGroup title={ticket.title}>
        <GovCell title="工单号" extra={ticket.ref} />
        <GovCell title="状态" extra={statusLabel(ticket.status, ticket.statusLabel)} />
        <GovCell title="类型" extra={ticket.type} />
        <GovCell title="类别" extra={`${ticket.category.group} / ${ticket.category.name}`} />
        <GovCell title="承办部门" extra={ticket.department?.name ?? '未分派'} />
        <GovCell title="提交时间" extra={formatDateTime(ticket.createdAt)} />
        <GovCell title="办结时限" extra={`${formatDateTime(ticket.dueAt)}${ticket.overdue ? '（已超期）' : ''}`} />
        {ticket.mergedInto ? <GovCell title="已并入" extra={ticket.mergedInto} /> : null}
      </GovCellGroup>
      <StaffTicketFacts ticket={ticket} category={category} />
      <h2 className="staff-ticket__heading">办理记录</h2>
      <GovTimeline
        label="办理记录"
        items={ticket.timeline.map((e, i) => ({
          key: `${e.at}-${i}`,
          title: e.label || statusLabel(e.status),
          time: [formatDateTime(e.at), actorText(e.actor)].filter(Boolean).join(' · '),
          note: e.note ?? undefined,
          state: i === ticket.timeline.length - 1 ? 'current' : 'done',
        }))}
      />
      {ticket.replies.length ? (
        <>
          <h2 className="staff-ticket__heading">已答复</h2>
          {ticket.replies.map((r) => (
            <p className="staff-ticket__text" key={`${r.at}-${r.body.length}`}>
              {r.department} · {formatDateTime(r.at)}
              {'\n'}
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
        {action ? (
          <>
            <GovSelect
              id="staff-action"
              label="操作"
              placeholder="请选择操作"
              value={action}
              options={allowed.map((a) => ({ value: a, label: ACTION_TEXT[a] }))}
              onChange={(v) => {
                setAction(v as ActionName)
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
            {limit ? (
              <GovTextarea
                id={fieldId}
                label={action === 'return' ? '退回原因' : action === 'reply' ? '答复内容' : '办结说明（选填）'}
                min={limit.min || undefined}
                value={text}
                onChange={setText}
                limit={limit.max}
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
            <GovButton block loading={busy} onClick={() => void run(action)}>
              {ACTION_TEXT[action]}
            </GovButton>
          </>
        ) : (
          <p className="staff-queue__count">工单{statusLabel(ticket.status, ticket.statusLabel)}，没有可办理的操作。</p>
        )}
      </section>
      {session.staff.role === 'admin' ? <StaffTicketAudit audit={audit} /> : null}
    </div>
  )
}
