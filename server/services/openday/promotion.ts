import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { opendayRepository } from '../../repositories/openday'
import { offerExpiresAt, pickPromotions, promotionAllowed, type WaitlistPolicy } from './waitlist'

/** A party promoted from the waitlist (to notify after commit). */
export interface Promotion {
  registrationId: string
  offerExpiresAt: Date
}

/**
 * Gives the free seats of a session to its waitlist, inside the caller's transaction (the cancel or the expiry that
 * freed them). The session row is locked first, so two promotions of one session never run side by side and two API
 * processes never hand out the same seat; each promoted party takes its seats through the same conditional UPDATE
 * as a registration, so even a bug here cannot overbook (the UPDATE would return nothing and we stop).
 */
export async function promoteWaitlist(
  tx: Kysely<Database>,
  sessionId: string,
  now: Date,
  policy: WaitlistPolicy,
): Promise<Promotion[]> {
  const repo = opendayRepository(tx)
  const session = await repo.lockSession(sessionId)
  if (!session || !promotionAllowed(now, session.starts_at, policy)) return []
  const free = session.capacity - session.reserved - session.registered
  if (free <= 0) return []
  const picked = pickPromotions(
    (await repo.lockWaitlist(sessionId)).map((r) => ({ id: r.id, partySize: r.party_size })),
    free,
  )
  const expires = offerExpiresAt(now, session.starts_at, policy)
  const promoted: Promotion[] = []
  for (const party of picked) {
    if ((await repo.takeSeats(sessionId, party.partySize)) === null) break
    await repo.setStatus(party.id, 'offered', { offer_expires_at: expires })
    promoted.push({ registrationId: party.id, offerExpiresAt: expires })
  }
  return promoted
}

/**
 * Ends one offer whose confirm window has passed (status `offered` → `expired`): its seats go back and pass on to
 * the next waiting party in the same transaction. Returns null when the offer was answered or expired meanwhile.
 */
export async function expireOffer(
  tx: Kysely<Database>,
  registrationId: string,
  now: Date,
  policy: WaitlistPolicy,
): Promise<Promotion[] | null> {
  const repo = opendayRepository(tx)
  const reg = await repo.lockIfStatus(registrationId, 'offered')
  if (!reg?.offer_expires_at || reg.offer_expires_at > now) return null
  await repo.setStatus(reg.id, 'expired', { offer_expires_at: null })
  await repo.deactivateAttendees(reg.id)
  await repo.releaseSeats(reg.session_id, reg.party_size)
  return promoteWaitlist(tx, reg.session_id, now, policy)
}
