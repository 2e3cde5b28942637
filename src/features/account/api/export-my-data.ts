import type { MyDataExport } from '../../../../types/me'
import { http } from '../../../lib/http/client'

/** GET /api/me/export: everything the service holds about the resident, unmasked. */
export async function exportMyData(): Promise<MyDataExport> {
  const { data } = await http.get<MyDataExport>('/api/me/export')
  return data
}
