import { GovPage } from '../../components/gov-page'
import { HotlineHome } from '../../features/hotline/components/hotline-home'

export default function HotlinePage() {
  return (
    <GovPage title="12345 热线">
      <HotlineHome />
    </GovPage>
  )
}
