import { removeStored, STORAGE_KEYS } from '../storage'

/**
 * What one resident typed or received that stays on the device after they leave: the 12345 draft (description,
 * address, contact phone), the last ticket's confirmation (with its tracking code), a half-written guide rating and
 * the search history. Device settings (长辈版) are not personal and stay.
 */
export const RESIDENT_STORAGE_KEYS = [
  STORAGE_KEYS.hotlineDraft,
  STORAGE_KEYS.hotlineLastTicket,
  STORAGE_KEYS.guideRatingDraft,
  STORAGE_KEYS.searchHistory,
] as const

const listeners = new Set<() => void>()

/**
 * Registers what a feature must also drop from memory when the resident's data is forgotten (a store that caches its
 * stored value). Returns the unsubscribe function.
 */
export function onResidentDataForgotten(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Removes {@link RESIDENT_STORAGE_KEYS} from this device and tells the registered stores, so the next person on a
 * shared phone or computer does not see them. Called on logout and account deletion — not when a session merely
 * expires, which must not cost the resident a draft.
 */
export function forgetResidentData(): void {
  for (const key of RESIDENT_STORAGE_KEYS) removeStored(key)
  for (const listener of listeners) listener()
}
