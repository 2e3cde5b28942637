import Taro from '@tarojs/taro'
import { useState } from 'react'
import { TICKET_STATUS_BADGES } from '../../../../types/hotline-states'
import { GovButton } from '../../../components/gov-button'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovProtectedPhotos } from '../../../components/gov-protected-photos'
import { GovStatusBadge, statusBadge } from '../../../components/gov-status-badge'
import { formatDateTime } from '../../../lib/format'
import type { Ticket, TrackingView } from '../model/contract'
import { trackPath } from '../model/routes'
import { ratingLabel } from '../model/states'
import { DeadlineLine } from './deadline-line'
import { RatingForm } from './rating-form'
import { TicketTimeline } from './ticket-timeline'

/** Props of {@link TicketView}. */
export interface TicketViewProps {
  /** The resident's own ticket, or the public tracking view (no personal data, no description). */
  ticket: Ticket | TrackingView
}

const placeName = (p: Ticket['district'] | TrackingView['district']) => (typeof p === 'string' ? p : (p?.name ?? ''))
const isOwn = (t: Ticket | TrackingView): t is Ticket => 'description' in t

/**
 * Says which ticket this one was merged into; its owner (who now follows that ticket) gets a link to its public
 * tracking view.
 */
function MergedCallout({ into, token }: { into: string; token: string | undefined }) {
  return (
    <div className="gov-callout">
      <p>该诉求与工单 {into} 是同一件事，已合并办理。</p>
      {token ? (
        <GovButton variant="text" onClick={() => void Taro.navigateTo({ url: trackPath(into, token) })}>
          查看工单 {into} 的办理进度
        </GovButton>
      ) : null}
    </div>
  )
}

/**
 * One ticket: status and deadline countdown, the handling department, the timeline, replies, the rating (or the
 * form to rate after a reply).
 */
export function TicketView({ ticket: initial }: TicketViewProps) {
  const [ticket, setTicket] = useState(initial)
  const own = isOwn(ticket) ? ticket : null
  const closed = ticket.status === 'closed' || ticket.status === 'merged' || ticket.status === 'replied'
  return (
    <div className="hotline-ticket">
      <div className="hotline-ticket__head">
        <p className="hotline-ticket__ref">
          工单号 <span className="hotline-ref">{ticket.ref}</span>
        </p>
        <GovStatusBadge {...statusBadge(TICKET_STATUS_BADGES, ticket.status, ticket.statusLabel)} />
      </div>
      <h2 className="hotline-ticket__title">{ticket.title}</h2>
      {!closed ? <DeadlineLine dueAt={ticket.dueAt} overdue={ticket.overdue} /> : null}
      {ticket.mergedInto ? <MergedCallout into={ticket.mergedInto} token={own?.mergedIntoTrackingToken} /> : null}
      <GovCellGroup title="基本信息">
        <GovCell title="类型" extra={ticket.type} />
        <GovCell title="类别" extra={ticket.category?.name ?? ''} />
        <GovCell title="承办部门" extra={ticket.department?.name ?? '待分派'} />
        <GovCell title="提交时间" extra={formatDateTime(ticket.createdAt)} />
        {placeName(ticket.district) ? (
          <GovCell
            title="地点"
            extra={[placeName(ticket.district), placeName(ticket.town), own?.address ?? ''].filter(Boolean).join(' ')}
          />
        ) : null}
        {ticket.followers > 0 ? <GovCell title="也遇到此问题" extra={`${ticket.followers} 人`} /> : null}
        {own?.contactPhoneMasked ? <GovCell title="联系电话" extra={own.contactPhoneMasked} /> : null}
      </GovCellGroup>
      {own ? (
        <section className="hotline-ticket__section" aria-labelledby="hotline-desc-title">
          <h2 className="hotline-section-title" id="hotline-desc-title">
            诉求内容
          </h2>
          <p className="hotline-ticket__text">{own.description}</p>
          {own.photos.length > 0 ? <GovProtectedPhotos label="工单照片" photos={own.photos} /> : null}
        </section>
      ) : null}
      <section className="hotline-ticket__section" aria-labelledby="hotline-progress-title">
        <h2 className="hotline-section-title" id="hotline-progress-title">
          办理进度
        </h2>
        <TicketTimeline ticket={ticket} />
      </section>
      <section className="hotline-ticket__section" aria-labelledby="hotline-replies-title">
        <h2 className="hotline-section-title" id="hotline-replies-title">
          部门答复
        </h2>
        {ticket.replies.length === 0 ? (
          <p className="hotline-lead">暂无答复。承办部门答复后会通知您。</p>
        ) : (
          <ul className="hotline-replies">
            {ticket.replies.map((r) => (
              <li className="hotline-reply" key={`${r.at}-${r.body.length}`}>
                <p className="hotline-reply__meta">
                  {r.department} · {formatDateTime(r.at)}
                </p>
                <p className="hotline-reply__body">{r.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {own?.rating ? (
        <section className="hotline-ticket__section" aria-labelledby="hotline-rated-title">
          <h2 className="hotline-section-title" id="hotline-rated-title">
            我的评价
          </h2>
          <p className="hotline-lead">
            {ratingLabel(own.rating.level)}
            {own.rating.comment ? `：${own.rating.comment}` : ''}
          </p>
        </section>
      ) : null}
      {own?.canRate && !own.rating ? <RatingForm ticket={own} onRated={setTicket} /> : null}
    </div>
  )
}
