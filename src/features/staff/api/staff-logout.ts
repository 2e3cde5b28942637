import { staffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/** POST /api/staff/logout; the local staff session is cleared whatever the answer. */
export async function staffLogout(): Promise<void> {
  try {
    await http.post('/api/staff/logout', undefined, { tokenFor: 'staff' })
  } finally {
    staffSession.clear()
  }
}
