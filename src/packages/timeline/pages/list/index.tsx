import { GovPage } from '../../../../components/gov-page'
import { TimelineList } from '../../../../features/timeline/components/timeline-list'

export default function TimelinePage() {
  return (
    <GovPage title="办事记录">
      <TimelineList />
    </GovPage>
  )
}
