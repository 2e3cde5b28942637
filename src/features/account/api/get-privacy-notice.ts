import type { PrivacyNotice } from '../../../../types/me'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/privacy: the current privacy notice. */
export async function getPrivacyNotice(signal?: AbortSignal): Promise<PrivacyNotice> {
  const { data } = await http.get<PrivacyNotice>('/api/privacy', { tokenFor: 'none', signal })
  return data
}

/** React hook over {@link getPrivacyNotice}. */
export function usePrivacyNotice(): ApiQuery<PrivacyNotice> {
  return useApiQuery(getPrivacyNotice)
}
