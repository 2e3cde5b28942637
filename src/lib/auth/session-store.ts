import { readStored, removeStored, type StorageKey, writeStored } from '../storage'

/** What every stored login has: a bearer token and when it stops working. */
export interface StoredLogin {
  token: string
  expiresAt: string
}

/** A login kept in storage, with a tiny subscribe mechanism so every mounted page sees logins and logouts. */
export interface SessionStore<T extends StoredLogin> {
  /** The current login, or `null` when there is none or it has expired. */
  get(): T | null
  set(value: T): void
  clear(): void
  subscribe(listener: () => void): () => void
}

/**
 * Creates a store for one kind of login (resident or staff), persisted under a versioned storage key.
 * On weapp several tab pages stay mounted at once, so changes are pushed to all subscribers.
 */
export function createSessionStore<T extends StoredLogin>(key: StorageKey): SessionStore<T> {
  const listeners = new Set<() => void>()
  let current: T | null | undefined

  function isLive(value: T | null | undefined): value is T {
    return !!value && typeof value.token === 'string' && Date.parse(value.expiresAt) > Date.now()
  }
  function emit() {
    for (const listener of listeners) listener()
  }
  const store: SessionStore<T> = {
    get() {
      if (current === undefined) current = readStored<T>(key) ?? null
      if (current && !isLive(current)) {
        current = null
        removeStored(key)
      }
      return current
    },
    set(value) {
      current = value
      writeStored(key, value)
      emit()
    },
    clear() {
      const had = store.get() !== null
      current = null
      removeStored(key)
      if (had) emit()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return store
}
