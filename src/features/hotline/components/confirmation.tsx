import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovPhoneLink } from '../../../components/gov-phone-link'
import { formatDate } from '../../../lib/format'
import { ShareLinkButton, useShareCard } from '../../../lib/platform/share'
import { ASKS_WECHAT_SUBSCRIBE } from '../../../lib/platform/subscribe'
import { useTicket } from '../api/get-ticket'
import type { Ticket } from '../model/contract'
import { HOTLINE_TAB, MINE_PAGE, TICKET_PAGE, trackPath } from '../model/routes'
import { readLastTicket } from '../model/submit-draft'
import './hotline.scss'

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  ticketRef: string
}

/**
 * How the resident hears about progress, as the server sends it: weapp residents get no SMS, every change in the
 * message centre and the reply by WeChat service notice when they allowed it on 提交; H5 residents get an SMS too.
 */
const NOTIFY_TEXT = ASKS_WECHAT_SUBSCRIBE
  ? '办理进度会在消息中心通知您；如您开启了微信提醒，答复时还会收到微信服务通知。'
  : '办理进度会通过站内消息和短信通知您。'

function ConfirmationBody({ ticket }: { ticket: Ticket }) {
  const [copied, setCopied] = useState(false)
  const path = ticket.trackingToken ? trackPath(ticket.ref, ticket.trackingToken) : `${TICKET_PAGE}?ref=${ticket.ref}`
  useShareCard({ title: `12345 工单 ${ticket.ref} 办理进度`, path })
  // The server counts the working days with its holiday calendar; a ticket stored by an older version has no count,
  // and then only the date is shown rather than a number counted here by another rule.
  const dueDays = ticket.dueAt ? (ticket.dueWorkingDays ?? 0) : 0
  return (
    <div className="hotline-done">
      <div className="hotline-done__panel">
        <p className="hotline-done__label">您的诉求已提交，工单号</p>
        <p className="hotline-done__ref" aria-live="polite">
          {ticket.ref}
        </p>
        <GovButton
          variant="secondary"
          onClick={() => void Taro.setClipboardData({ data: ticket.ref }).then(() => setCopied(true))}
        >
          复制工单号
        </GovButton>
        <p className="hotline-done__copied" role="status">
          {copied ? '工单号已复制' : ''}
        </p>
      </div>
      <h2 className="hotline-section-title">接下来会怎样</h2>
      <ol className="hotline-next">
        <li>
          12345 热线将在 <strong>{formatDate(ticket.acceptDeadline) || '1 个工作日内'}</strong>
          {ticket.acceptDeadline ? '前' : ''}受理，并转交承办部门。
        </li>
        <li>
          承办部门一般在 <strong>{formatDate(ticket.dueAt)}</strong> 前{ticket.type === '咨询' ? '答复' : '办结'}
          {dueDays ? `（${dueDays} 个工作日）` : ''}。{NOTIFY_TEXT}
        </li>
        <li>收到答复后，请对办理结果进行评价；不满意可申请重新办理一次。</li>
      </ol>
      <p className="hotline-lead">请记下工单号。如有疑问或情况紧急，可拨打 12345 热线并报工单号查询。</p>
      <div className="hotline-done__actions">
        <GovButton
          block
          onClick={() => void Taro.redirectTo({ url: `${TICKET_PAGE}?ref=${encodeURIComponent(ticket.ref)}` })}
        >
          查看办理进度
        </GovButton>
        <ShareLinkButton title={`12345 工单 ${ticket.ref}`} path={path} />
        <GovButton variant="secondary" block onClick={() => void Taro.redirectTo({ url: MINE_PAGE })}>
          我的工单
        </GovButton>
        <GovPhoneLink phone="12345" variant="secondary" block>
          拨打 12345 热线
        </GovPhoneLink>
        <GovButton variant="text" onClick={() => void Taro.switchTab({ url: HOTLINE_TAB })}>
          返回 12345 首页
        </GovButton>
      </div>
    </div>
  )
}

function FetchedConfirmation({ ticketRef }: ConfirmationProps) {
  const ticket = useTicket(ticketRef)
  if (ticket.loading) return <GovLoading rows={3} label="正在加载工单…" />
  if (ticket.error || !ticket.data)
    return <GovError message={ticket.error?.message ?? '加载失败'} onRetry={ticket.reload} />
  return <ConfirmationBody ticket={ticket.data} />
}

/** GOV.UK confirmation page: 工单号 (large, copyable), what happens next and by when, 12345, save/share, tracking. */
export function Confirmation({ ticketRef }: ConfirmationProps) {
  const last = readLastTicket(ticketRef)
  if (last) return <ConfirmationBody ticket={last.ticket} />
  return <FetchedConfirmation ticketRef={ticketRef} />
}
