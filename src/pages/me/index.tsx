import { GovPage } from '../../components/gov-page'
import { MeOverview } from '../../features/account/components/me-overview'

export default function MePage() {
  return (
    <GovPage title="我的">
      <MeOverview />
    </GovPage>
  )
}
