import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { useTicket } from '../api/get-ticket'
import { useTrackedTicket } from '../api/track-ticket'
import { TicketView } from './ticket-view'
import './hotline.scss'

/** Props of {@link MyTicketDetails}. */
export interface MyTicketDetailsProps {
  ticketRef: string
  /** Came here through 我也遇到了. */
  followed?: boolean
}

/** The resident's own ticket (GET /api/hotline/tickets/:ref), with rating when it is due. */
export function MyTicketDetails({ ticketRef, followed }: MyTicketDetailsProps) {
  const session = useSession()
  const ticket = useTicket(session ? ticketRef : '')
  if (!ticketRef) return <GovEmpty message="没有指定工单号。" />
  if (!session) return <GovEmpty message="登录后查看工单详情。" actionText="登录" onAction={() => goToLogin()} />
  if (ticket.loading) return <GovLoading rows={4} label="正在加载工单…" />
  if (ticket.error || !ticket.data) {
    const message =
      ticket.error?.status === 404
        ? `没有找到您本人提交的工单 ${ticketRef}，请核对工单号。按工单号只能查询您本人提交的工单；您关注的（我也遇到了）或他人分享的工单，请从“我的工单”或分享链接打开。`
        : (ticket.error?.message ?? '加载失败')
    return <GovError message={message} onRetry={ticket.reload} />
  }
  return (
    <>
      {followed ? <p className="gov-callout">已加入关注，办理结果会同样通知您。</p> : null}
      <TicketView ticket={ticket.data} />
    </>
  )
}

/** Props of {@link TrackedTicket}. */
export interface TrackedTicketProps {
  ticketRef: string
  token: string
  followed?: boolean
}

/** The public tracking view from a bookmark or share card (ref + token; no personal data). */
export function TrackedTicket({ ticketRef, token, followed }: TrackedTicketProps) {
  const ticket = useTrackedTicket(ticketRef, token)
  if (!ticketRef || !token)
    return <GovEmpty message="查询链接不完整，请使用提交后获得的链接，或登录后在“我的工单”中查看。" />
  if (ticket.loading) return <GovLoading rows={4} label="正在查询办理进度…" />
  if (ticket.error || !ticket.data) {
    const message =
      ticket.error?.status === 404 ? '没有找到该工单，查询链接可能有误。' : (ticket.error?.message ?? '加载失败')
    return <GovError message={message} onRetry={ticket.reload} />
  }
  return (
    <>
      {followed ? <p className="gov-callout">已加入关注，办理结果会同样通知您。</p> : null}
      <TicketView ticket={ticket.data} />
    </>
  )
}
