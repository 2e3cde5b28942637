import { GovPage } from '../../components/gov-page'
import { HomeEntries } from '../../features/home/components/home-entries'
import { HomeHeader } from '../../features/home/components/home-header'

export default function HomePage() {
  return (
    <GovPage title="扬州政务服务首页" hideTitle header={<HomeHeader />}>
      <HomeEntries />
    </GovPage>
  )
}
