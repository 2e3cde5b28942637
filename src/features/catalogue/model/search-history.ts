import { readStored, removeStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'

/** How many past searches are kept. */
export const HISTORY_LIMIT = 10

/**
 * Puts `term` first in the history: trimmed, duplicates removed (the older copy goes), at most `limit` entries.
 * Empty terms leave the history as it was.
 */
export function addToHistory(history: readonly string[], term: string, limit = HISTORY_LIMIT): string[] {
  const clean = term.trim()
  if (!clean) return [...history]
  return [clean, ...history.filter((old) => old !== clean)].slice(0, limit)
}

/** The stored search history, newest first. */
export function readSearchHistory(): string[] {
  const stored = readStored<unknown>(STORAGE_KEYS.searchHistory)
  return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string').slice(0, HISTORY_LIMIT) : []
}

/** Remembers a search the resident ran; returns the new history. */
export function rememberSearch(term: string): string[] {
  const next = addToHistory(readSearchHistory(), term)
  writeStored(STORAGE_KEYS.searchHistory, next)
  return next
}

/** Forgets every past search (the 清空 button). */
export function clearSearchHistory(): void {
  removeStored(STORAGE_KEYS.searchHistory)
}
