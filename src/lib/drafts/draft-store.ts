import { useSyncExternalStore } from 'react'
import { onResidentDataForgotten } from '../auth/forget-resident-data'
import { readStored, removeStored, type StorageKey, writeStored } from '../storage'

/**
 * A persisted form draft with change notification: what any form (12345, a 征集 comment, an 开放日 registration) uses
 * so that nothing the resident typed is lost. Every change is written to storage at once (Taro storage: wx storage on
 * weapp, which survives the app being killed; localStorage on H5, which survives a reload), and the draft is removed
 * only by {@link DraftStore.clear}, which a form calls after the server has confirmed (or the resident discarded it).
 */
export interface DraftStore<T, A = void> {
  /** The saved draft, or `null` when there is none (or what is stored is not a draft of this version). */
  get(): T | null
  /** The draft, creating (and saving) a fresh one from `arg` when there is none. */
  ensure(arg?: A): T
  /** Merges `patch` into the draft (a fresh one when there is none) and saves at once. */
  update(patch: Partial<T>): T
  /** Forgets the draft. Call only after the server has confirmed, or when the resident chose to discard it. */
  clear(): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** How a form's drafts are made, recognised and kept. */
export interface DraftStoreOptions<T, A = void> {
  /** The storage key, versioned (`gov.draft.<form>.vN`): bump it when the draft's shape changes. */
  key: StorageKey
  /** Whether a stored value is a draft of this shape; anything else (old version, hand-edited) reads as no draft. */
  isDraft(value: unknown): value is T
  /** A fresh draft (for {@link DraftStore.ensure}, and {@link DraftStore.update} when there is none). */
  create(arg?: A): T
  /**
   * Applied to every merged draft before it is saved: keeps what must never change for the life of a draft (its
   * Idempotency-Key, its version) whatever a patch says. Default: the merge as is.
   */
  seal?(base: T, merged: T): T
  /**
   * Forget the draft when the resident logs out or deletes the account (default `true`: a draft holds what they
   * typed, which the next person on a shared phone must not see).
   */
  forgetOnLogout?: boolean
}

/** Creates the persisted store of one form's draft. */
export function createDraftStore<T extends object, A = void>(options: DraftStoreOptions<T, A>): DraftStore<T, A> {
  const { key, isDraft, create, seal = (_base: T, merged: T) => merged, forgetOnLogout = true } = options
  const listeners = new Set<() => void>()
  let current: T | null | undefined
  const emit = () => {
    for (const listener of listeners) listener()
  }
  const save = (draft: T) => {
    current = draft
    writeStored(key, draft)
    emit()
    return draft
  }
  const store: DraftStore<T, A> = {
    get() {
      if (current === undefined) {
        const stored = readStored<unknown>(key)
        current = isDraft(stored) ? stored : null
      }
      return current
    },
    ensure(arg) {
      return store.get() ?? save(create(arg))
    },
    update(patch) {
      const base = store.get() ?? create()
      return save(seal(base, { ...base, ...patch }))
    },
    clear() {
      current = null
      removeStored(key)
      emit()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  if (forgetOnLogout) onResidentDataForgotten(() => store.clear())
  return store
}

/** React hook: the store's current draft (or `null`), re-rendering on every change. */
export function useDraft<T, A>(store: DraftStore<T, A>): T | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}
