import type { Staff } from '../../../../types/staff'
import { useStaffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** GET /api/staff/me: the logged-in member of staff. */
export async function getStaffMe(signal?: AbortSignal): Promise<Staff> {
  const { data } = await http.get<Staff>('/api/staff/me', { tokenFor: 'staff', signal })
  return data
}

/** React hook over {@link getStaffMe}, only while a staff session exists. */
export function useStaffMe(): ApiQuery<Staff> {
  return useApiQuery(getStaffMe, !!useStaffSession())
}
