import Taro, { useDidShow } from '@tarojs/taro'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { goToLogin } from '../../../lib/auth/login-redirect'
import { useSession } from '../../../lib/auth/session'
import { useFavourites } from '../api/get-favourites'
import { guideUrl, SERVICES_PAGE } from '../model/routes'
import { ResultRow } from './result-row'
import './catalogue.scss'

/** 我的收藏: the saved items (login required), with a way to log in or to find items when there are none. */
export function FavouritesView() {
  const session = useSession()
  const favourites = useFavourites(!!session)
  useDidShow(() => {
    if (session) favourites.reload()
  })
  if (!session) {
    return <GovEmpty message="登录后可以查看和管理收藏的事项。" actionText="去登录" onAction={() => goToLogin()} />
  }
  if (favourites.loading && !favourites.data) return <GovLoading rows={3} label="正在加载收藏…" />
  if (favourites.error) return <GovError message={favourites.error.message} onRetry={favourites.reload} />
  const items = favourites.data?.items ?? []
  if (!items.length) {
    return (
      <GovEmpty
        message="您还没有收藏事项。在办事指南页点“收藏”，常办的事就能在这里找到。"
        actionText="去办事"
        onAction={() => void Taro.switchTab({ url: SERVICES_PAGE })}
      />
    )
  }
  return (
    <ul className="cat-home__list" aria-label="收藏的事项">
      {items.map((item) => (
        <li key={item.implCode} className="cat-home__row">
          <ResultRow item={item} onOpen={(it) => void Taro.navigateTo({ url: guideUrl(it.implCode) })} />
        </li>
      ))}
    </ul>
  )
}
