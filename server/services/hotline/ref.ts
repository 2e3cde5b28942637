import crypto from 'node:crypto'
import { beijingDate } from '../working-days'

/** `YZ` + Beijing date + `-` + six digits, e.g. YZ20261127-000123 (the sequence wraps at a million). */
export function formatTicketRef(sequence: number, at: Date): string {
  return `YZ${beijingDate(at).replace(/-/g, '')}-${String(sequence % 1_000_000).padStart(6, '0')}`
}

/** A tracking token: 16 random bytes, base64url (22 characters); unguessable, so a bookmarked link is the key. */
export function newTrackingToken(): string {
  return crypto.randomBytes(16).toString('base64url')
}
