/** The part of `AbortSignal` that axios and our weapp request adapter use. */
export interface AbortSignalLike {
  readonly aborted: boolean
  addEventListener(type: 'abort', listener: () => void): void
  removeEventListener(type: 'abort', listener: () => void): void
}

/** An `AbortController`, or a minimal stand-in with the same surface. */
export interface AbortControllerLike {
  readonly signal: AbortSignal
  abort(): void
}

/**
 * A new `AbortController`: the platform's where it exists (browsers, jsdom), otherwise a minimal one.
 * @see WeChat's app-service JS context (JavaScriptCore on iOS, V8 on Android) is not a browser and has no
 *   `AbortController`; the weapp request adapter only needs `aborted` and an `abort` listener to call
 *   `RequestTask.abort()`, and axios only reads `aborted`.
 */
export function createAbortController(): AbortControllerLike {
  const Native = (globalThis as { AbortController?: new () => AbortControllerLike }).AbortController
  if (Native) return new Native()
  const listeners = new Set<() => void>()
  const signal = {
    aborted: false,
    reason: undefined as unknown,
    onabort: null,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    throwIfAborted() {},
  }
  return {
    signal: signal as unknown as AbortSignal,
    abort() {
      if (signal.aborted) return
      signal.aborted = true
      for (const listener of [...listeners]) listener()
      listeners.clear()
    },
  }
}
