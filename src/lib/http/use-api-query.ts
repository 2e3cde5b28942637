import { useCallback, useEffect, useRef, useState } from 'react'
import { createAbortController } from './abort'
import { type ApiError, toApiError } from './errors'

/** State of {@link useApiQuery}. */
export interface ApiQuery<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Runs the request again (the 重试 button). */
  reload: () => void
}

/**
 * Runs `fetcher` on mount (and when `enabled` turns true), exposing loading / error / data and a `reload` for
 * GovError's retry. Requests of an unmounted page are aborted. A change of `key` (e.g. the page number or a
 * ticket ref) fetches again.
 */
export function useApiQuery<T>(fetcher: (signal: AbortSignal) => Promise<T>, enabled = true, key = ''): ApiQuery<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(enabled)
  const [attempt, setAttempt] = useState(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the request on reload, `key` on a new query.
  useEffect(() => {
    if (!enabled) {
      setLoading(false)
      return
    }
    const controller = createAbortController()
    setLoading(true)
    setError(undefined)
    fetcherRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return
        setData(value)
        setLoading(false)
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return
        setError(toApiError(reason))
        setLoading(false)
      },
    )
    return () => controller.abort()
  }, [enabled, attempt, key])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading, reload }
}
