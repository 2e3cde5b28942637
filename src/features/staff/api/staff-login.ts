import type { StaffSession } from '../../../../types/staff'
import { staffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/** POST /api/staff/login: username + password → staff session, stored apart from any resident login. */
export async function staffLogin(username: string, password: string): Promise<StaffSession> {
  const { data } = await http.post<StaffSession>('/api/staff/login', { username, password }, { tokenFor: 'none' })
  staffSession.set(data)
  return data
}
