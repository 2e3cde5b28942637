import Taro from '@tarojs/taro'
import { GovCell } from '../../../components/gov-cell'
import { useMyMessages } from '../api/get-my-messages'
import { INBOX_PAGE } from '../model/routes'

/** Props of {@link InboxEntry}. */
export interface InboxEntryProps {
  title?: string
  description?: string
}

/** The row that opens 消息, with the unread count (我的, the 12345 tab); refreshed each time the page shows. */
export function InboxEntry({ title = '消息', description = '工单受理、答复等进展通知' }: InboxEntryProps) {
  const inbox = useMyMessages()
  const unread = inbox.data?.unread ?? 0
  return (
    <GovCell
      title={title}
      description={description}
      extra={unread > 0 ? <span className="gov-badge">{unread} 条未读</span> : undefined}
      onClick={() => void Taro.navigateTo({ url: INBOX_PAGE })}
    />
  )
}
