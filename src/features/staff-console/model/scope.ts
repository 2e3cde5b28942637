import { useSyncExternalStore } from 'react'
import { readStored, removeStored, STORAGE_KEYS, writeStored } from '../../../lib/storage'

/**
 * The administrator's department scope: which department's work the console shows (`null`: all). Kept on the device
 * so it survives a reload; a clerk has no scope of their own to choose (the server always limits them to theirs).
 */
const listeners = new Set<() => void>()
let current: number | null | undefined

function read(): number | null {
  if (current === undefined) {
    const stored = readStored<unknown>(STORAGE_KEYS.staffScope)
    current = typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : null
  }
  return current
}

/** Sets the scope (`null`: all departments). */
export function setStaffScope(departmentId: number | null): void {
  current = departmentId
  if (departmentId === null) removeStored(STORAGE_KEYS.staffScope)
  else writeStored(STORAGE_KEYS.staffScope, departmentId)
  for (const listener of listeners) listener()
}

/** React hook: the chosen department id, or `null` for all. */
export function useStaffScope(): number | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    read,
    read,
  )
}
