import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCardLink } from '../../../components/gov-card-link'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { formatDateTime } from '../../../lib/format'
import { toApiError } from '../../../lib/http/errors'
import { subjectUrl } from '../../../lib/subjects'
import { useMyMessages } from '../api/get-my-messages'
import { readAllMessages } from '../api/read-all-messages'
import { readMessage } from '../api/read-message'
import { messageSubject } from '../model/message-subject'

/**
 * 消息: every feature's notices to the resident, newest first. Opening one marks it read and opens its subject's page
 * (by kind + id through the subject registry, `src/lib/subjects.ts`); 全部已读 marks them all.
 */
export function InboxList() {
  const session = useSession()
  const inbox = useMyMessages()
  // Messages read since the list loaded. This page stays under the subject's page (navigateTo): without this, back
  // on it the message just read would still say 未读 until the quiet refresh answers.
  const [read, setRead] = useState<ReadonlySet<string> | 'all'>(() => new Set())
  const [busy, setBusy] = useState(false)
  if (!session) return <GovEmpty message="登录后查看消息。" actionText="登录" onAction={() => goToLogin()} />
  if (inbox.loading) return <GovLoading rows={3} label="正在加载消息…" />
  if (inbox.error || !inbox.data)
    return <GovError message={inbox.error?.message ?? '加载失败'} onRetry={inbox.reload} />
  const items = inbox.data.items
  if (items.length === 0) return <GovEmpty message="暂无消息。工单、报名等有进展时会在这里通知您。" />
  const isRead = (id: string, readAt: string | null) => !!readAt || read === 'all' || read.has(id)
  const unread = items.filter((m) => !isRead(m.id, m.readAt)).length

  async function readAll() {
    setBusy(true)
    try {
      await readAllMessages()
      setRead('all')
    } catch (error) {
      void Taro.showToast({ title: toApiError(error).message, icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <div className="gov-list-head">
        <span role="status">{unread > 0 ? `${unread} 条未读` : '全部已读'}</span>
        {unread > 0 ? (
          <GovButton variant="text" loading={busy} onClick={() => void readAll()}>
            全部已读
          </GovButton>
        ) : null}
      </div>
      <ul className="gov-cards">
        {items.map((m) => {
          const wasRead = isRead(m.id, m.readAt)
          const subject = messageSubject(m)
          return (
            <GovCardLink
              key={m.id}
              title={m.title}
              unread={!wasRead}
              lines={[m.body, formatDateTime(m.createdAt)]}
              onClick={() => {
                if (!wasRead) {
                  void readMessage(m.id).catch(() => undefined)
                  setRead((ids) => (ids === 'all' ? ids : new Set(ids).add(m.id)))
                }
                const url = subject && subjectUrl(subject)
                if (url) void Taro.navigateTo({ url })
              }}
            />
          )
        })}
      </ul>
    </>
  )
}
