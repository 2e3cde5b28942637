import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { useMyMessages } from '../api/get-my-messages'
import { readMessage } from '../api/read-message'
import { TICKET_PAGE, trackPath } from '../model/routes'
import './hotline.scss'

/**
 * 消息: status changes of my tickets and of tickets I follow; opening one marks it read and goes to the ticket — my
 * own ticket's page, or the tracking view when the message comes with a tracking token (a ticket I do not own).
 */
export function MessagesList() {
  const session = useSession()
  const inbox = useMyMessages()
  // Messages opened since the list loaded. This page stays under the ticket (navigateTo): without this, back on it
  // the message just read would still say 未读.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set())
  if (!session) return <GovEmpty message="登录后查看消息。" actionText="登录" onAction={() => goToLogin()} />
  if (inbox.loading) return <GovLoading rows={3} label="正在加载消息…" />
  if (inbox.error || !inbox.data)
    return <GovError message={inbox.error?.message ?? '加载失败'} onRetry={inbox.reload} />
  if (inbox.data.items.length === 0) return <GovEmpty message="暂无消息。工单有进展时会在这里通知您。" />
  return (
    <ul className="hotline-cards">
      {inbox.data.items.map((m) => {
        const read = !!m.readAt || opened.has(m.id)
        return (
          <li className={`hotline-card${read ? '' : ' hotline-card--unread'}`} key={m.id}>
            <button
              type="button"
              className="hotline-card__link"
              onClick={() => {
                void readMessage(m.id).catch(() => undefined)
                if (!read) setOpened((ids) => new Set(ids).add(m.id))
                if (!m.ticketRef) return
                const url = m.trackingToken
                  ? trackPath(m.ticketRef, m.trackingToken)
                  : `${TICKET_PAGE}?ref=${encodeURIComponent(m.ticketRef)}`
                void Taro.navigateTo({ url })
              }}
            >
              <span className="hotline-card__top">
                <span className="hotline-card__title">
                  {read ? '' : <span className="gov-visually-hidden">未读：</span>}
                  {m.title}
                </span>
              </span>
              {m.body ? <span className="hotline-card__meta">{m.body}</span> : null}
              <span className="hotline-card__meta">{formatDateTime(m.createdAt)}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
