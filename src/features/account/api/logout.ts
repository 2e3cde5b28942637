import { forgetResidentData } from '../../../lib/auth/forget-resident-data'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/**
 * POST /api/auth/logout: revokes the token on the server; the local session and the resident's data on this device
 * (12345 draft, last ticket, …) are cleared even if that fails.
 */
export async function logout(): Promise<void> {
  try {
    await http.post('/api/auth/logout')
  } finally {
    residentSession.clear()
    forgetResidentData()
  }
}
