import { http } from '../../../lib/http/client'

/**
 * POST /api/search/commits — tells 热门搜索 that the resident confirmed a search (Enter / 搜索 key, a chip, opening a
 * result). Fire and forget: a lost count costs nothing the resident would notice, so failures are swallowed.
 */
export function commitSearch(q: string): void {
  const term = q.trim()
  if (!term) return
  http.post('/api/search/commits', { q: term }).catch(() => {})
}
