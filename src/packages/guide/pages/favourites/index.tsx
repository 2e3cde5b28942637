import { GovPage } from '../../../../components/gov-page'
import { FavouritesView } from '../../../../features/catalogue/components/favourites-view'

export default function GuideFavouritesPage() {
  return (
    <GovPage title="我的收藏">
      <FavouritesView />
    </GovPage>
  )
}
