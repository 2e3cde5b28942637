import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'
import type { NotifyOptions } from '../model/contract'

/**
 * GET /api/hotline/notify-options: the WeChat subscribe-message templates the server sends status changes with
 * (empty when it sends none). Public; the server lets it be cached for a few minutes.
 */
export async function getNotifyOptions(signal?: AbortSignal): Promise<NotifyOptions> {
  const { data } = await http.get<NotifyOptions>('/api/hotline/notify-options', { signal, tokenFor: 'none' })
  return data
}

/**
 * React hook over {@link getNotifyOptions}. `enabled` is false where nothing is asked of the resident (H5 uses SMS),
 * so no request is made there.
 */
export function useNotifyOptions(enabled: boolean): ApiQuery<NotifyOptions> {
  return useApiQuery(getNotifyOptions, enabled)
}
