import { createRequest } from '../../../lib/http/client'
import type { Ticket, TicketDraftBody } from '../model/contract'

/**
 * POST /api/hotline/tickets with the draft's Idempotency-Key: sending the same key again (a retry after a lost
 * answer, a double tap) returns the first ticket instead of a second one.
 */
export function createTicket(body: TicketDraftBody, key: string): Promise<Ticket> {
  return createRequest<Ticket>('/api/hotline/tickets', body, { idempotencyKey: key, timeout: 20_000 })
}
