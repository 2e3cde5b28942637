import type { Session, SmsLoginBody } from '../../../../types/auth'
import { residentSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'

/**
 * POST /api/auth/sms/login: exchanges phone + code for a session, and stores it. `consentVersion` is the privacy
 * notice version the resident agreed to on the form; the server records the consent with the session.
 */
export async function loginWithSms(phone: string, code: string, consentVersion: string): Promise<Session> {
  const body: SmsLoginBody = { phone, code, consentVersion }
  const { data } = await http.post<Session>('/api/auth/sms/login', body, { tokenFor: 'none' })
  residentSession.set(data)
  return data
}
