import { useRouter } from '@tarojs/taro'
import { GovPage } from '../../../../components/gov-page'
import { MyTicketDetails } from '../../../../features/hotline/components/ticket-details'

export default function HotlineTicketPage() {
  const { params } = useRouter()
  return (
    <GovPage title="工单详情">
      <MyTicketDetails ticketRef={decodeURIComponent(params.ref ?? '')} followed={params.followed === '1'} />
    </GovPage>
  )
}
