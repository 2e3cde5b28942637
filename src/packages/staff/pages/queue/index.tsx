import { GovPage } from '../../../../components/gov-page'
import { useStaffScope } from '../../../../features/staff-console/model/scope'
import { StaffQueue } from '../../../../features/staff-tickets/components/staff-queue'

export default function StaffQueuePage() {
  const scope = useStaffScope()
  return (
    <GovPage title="12345 工单队列">
      <StaffQueue departmentId={scope} />
    </GovPage>
  )
}
