import { useState } from 'react'
import { useSession } from '../../../lib/auth/session'
import { type ApiError, toApiError } from '../../../lib/http/errors'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import { getMyTimeline, type TimelineEntry } from '../api/get-my-timeline'

/** State of {@link useMyTimeline}: the first page's query, the rows loaded so far and the way to the next page. */
export interface MyTimeline {
  first: ApiQuery<unknown>
  items: TimelineEntry[]
  /** Whether the server said there is more. */
  hasMore: boolean
  loadingMore: boolean
  /** The error of the last 加载更多 (the rows already shown stay). */
  moreError: ApiError | undefined
  loadMore: () => void
}

/**
 * 我的 办事记录 with cursor paging: the first page through `useApiQuery` (loading, error + 重试, fetched again when
 * the page shows again), then 加载更多 appends the page after the last cursor. Only while logged in.
 */
export function useMyTimeline(): MyTimeline {
  const first = useApiQuery((signal) => getMyTimeline(null, signal), !!useSession(), '', { refreshOnShow: true })
  // Pages loaded after the first, tied to the first page they continue: a fresh first page (mount, 重试, back on the
  // page) starts the list again from its own cursor, in the same render — never a moment without 加载更多.
  const [more, setMore] = useState<{ after: unknown; items: TimelineEntry[]; cursor: string | null }>()
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<ApiError>()
  const current =
    more && more.after === first.data ? more : { after: first.data, items: [], cursor: first.data?.nextCursor ?? null }

  function loadMore() {
    if (!current.cursor || loadingMore) return
    setLoadingMore(true)
    setMoreError(undefined)
    getMyTimeline(current.cursor).then(
      (page) => {
        setMore({ after: current.after, items: [...current.items, ...page.items], cursor: page.nextCursor })
        setLoadingMore(false)
      },
      (error: unknown) => {
        setMoreError(toApiError(error))
        setLoadingMore(false)
      },
    )
  }

  return {
    first,
    items: [...(first.data?.items ?? []), ...current.items],
    hasMore: !!current.cursor,
    loadingMore,
    moreError,
    loadMore,
  }
}
