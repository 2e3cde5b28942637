import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { GovSearchBar } from '../../../components/gov-search-bar'
import { GovVirtualList } from '../../../components/gov-virtual-list'
import { useElderMode } from '../../../lib/elder-mode/elder-mode'
import { useShareCard } from '../../../lib/platform/share'
import type { ItemSummary } from '../api/catalogue-types'
import { useHotSearches } from '../api/get-hot-searches'
import { useItemSearch } from '../hooks/use-item-search'
import { guideUrl, hotlineConsultUrl, SERVICES_PAGE } from '../model/routes'
import { consumeSearchFocus } from '../model/search-focus'
import { clearSearchHistory, readSearchHistory, rememberSearch } from '../model/search-history'
import { activeFacetCount, type SearchState, searchToQueryString } from '../model/search-query'
import { replacePageQuery } from '../platform/page-url'
import { FacetPanel } from './facet-panel'
import { ResultRow } from './result-row'
import { SearchStart } from './search-start'
import { ZeroResults } from './zero-results'
import './catalogue.scss'

/** Props of {@link ServicesSearch}. */
export interface ServicesSearchProps {
  /** The search the page was opened with (from its URL / share path). */
  initial: SearchState
}

/** Row height in the 750 design; `.cat-result` is exactly this high (see catalogue.scss). */
const ROW_HEIGHT = 232
const ROW_HEIGHT_ELDER = 352

/**
 * The 办事 tab: search-as-you-type, history and 热门搜索, facets, result count and a virtualised list of results
 * that loads more as it scrolls; zero results lead to near queries and 12345. The search lives in the page URL.
 */
export function ServicesSearch({ initial }: ServicesSearchProps) {
  const { enabled: elder } = useElderMode()
  const [typed, setTyped] = useState(initial.q)
  const [history, setHistory] = useState(readSearchHistory)
  const [focusSignal, setFocusSignal] = useState(0)
  const hot = useHotSearches()
  const [view, act] = useItemSearch(initial, (search) => replacePageQuery(SERVICES_PAGE, searchToQueryString(search)))
  const { search } = view

  const qs = searchToQueryString(search)
  useDidShow(() => {
    if (consumeSearchFocus()) setFocusSignal((n) => n + 1)
    setHistory(readSearchHistory())
    // H5: switching tabs back here puts the bare path in the address bar; the list still shows this search.
    replacePageQuery(SERVICES_PAGE, qs)
  })
  useShareCard({
    title: search.q ? `办事搜索：${search.q}` : '扬州政务服务 · 办事',
    path: `${SERVICES_PAGE}${qs ? `?${qs}` : ''}`,
  })

  const pick = (term: string) => {
    setTyped(term)
    setHistory(rememberSearch(term))
    act.submit(term)
  }
  const open = useCallback(
    (item: ItemSummary) => {
      if (search.q.trim()) setHistory(rememberSearch(search.q))
      act.opened()
      void Taro.navigateTo({ url: guideUrl(item.implCode) })
    },
    [search.q, act],
  )
  const renderRow = useCallback((item: ItemSummary) => <ResultRow item={item} onOpen={open} />, [open])
  const loadMore = act.loadMore

  const filtered = activeFacetCount(search) > 0
  const ready = view.status === 'ready'
  return (
    <div className="cat-services">
      <div className="cat-services__head">
        <GovSearchBar
          id="cat-search"
          label="搜索办事事项"
          placeholder="输入事项名称或俗称，如“公积金”“换身份证”"
          value={typed}
          focusSignal={focusSignal}
          onChange={(value) => {
            setTyped(value)
            act.setQuery(value)
          }}
          onSubmit={(value) => {
            if (value.trim()) setHistory(rememberSearch(value))
            act.submit(value)
          }}
        />
      </div>
      {!typed.trim() ? (
        <SearchStart
          history={history}
          hot={hot.data?.terms ?? []}
          onPick={pick}
          onClearHistory={() => {
            clearSearchHistory()
            setHistory([])
          }}
        />
      ) : null}
      <FacetPanel
        search={search}
        facets={view.facets}
        onFacet={act.setFacet}
        onOnline={act.setOnline}
        onClear={act.clearFacets}
      />
      <p className="cat-count" role="status" aria-live="polite">
        {ready
          ? search.q
            ? `找到 ${view.total} 个与“${search.q}”相关的事项`
            : `共 ${view.total} 个事项，按办理量排序`
          : view.status === 'loading'
            ? '正在搜索…'
            : ''}
      </p>
      {view.status === 'loading' ? <GovLoading rows={4} label="正在搜索事项…" /> : null}
      {view.status === 'error' ? (
        <GovError message={view.error?.message ?? '搜索失败，请稍后重试'} onRetry={act.retry} />
      ) : null}
      {ready && view.total === 0 ? (
        <ZeroResults
          query={search.q}
          suggestions={view.suggestions}
          filtered={filtered}
          relaxed={view.relaxed}
          onSuggestion={pick}
          onClearFilters={act.clearFacets}
          onRelax={act.relax}
          onAskHotline={(q) => void Taro.navigateTo({ url: hotlineConsultUrl(q) })}
        />
      ) : null}
      {ready && view.items.length ? (
        <>
          <GovVirtualList
            items={view.items}
            total={view.total}
            getKey={(item) => item.implCode}
            renderRow={renderRow}
            estimatedRowHeight={elder ? ROW_HEIGHT_ELDER : ROW_HEIGHT}
            measureKey={elder ? 'elder' : 'standard'}
            onNearEnd={loadMore}
            ariaLabel="搜索结果"
            className="cat-results"
          />
          <div className="cat-more">
            {view.moreError ? (
              <GovError message={view.moreError.message} onRetry={loadMore} />
            ) : view.items.length < view.total ? (
              <GovButton variant="text" loading={view.loadingMore} onClick={loadMore}>
                {`已显示 ${view.items.length} / ${view.total}，加载更多`}
              </GovButton>
            ) : (
              <p className="cat-more__end">已显示全部 {view.total} 个事项</p>
            )}
          </div>
        </>
      ) : null}
    </div>
  )
}
