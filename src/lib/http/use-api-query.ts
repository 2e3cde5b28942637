import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { createAbortController } from './abort'
import { type ApiError, toApiError } from './errors'
import { takeFirstScreen } from './first-screen'

/** State of {@link useApiQuery}. */
export interface ApiQuery<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Runs the request again (the 重试 button). */
  reload: () => void
}

/** Options of {@link useApiQuery}. */
export interface ApiQueryOptions {
  /**
   * Fetch again, quietly, each time the page is shown again (back from a page opened on top of it): lists whose
   * rows change elsewhere — 我的工单 after a rating, 消息 after reading, a staff queue after handling a ticket.
   * The shown data stays until the new answer arrives; a failed quiet refresh keeps it and shows no error.
   */
  refreshOnShow?: boolean
  /**
   * The GET `fetcher` makes (path and query), when the server may have embedded its answer in the H5 page
   * (server/plugins/first-screen.ts): the first render then shows that answer at once, with no loading state and no
   * request. Later loads, retries and refreshes ask the API.
   */
  firstScreen?: string
}

/**
 * Runs `fetcher` on mount (and when `enabled` turns true), exposing loading / error / data and a `reload` for
 * GovError's retry. Requests of an unmounted page are aborted. A change of `key` (e.g. the page number or a
 * ticket ref) fetches again.
 */
export function useApiQuery<T>(
  fetcher: (signal: AbortSignal) => Promise<T>,
  enabled = true,
  key = '',
  options: ApiQueryOptions = {},
): ApiQuery<T> {
  const [embedded] = useState(() => (enabled && options.firstScreen ? takeFirstScreen(options.firstScreen) : undefined))
  const [data, setData] = useState<T | undefined>(embedded?.data as T | undefined)
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled && !embedded)
  const [attempt, setAttempt] = useState(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher
  const quietRef = useRef(false)
  // the embedded answer stands in for the first request
  const skipRef = useRef(!!embedded)
  const hiddenRef = useRef(false)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on reload, `key` on a new query.
  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return
    }
    if (skipRef.current) {
      skipRef.current = false
      return
    }
    const controller = createAbortController()
    const quiet = quietRef.current
    quietRef.current = false
    if (!quiet) {
      setLoading(true)
      setError(undefined)
    }
    fetcherRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return
        setData(value)
        setError(undefined)
        setLoading(false)
      },
      (reason: unknown) => {
        if (controller.signal.aborted || quiet) return
        setError(toApiError(reason))
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [enabled, attempt, key])

  // only a show that follows a hide is a return to the page (the first show is the mount, which fetches anyway)
  useDidHide(() => {
    hiddenRef.current = true
  })
  useDidShow(() => {
    if (!hiddenRef.current) return
    hiddenRef.current = false
    if (!options.refreshOnShow || !enabled) return
    quietRef.current = true
    setAttempt((n) => n + 1)
  })

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading, reload }
}
