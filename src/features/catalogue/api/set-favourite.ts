import { http } from '../../../lib/http/client'

/**
 * PUT or DELETE /api/me/favourites/:implCode — both idempotent, so a double tap or a retry does no harm.
 */
export async function setFavourite(implCode: string, favourite: boolean): Promise<void> {
  const url = `/api/me/favourites/${encodeURIComponent(implCode)}`
  if (favourite) await http.put(url)
  else await http.delete(url)
}
