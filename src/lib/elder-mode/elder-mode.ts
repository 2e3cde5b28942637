import { useSyncExternalStore } from 'react'
import { readStored, STORAGE_KEYS, writeStored } from '../storage'
import { readFontSizeSetting } from './font-size-setting'

/**
 * `fontSizeSetting` at or above this turns 长辈版 on automatically. WeChat's default is 17; the first larger steps and
 * 关怀模式 report 20 or more, so 20 is where a resident has clearly asked for bigger text.
 */
export const CARE_MODE_FONT_SIZE = 20

/** Why 长辈版 is on or off: the resident's own choice, WeChat's font setting, or the default (off). */
export type ElderModeSource = 'manual' | 'auto' | 'default'

/** The resolved 长辈版 state. */
export interface ElderModeState {
  enabled: boolean
  source: ElderModeSource
}

/**
 * Decides 长辈版: a manual choice (stored) beats the automatic one; otherwise on when the WeChat font size is at
 * care-mode size (≥ {@link CARE_MODE_FONT_SIZE}).
 */
export function resolveElderMode(manual: boolean | undefined, fontSizeSetting: number | undefined): ElderModeState {
  if (typeof manual === 'boolean') return { enabled: manual, source: 'manual' }
  if (typeof fontSizeSetting === 'number' && fontSizeSetting >= CARE_MODE_FONT_SIZE) {
    return { enabled: true, source: 'auto' }
  }
  return { enabled: false, source: 'default' }
}

const listeners = new Set<() => void>()
let state: ElderModeState | undefined

function getState(): ElderModeState {
  if (!state) state = resolveElderMode(readStored<boolean>(STORAGE_KEYS.elderMode), readFontSizeSetting())
  return state
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Turns 长辈版 on or off by hand; remembered, and it beats the automatic choice from then on. */
export function setElderMode(enabled: boolean): void {
  writeStored(STORAGE_KEYS.elderMode, enabled)
  state = { enabled, source: 'manual' }
  for (const listener of listeners) listener()
}

/** Forgets the cached state so the next read looks at storage and the font setting again (tests, app relaunch). */
export function reloadElderMode(): void {
  state = undefined
  for (const listener of listeners) listener()
}

/** React hook: whether 长辈版 is on, why, and a setter. Every page re-renders when it changes. */
export function useElderMode(): ElderModeState & { setEnabled: (enabled: boolean) => void } {
  const current = useSyncExternalStore(subscribe, getState, getState)
  return { ...current, setEnabled: setElderMode }
}
