import type { TimelineEntry, TimelinePage } from '../../../../types/timeline'
import { http } from '../../../lib/http/client'

export type { TimelineEntry, TimelinePage }

/** Rows per page. */
export const TIMELINE_PAGE_SIZE = 20

/** GET /api/me/timeline: the next page of 我的 办事记录 after `cursor` (none: the newest). */
export async function getMyTimeline(cursor: string | null, signal?: AbortSignal): Promise<TimelinePage> {
  const { data } = await http.get<TimelinePage>('/api/me/timeline', {
    params: { limit: TIMELINE_PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    signal,
  })
  return data
}
