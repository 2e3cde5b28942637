import { OPENDAY_LIMITS } from '../../../types/openday-states'

const HOUR = 3_600_000

/** Waitlist timing, configurable per deployment (defaults from OPENDAY_LIMITS). */
export interface WaitlistPolicy {
  /** Longest confirm window of an offer. */
  confirmWindowHours: number
  /** No promotions this close to the start. */
  noPromotionHoursBeforeStart: number
}

/** The defaults of the issue: 24 h confirm window at most, no promotions in the last 2 hours. */
export const DEFAULT_WAITLIST_POLICY: WaitlistPolicy = {
  confirmWindowHours: OPENDAY_LIMITS.confirmWindowHours,
  noPromotionHoursBeforeStart: OPENDAY_LIMITS.noPromotionHoursBeforeStart,
}

/** Whether a freed seat may still go to the waitlist: not within the last hours before the start. */
export function promotionAllowed(now: Date, startsAt: Date, policy = DEFAULT_WAITLIST_POLICY): boolean {
  return startsAt.getTime() - now.getTime() > policy.noPromotionHoursBeforeStart * HOUR
}

/**
 * When a promoted party's offer ends: min(confirm window, half the time left to the start), so a party promoted
 * the evening before still has a real chance to answer and the seat can still pass on if they do not.
 */
export function offerExpiresAt(now: Date, startsAt: Date, policy = DEFAULT_WAITLIST_POLICY): Date {
  const half = Math.max(0, (startsAt.getTime() - now.getTime()) / 2)
  return new Date(now.getTime() + Math.min(policy.confirmWindowHours * HOUR, half))
}

/**
 * Which waiting parties get the `free` seats: in queue order, each party that fits is promoted whole; a party larger
 * than the seats left is passed over (it keeps its place) and the next one is considered. Parties are never split.
 */
export function pickPromotions<T extends { partySize: number }>(queue: readonly T[], free: number): T[] {
  const picked: T[] = []
  let left = free
  for (const party of queue) {
    if (left <= 0) break
    if (party.partySize <= left) {
      picked.push(party)
      left -= party.partySize
    }
  }
  return picked
}
