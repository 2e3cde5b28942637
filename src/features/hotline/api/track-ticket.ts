import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { TrackingView } from '../model/contract'

/** GET /api/hotline/track/:ref?t= — the public view (no personal data); works logged out, from a bookmark or share. */
export async function trackTicket(ref: string, token: string, signal?: AbortSignal): Promise<TrackingView> {
  const { data } = await http.get<TrackingView>(`/api/hotline/track/${encodeURIComponent(ref)}`, {
    params: { t: token },
    signal,
    tokenFor: 'none',
  })
  return data
}

/** React hook over {@link trackTicket}. */
export function useTrackedTicket(ref: string, token: string): ApiQuery<TrackingView> {
  return useApiQuery((signal) => trackTicket(ref, token, signal), !!ref && !!token, `${ref}:${token}`)
}
