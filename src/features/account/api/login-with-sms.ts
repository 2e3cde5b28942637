import type { Session } from '../../../../types/auth'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/** POST /api/auth/sms/login: exchanges phone + code for a session, and stores it. */
export async function loginWithSms(phone: string, code: string): Promise<Session> {
  const { data } = await http.post<Session>('/api/auth/sms/login', { phone, code }, { tokenFor: 'none' })
  residentSession.set(data)
  return data
}
