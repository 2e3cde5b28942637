import type { Me } from '../../../../types/me'
import { useSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/me: the logged-in resident (masked phone, WeChat binding, consent). */
export async function getMe(signal?: AbortSignal): Promise<Me> {
  const { data } = await http.get<Me>('/api/me', { signal })
  return data
}

/** React hook: the resident from GET /api/me while logged in (nothing is requested when logged out). */
export function useMe(): ApiQuery<Me> {
  const session = useSession()
  return useApiQuery(getMe, !!session)
}
