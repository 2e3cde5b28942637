import type { Me } from '../../../../types/me'
import { http } from '../../../lib/http/client'

/** POST /api/me/consent: records that the resident agreed to this version of the privacy notice. */
export async function giveConsent(version: string): Promise<Me> {
  const { data } = await http.post<Me>('/api/me/consent', { version })
  return data
}
