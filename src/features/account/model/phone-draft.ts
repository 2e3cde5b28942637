import { readStored, removeStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'

/** The phone number typed on the login form, kept across reloads until the login succeeds. */
export function readPhoneDraft(): string {
  return readStored<string>(STORAGE_KEYS.loginPhoneDraft) ?? ''
}

/** Saves the typed phone number on every change. */
export function savePhoneDraft(phone: string): void {
  writeStored(STORAGE_KEYS.loginPhoneDraft, phone)
}

/** Forgets the draft once the server has confirmed the login. */
export function clearPhoneDraft(): void {
  removeStored(STORAGE_KEYS.loginPhoneDraft)
}
