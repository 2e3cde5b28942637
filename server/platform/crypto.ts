import crypto from 'node:crypto'
import type { Config, KeyRing } from '../config'

/**
 * Personal data at rest (PIPL): AES-256-GCM encryption with the key id stored beside the ciphertext, and keyed
 * hashes (HMAC-SHA256) for finding and de-duplicating identity numbers without storing them in clear. Keys come from
 * config (DATA_KEYS, HMAC_KEYS), newest first: new data uses the first key; older keys still read what they wrote,
 * so a key is rotated by putting a new one in front and re-sealing at leisure.
 */

/** An encrypted value and the id of the key that sealed it: store both (two columns). */
export interface Sealed {
  keyId: string
  /** `iv.tag.data`, each base64url (12-byte IV, 16-byte GCM tag). */
  cipher: string
}

/** A sealed value names a key id that is not (or no longer) configured in DATA_KEYS. */
export class UnknownKeyError extends Error {
  override readonly name = 'UnknownKeyError'
  constructor(keyId: string) {
    super(`DATA_KEYS 中没有编号为 ${keyId} 的密钥 / no key ${keyId} in DATA_KEYS`)
  }
}

/** The ciphertext was altered, truncated, or sealed for another context (`aad`). */
export class DecryptError extends Error {
  override readonly name = 'DecryptError'
  constructor() {
    super('密文无法解密（已损坏或上下文不符）/ ciphertext cannot be decrypted')
  }
}

/**
 * Encrypts `plain` with the current data key. `aad` (e.g. `attendees.id_number:<row id>`) binds the ciphertext to
 * where it is stored, so a value copied into another row or column does not decrypt.
 */
export function seal(keys: KeyRing, plain: string, aad = ''): Sealed {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.current.key, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return {
    keyId: keys.current.id,
    cipher: [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.'),
  }
}

/** Decrypts a {@link seal} result with the key it names. @throws UnknownKeyError, DecryptError */
export function open(keys: KeyRing, sealed: Sealed, aad = ''): string {
  const key = keys.keys.get(sealed.keyId)
  if (!key) throw new UnknownKeyError(sealed.keyId)
  const parts = sealed.cipher.split('.')
  if (parts.length !== 3) throw new DecryptError()
  const [iv, tag, data] = parts.map((p) => Buffer.from(p, 'base64url')) as [Buffer, Buffer, Buffer]
  if (iv.length !== 12 || tag.length !== 16) throw new DecryptError()
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv)
    decipher.setAAD(Buffer.from(aad, 'utf8'))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
  } catch {
    throw new DecryptError()
  }
}

/** Whether a sealed value should be re-sealed because a newer key is in front (rotation). */
export const needsReseal = (keys: KeyRing, sealed: Pick<Sealed, 'keyId'>): boolean => sealed.keyId !== keys.current.id

/** HMAC-SHA256 of `value` with one key, hex. */
function hmac(key: Buffer, value: string): string {
  return crypto.createHmac('sha256', key).update(value, 'utf8').digest('hex')
}

/** The keyed hash of `value` with the current HMAC key, and that key's id (store both). */
export function keyedHash(keys: KeyRing, value: string): { keyId: string; digest: string } {
  return { keyId: keys.current.id, digest: hmac(keys.current.key, value) }
}

/** The keyed hashes of `value` under every configured key: look up with `digest IN (…)` during a rotation. */
export function keyedHashes(keys: KeyRing, value: string): string[] {
  return [...keys.keys.values()].map((key) => hmac(key, value))
}

/**
 * An identity number as it is hashed and stored: spaces and hyphens dropped, upper case (the check character `x`
 * and `X` are one). Says nothing about validity: check the number first (GB 11643 check digit for 身份证).
 */
export function normaliseIdentityNumber(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

/** The keyed hash of an identity number (normalised first), for uniqueness and lookup without the number. */
export function hashIdentityNumber(keys: KeyRing, raw: string): { keyId: string; digest: string } {
  return keyedHash(keys, normaliseIdentityNumber(raw))
}

/**
 * The identity-number vault of a feature, from config: seal/open with DATA_KEYS and hash with HMAC_KEYS. The shape
 * matches what a feature stores: ciphertext + key id, and one hex digest.
 */
export function personalDataVault(config: Pick<Config, 'dataKeys' | 'hmacKeys'>) {
  return {
    /** AES-256-GCM ciphertext and the id of the key that made it. */
    seal: (plain: string, aad?: string): { cipher: string; keyId: string } => seal(config.dataKeys, plain, aad),
    /** The plain text of a {@link seal} result. */
    open: (cipher: string, keyId: string, aad?: string): string => open(config.dataKeys, { cipher, keyId }, aad),
    /** HMAC-SHA256 (current HMAC key) of an already normalised value, hex. */
    hash: (normalised: string): string => keyedHash(config.hmacKeys, normalised).digest,
    /** The hashes under every HMAC key, for lookups during a rotation. */
    hashes: (normalised: string): string[] => keyedHashes(config.hmacKeys, normalised),
  }
}
