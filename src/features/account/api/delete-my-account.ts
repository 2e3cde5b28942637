import { forgetResidentData } from '../../../lib/auth/forget-resident-data'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/**
 * DELETE /api/me: erases the account and revokes every session; then the resident is logged out here too and their
 * data on this device (12345 draft, last ticket, …) is removed.
 */
export async function deleteMyAccount(): Promise<void> {
  await http.delete('/api/me')
  residentSession.clear()
  forgetResidentData()
}
