import { useSyncExternalStore } from 'react'
import type { Session } from '../../../types/auth'
import type { StaffSession } from '../../../types/staff'
import { STORAGE_KEYS } from '../storage'
import { createSessionStore } from './session-store'

/** The resident's login (token, expiry, user). */
export const residentSession = createSessionStore<Session>(STORAGE_KEYS.session)

/** A member of staff's login; kept apart so a staff token is never sent on resident requests. */
export const staffSession = createSessionStore<StaffSession>(STORAGE_KEYS.staffSession)

/** React hook: the resident's session or `null` when logged out. */
export function useSession(): Session | null {
  return useSyncExternalStore(residentSession.subscribe, residentSession.get, residentSession.get)
}

/** React hook: the staff session or `null`. */
export function useStaffSession(): StaffSession | null {
  return useSyncExternalStore(staffSession.subscribe, staffSession.get, staffSession.get)
}
