import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { type ApiError, toApiError } from '../../../lib/http/errors'
import type { Facets, ItemSearchResult, ItemSummary } from '../api/catalogue-types'
import { commitSearch } from '../api/commit-search'
import { searchItems } from '../api/search-items'
import { type FacetKey, type SearchState, worthSearching } from '../model/search-query'
import { createSearchRunner } from '../model/search-runner'

/** What the 办事 list shows. */
export interface ItemSearchView {
  /** The search the results belong to (and the page URL shows). */
  search: SearchState
  items: ItemSummary[]
  total: number
  /** The last page loaded. */
  page: number
  facets: Facets | undefined
  suggestions: string[]
  /** With zero results under filters: each filter that, removed alone, gives results ("去掉“宝应县”后有 12 项"). */
  relaxed: NonNullable<ItemSearchResult['relaxed']>
  status: 'loading' | 'ready' | 'error'
  error: ApiError | undefined
  loadingMore: boolean
  moreError: ApiError | undefined
}

/** Actions of {@link useItemSearch}. */
export interface ItemSearchActions {
  /** Typed text: searched after the debounce (a lone Latin letter, pinyin in progress, is not searched). */
  setQuery(q: string): void
  /** Enter / a history or hot term / a suggestion: searched now, and counted for 热门搜索. */
  submit(q: string): void
  /** A result was opened: the search that found it is counted for 热门搜索 (once, however many are opened). */
  opened(): void
  setFacet(key: FacetKey, value: string | undefined): void
  setOnline(online: boolean): void
  clearFacets(): void
  /** Removes the one filter a zero-result answer named in `relaxed`. */
  relax(filter: ItemSearchView['relaxed'][number]['filter']): void
  retry(): void
  /** Next page (infinite scroll); ignored while one is loading or when all are loaded. */
  loadMore(): void
}

/**
 * The 办事 search: debounced search-as-you-type that cancels stale requests, facets applied at once, pages of
 * {@link SEARCH_PAGE_SIZE} appended as the list scrolls. `onSearchChange` runs whenever the search changes (the
 * page writes it into its URL).
 */
export function useItemSearch(
  initial: SearchState,
  onSearchChange?: (search: SearchState) => void,
): [ItemSearchView, ItemSearchActions] {
  const [view, setView] = useState<ItemSearchView>({
    search: initial,
    items: [],
    total: 0,
    page: 0,
    facets: undefined,
    suggestions: [],
    relaxed: [],
    status: 'loading',
    error: undefined,
    loadingMore: false,
    moreError: undefined,
  })
  const searchRef = useRef(initial)
  const viewRef = useRef(view)
  viewRef.current = view
  // Bumped by every new search, so a late page 2 of an old search is dropped.
  const generation = useRef(0)
  const moreInFlight = useRef(false)
  const changed = useRef(onSearchChange)
  changed.current = onSearchChange
  // The query last counted for 热门搜索, so Enter then opening a result counts once.
  const committed = useRef('')
  const commit = useCallback((q: string) => {
    const term = q.trim()
    if (!term || term === committed.current) return
    committed.current = term
    commitSearch(term)
  }, [])

  const runnerRef =
    useRef<ReturnType<typeof createSearchRunner<SearchState, Awaited<ReturnType<typeof searchItems>>>>>()
  if (!runnerRef.current) {
    runnerRef.current = createSearchRunner({
      run: (search, signal) => searchItems(search, 1, signal),
      onStart: () => {
        generation.current++
        setView((v) => ({ ...v, status: 'loading', error: undefined, moreError: undefined, loadingMore: false }))
      },
      onResult: (result, search) =>
        setView((v) => ({
          ...v,
          search,
          items: result.items,
          total: result.total,
          page: result.page || 1,
          facets: result.facets,
          suggestions: result.suggestions ?? [],
          relaxed: result.relaxed ?? [],
          status: 'ready',
          error: undefined,
        })),
      onError: (error) => setView((v) => ({ ...v, status: 'error', error: toApiError(error) })),
    })
  }
  const runner = runnerRef.current

  const apply = useCallback(
    (next: SearchState, immediate: boolean) => {
      searchRef.current = next
      setView((v) => ({ ...v, search: next }))
      changed.current?.(next)
      runner.schedule(next, { immediate })
    },
    [runner],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first search runs once, on mount.
  useEffect(() => {
    runner.schedule(searchRef.current, { immediate: true })
    return () => runner.cancel()
  }, [])

  const actions = useMemo<ItemSearchActions>(
    () => ({
      setQuery: (q) => {
        if (q === searchRef.current.q) return
        // a lone letter is pinyin in progress: the list stays as it is (and matches its count) until the next one
        if (worthSearching(q)) apply({ ...searchRef.current, q }, false)
      },
      submit: (q) => {
        apply({ ...searchRef.current, q: q.trim() }, true)
        commit(q)
      },
      opened: () => commit(searchRef.current.q),
      setFacet: (key, value) => apply({ ...searchRef.current, [key]: value || undefined }, true),
      setOnline: (online) => apply({ ...searchRef.current, online: online || undefined }, true),
      clearFacets: () => apply({ q: searchRef.current.q }, true),
      relax: (filter) => {
        // itemType is not a filter of this page; the API only names filters the request carried
        if (filter !== 'itemType') apply({ ...searchRef.current, [filter]: undefined }, true)
      },
      retry: () => runner.schedule(searchRef.current, { immediate: true }),
      loadMore: () => {
        const v = viewRef.current
        if (v.status !== 'ready' || moreInFlight.current || v.items.length >= v.total) return
        const mine = generation.current
        moreInFlight.current = true
        const page = v.page + 1
        setView((old) => ({ ...old, loadingMore: true, moreError: undefined }))
        searchItems(v.search, page).then(
          (result) => {
            moreInFlight.current = false
            if (generation.current !== mine) return
            setView((old) => {
              const seen = new Set(old.items.map((item) => item.implCode))
              const fresh = result.items.filter((item) => !seen.has(item.implCode))
              const items = [...old.items, ...fresh]
              // An empty page means the catalogue shrank meanwhile: stop asking for more.
              const total = fresh.length === 0 ? items.length : result.total
              return { ...old, items, total, page, loadingMore: false }
            })
          },
          (error: unknown) => {
            moreInFlight.current = false
            if (generation.current !== mine) return
            setView((old) => ({ ...old, loadingMore: false, moreError: toApiError(error) }))
          },
        )
      },
    }),
    [apply, commit, runner],
  )
  return [view, actions]
}
