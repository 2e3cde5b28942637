import { GovPage } from '../../components/gov-page'
import { HotlineHome } from '../../features/hotline/components/hotline-home'
import { InboxEntry } from '../../features/inbox/components/inbox-entry'

export default function HotlinePage() {
  return (
    <GovPage title="12345 热线">
      <HotlineHome inboxEntry={<InboxEntry />} />
    </GovPage>
  )
}
