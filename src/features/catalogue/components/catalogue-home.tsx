import Taro from '@tarojs/taro'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovPressable } from '../../../components/gov-pressable'
import type { ItemSummary } from '../api/catalogue-types'
import { useCatalogueStats } from '../api/get-catalogue-stats'
import { useHotItems } from '../api/get-hot-items'
import { useThemes } from '../api/get-themes'
import { formatOnlineShare } from '../model/guide-summary'
import { guideUrl, themeUrl } from '../model/routes'
import { ResultRow } from './result-row'
import './catalogue.scss'

const openItem = (item: ItemSummary) => void Taro.navigateTo({ url: guideUrl(item.implCode) })

/** 首页's 不见面 line: how many items the city lists and how many are fully online. */
export function CatalogueShare() {
  const stats = useCatalogueStats()
  if (!stats.data) return null
  return (
    <p className="cat-share">
      <span className="cat-share__badge">不见面</span>
      {formatOnlineShare(stats.data)}
    </p>
  )
}

/** 首页's 高频事项 and 一件事 themes, each with its own loading, error-with-retry and empty handling. */
export function CatalogueHome() {
  const hot = useHotItems(6)
  const themes = useThemes()
  return (
    <>
      <section className="cat-home" aria-labelledby="cat-hot-items-title">
        <h2 className="home-section-title" id="cat-hot-items-title">
          高频事项
        </h2>
        {hot.loading ? <GovLoading rows={3} label="正在加载高频事项…" /> : null}
        {hot.error ? <GovError message={hot.error.message} onRetry={hot.reload} /> : null}
        {hot.data ? (
          <ul className="cat-home__list">
            {hot.data.items.map((item) => (
              <li key={item.implCode} className="cat-home__row">
                <ResultRow item={item} onOpen={openItem} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="cat-home" aria-labelledby="cat-themes-title">
        <h2 className="home-section-title" id="cat-themes-title">
          一件事 · 一次办
        </h2>
        {themes.loading ? <GovLoading rows={2} label="正在加载一件事…" /> : null}
        {themes.error ? <GovError message={themes.error.message} onRetry={themes.reload} /> : null}
        {themes.data ? (
          <ul className="cat-themes">
            {themes.data.items.map((theme) => (
              <li key={theme.code}>
                <GovPressable className="cat-theme" onClick={() => void Taro.navigateTo({ url: themeUrl(theme.code) })}>
                  <span className="cat-theme__name">{theme.name}</span>
                  <span className="cat-theme__desc">{theme.description}</span>
                </GovPressable>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  )
}
