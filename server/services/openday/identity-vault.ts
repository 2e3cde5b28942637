import crypto from 'node:crypto'

/**
 * Encryption at rest and the keyed hash of identity numbers.
 * TODO: switch to the platform's config secrets (AES-256-GCM + HMAC helpers, platform-core) when they land; this
 * narrow interface is what the open-day code depends on, so only {@link identityVaultFromEnv} changes then.
 */
export interface IdentityVault {
  /** AES-256-GCM ciphertext (`iv.tag.data`, base64url) and the id of the key that made it (for rotation). */
  seal(plain: string): { cipher: string; keyId: string }
  /** The plain text of a {@link IdentityVault.seal} result. */
  open(cipher: string, keyId: string): string
  /** HMAC-SHA256 of a normalised number, hex: unique per event, so one person takes one seat. */
  hash(normalised: string): string
}

/** A vault over one 32-byte key; the HMAC key is derived from it (HKDF) so the two uses never share a key. */
export function identityVault(keyId: string, key: Buffer): IdentityVault {
  if (key.length !== 32) throw new Error('identity key must be 32 bytes')
  const macKey = Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), 'yz-openday-id-hash', 32))
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12)
      const c = crypto.createCipheriv('aes-256-gcm', key, iv)
      const data = Buffer.concat([c.update(plain, 'utf8'), c.final()])
      return { cipher: [iv, c.getAuthTag(), data].map((b) => b.toString('base64url')).join('.'), keyId }
    },
    open(cipher, usedKeyId) {
      if (usedKeyId !== keyId) throw new Error(`unknown identity key id ${usedKeyId}`)
      const [iv, tag, data] = cipher.split('.').map((p) => Buffer.from(p, 'base64url'))
      const d = crypto.createDecipheriv('aes-256-gcm', key, iv!)
      d.setAuthTag(tag!)
      return Buffer.concat([d.update(data!), d.final()]).toString('utf8')
    },
    hash(normalised) {
      return crypto.createHmac('sha256', macKey).update(normalised, 'utf8').digest('hex')
    },
  }
}

/** Labelled development key: outside production only, so a fresh checkout can register without configuration. */
const DEV_KEY = crypto.createHash('sha256').update('yz-openday 开发用密钥 — never in production').digest()

/**
 * The vault from `IDENTITY_ENCRYPTION_KEY` (32 bytes, base64) and `IDENTITY_KEY_ID`; outside production a labelled
 * development key is used when it is unset. In production without it, identity data cannot be stored: throws.
 */
export function identityVaultFromEnv(env: NodeJS.ProcessEnv, nodeEnv: string): IdentityVault {
  const raw = env.IDENTITY_ENCRYPTION_KEY
  if (raw) return identityVault(env.IDENTITY_KEY_ID || 'k1', Buffer.from(raw, 'base64'))
  if (nodeEnv === 'production')
    throw new Error('IDENTITY_ENCRYPTION_KEY 未设置，无法保存证件号码 / IDENTITY_ENCRYPTION_KEY is not set')
  return identityVault('dev', DEV_KEY)
}
