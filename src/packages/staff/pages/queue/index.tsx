import { GovPage } from '../../../../components/gov-page'
import { StaffQueue } from '../../../../features/staff-tickets/components/staff-queue'

export default function StaffQueuePage() {
  return (
    <GovPage title="12345 工单队列">
      <StaffQueue />
    </GovPage>
  )
}
