import type { SmsSendResult as SmsSent } from '../../../../types/auth'
import { http } from '../../../lib/http/client'

/** POST /api/auth/sms/send: texts a 6-digit code to the phone (the dev provider returns it as `devCode`). */
export async function sendSmsCode(phone: string): Promise<SmsSent> {
  const { data } = await http.post<SmsSent>('/api/auth/sms/send', { phone }, { tokenFor: 'none' })
  return data
}
