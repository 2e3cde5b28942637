import type { AuthProviders } from '../../../../types/auth'
import { http } from '../../../lib/http/client'

/** GET /api/auth/providers: which login methods exist; `sms: 'dev'` means the code is shown on screen. */
export async function getAuthProviders(signal?: AbortSignal): Promise<AuthProviders> {
  const { data } = await http.get<AuthProviders>('/api/auth/providers', { tokenFor: 'none', signal })
  return data
}
