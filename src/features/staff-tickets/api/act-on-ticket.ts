import type { StaffTicket as Ticket } from '../../../../types/hotline'
import { http } from '../../../lib/http/client'

/** The staff actions and their bodies (docs/api-hotline.md). */
export type TicketAction =
  | { action: 'accept' }
  | { action: 'assign'; departmentId: number }
  | { action: 'return'; reason: string }
  | { action: 'reply'; body: string }
  | { action: 'close'; note?: string }
  | { action: 'merge'; intoRef: string }

/** POST /api/staff/tickets/:ref/<action>: accept, assign, return, reply, close or merge; each is audit-logged. */
export async function actOnTicket(ref: string, act: TicketAction): Promise<Ticket> {
  const { action, ...body } = act
  const { data } = await http.post<Ticket>(`/api/staff/tickets/${encodeURIComponent(ref)}/${action}`, body, {
    tokenFor: 'staff',
  })
  return data
}
