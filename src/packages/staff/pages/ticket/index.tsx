import { useRouter } from '@tarojs/taro'
import { GovPage } from '../../../../components/gov-page'
import { StaffTicket } from '../../../../features/staff-tickets/components/staff-ticket'

export default function StaffTicketPage() {
  const { params } = useRouter()
  return (
    <GovPage title="工单处理">
      <StaffTicket ticketRef={decodeURIComponent(params.ref ?? '')} />
    </GovPage>
  )
}
