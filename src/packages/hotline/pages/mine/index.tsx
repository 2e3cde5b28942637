import { GovPage } from '../../../../components/gov-page'
import { MyTickets } from '../../../../features/hotline/components/my-tickets'

export default function HotlineMinePage() {
  return (
    <GovPage title="我的工单">
      <MyTickets />
    </GovPage>
  )
}
