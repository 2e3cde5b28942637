import Taro from '@tarojs/taro'

/**
 * Every key this client stores, versioned: bump the suffix when the shape changes, and old values are ignored
 * instead of crashing a new release.
 */
export const STORAGE_KEYS = {
  session: 'gov.session.v1',
  staffSession: 'gov.staff-session.v1',
  staffScope: 'gov.staff-scope.v1',
  elderMode: 'gov.elder-mode.v1',
  loginPhoneDraft: 'gov.draft.login-phone.v1',
  loginReturnTo: 'gov.login-return-to.v1',
  searchHistory: 'gov.catalogue.search-history.v1',
  myPlace: 'gov.catalogue.my-place.v1',
  guideRatingDraft: 'gov.draft.guide-rating.v1',
  hotlineDraft: 'gov.draft.hotline.v1',
  hotlineLastTicket: 'gov.hotline.last-ticket.v1',
} as const

/** A key from {@link STORAGE_KEYS}. */
export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS]

/**
 * Reads a JSON value stored with {@link writeStored}. Returns `undefined` when nothing is stored or the stored text
 * is not valid JSON (storage can be edited by hand in WeChat DevTools and in the browser).
 */
export function readStored<T>(key: StorageKey): T | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(key)
    if (typeof raw !== 'string' || raw === '') return undefined
    return JSON.parse(raw) as T
  } catch {
    return undefined
  }
}

/** Stores a value as JSON text (the same on weapp and H5, where Taro backs storage with localStorage). */
export function writeStored<T>(key: StorageKey, value: T): void {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
  } catch {
    // Storage full or disabled (private browsing): the app keeps working, only without memory.
  }
}

/** Removes a stored value. */
export function removeStored(key: StorageKey): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to do: a value that cannot be removed cannot be read either.
  }
}
