import Taro from '@tarojs/taro'
import { GovPage } from '../../components/gov-page'
import { CatalogueHome, CatalogueShare } from '../../features/catalogue/components/catalogue-home'
import { SERVICES_PAGE } from '../../features/catalogue/model/routes'
import { requestSearchFocus } from '../../features/catalogue/model/search-focus'
import { HomeEntries } from '../../features/home/components/home-entries'
import { HomeHeader } from '../../features/home/components/home-header'

/** The search entry opens 办事 with the cursor in its search box. */
function openSearch() {
  requestSearchFocus()
  void Taro.switchTab({ url: SERVICES_PAGE })
}

export default function HomePage() {
  return (
    <GovPage title="扬州政务服务首页" hideTitle header={<HomeHeader onSearch={openSearch} />}>
      <CatalogueShare />
      <CatalogueHome />
      <HomeEntries />
    </GovPage>
  )
}
