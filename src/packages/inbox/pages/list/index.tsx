import { GovPage } from '../../../../components/gov-page'
import { InboxList } from '../../../../features/inbox/components/inbox-list'

export default function InboxPage() {
  return (
    <GovPage title="消息">
      <InboxList />
    </GovPage>
  )
}
