import crypto from 'node:crypto'

/** Crockford base32 (no I, L, O, U): read aloud and typed at the door without confusing 0/O or 1/I. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** `n` characters from a CSPRNG over {@link ALPHABET}. */
function randomCode(n: number): string {
  let out = ''
  for (let i = 0; i < n; i++) out += ALPHABET[crypto.randomInt(0, ALPHABET.length)]
  return out
}

/** A registration reference: KF + 8 characters (shown on the confirmation page). */
export function newRegistrationRef(): string {
  return `KF${randomCode(8)}`
}

/** An attendee's short entry code (8 characters, 40 bits): typed in when the QR code cannot be scanned. */
export function newEntryCode(): string {
  return randomCode(8)
}

/** The nonce the signed QR token is built from. */
export function newEntryNonce(): string {
  return crypto.randomBytes(16).toString('base64url')
}
