import { GovPage } from '../../components/gov-page'
import { MeOverview } from '../../features/account/components/me-overview'
import { MyTicketsEntry } from '../../features/hotline/components/my-tickets-entry'
import { InboxEntry } from '../../features/inbox/components/inbox-entry'
import { MyRecordEntry } from '../../features/timeline/components/my-record-entry'

export default function MePage() {
  return (
    <GovPage title="我的">
      <MeOverview
        myWork={
          <>
            <MyRecordEntry />
            <MyTicketsEntry />
            <InboxEntry title="我的消息" description="工单受理、答复等通知" />
          </>
        }
      />
    </GovPage>
  )
}
