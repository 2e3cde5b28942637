import { type AbortControllerLike, createAbortController } from '../../../lib/http/abort'

/** Wait after the last keystroke before asking the server. */
export const SEARCH_DEBOUNCE_MS = 250

/** Options of {@link createSearchRunner}. */
export interface SearchRunnerOptions<Q, R> {
  /** Does the request; must honour `signal`. */
  run: (query: Q, signal: AbortSignal) => Promise<R>
  /** Called with the answer of the newest request only. */
  onResult: (result: R, query: Q) => void
  /** Called with the failure of the newest request only (cancellations are never reported). */
  onError: (error: unknown, query: Q) => void
  /** Called when a request really starts (after the debounce), to show the skeleton. */
  onStart?: (query: Q) => void
  delayMs?: number
}

/** Handle of {@link createSearchRunner}. */
export interface SearchRunner<Q> {
  /** Asks for `query` after the debounce (or now, with `immediate`); any older pending or running request is dropped. */
  schedule(query: Q, options?: { immediate?: boolean }): void
  /** Drops whatever is pending or running (page unload). */
  cancel(): void
}

/**
 * Search-as-you-type without stale answers: each keystroke restarts a short timer, and a new request aborts the one
 * still in flight (AbortController → the http client's `signal`), so a slow answer to "公" can never overwrite the
 * answer to "公积金".
 */
export function createSearchRunner<Q, R>(options: SearchRunnerOptions<Q, R>): SearchRunner<Q> {
  const delay = options.delayMs ?? SEARCH_DEBOUNCE_MS
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortControllerLike | undefined

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    controller?.abort()
    controller = undefined
  }

  const start = (query: Q) => {
    timer = undefined
    controller?.abort()
    const mine = createAbortController()
    controller = mine
    options.onStart?.(query)
    options.run(query, mine.signal).then(
      (result) => {
        if (mine.signal.aborted || controller !== mine) return
        controller = undefined
        options.onResult(result, query)
      },
      (error: unknown) => {
        if (mine.signal.aborted || controller !== mine) return
        controller = undefined
        options.onError(error, query)
      },
    )
  }

  return {
    schedule(query, scheduleOptions) {
      cancel()
      if (scheduleOptions?.immediate || delay <= 0) start(query)
      else timer = setTimeout(() => start(query), delay)
    },
    cancel,
  }
}
