import { GovPage } from '../../../../components/gov-page'
import { MessagesList } from '../../../../features/hotline/components/messages-list'

export default function HotlineMessagesPage() {
  return (
    <GovPage title="消息">
      <MessagesList />
    </GovPage>
  )
}
