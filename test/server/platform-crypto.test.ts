import crypto from 'node:crypto'
import { type ConfigError, DEVELOPMENT_KEYS, type KeyRing, loadConfig } from '../../server/config'
import {
  DecryptError,
  hashIdentityNumber,
  keyedHashes,
  needsReseal,
  normaliseIdentityNumber,
  open,
  personalDataVault,
  seal,
  UnknownKeyError,
} from '../../server/platform/crypto'
import { PRODUCTION_SECRETS } from './helpers/production-secrets'

const b64 = () => crypto.randomBytes(32).toString('base64')
const ring = (...entries: [string, string][]): KeyRing =>
  loadConfig({ DATA_KEYS: entries.map(([id, k]) => `${id}:${k}`).join(','), HMAC_KEYS: `h1:${b64()}` }).dataKeys

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env)
    return []
  } catch (err) {
    return (err as ConfigError).problems
  }
}

describe('seal / open (AES-256-GCM, key id beside)', () => {
  const keys = ring(['k2026', b64()])

  test('round trip, a fresh IV each time, the key id stored beside', () => {
    const a = seal(keys, '321002199001011234')
    const b = seal(keys, '321002199001011234')
    expect(a.keyId).toBe('k2026')
    expect(a.cipher).not.toBe(b.cipher)
    expect(a.cipher).not.toContain('3210')
    expect(open(keys, a)).toBe('321002199001011234')
    expect(open(keys, { keyId: 'k2026', cipher: seal(keys, '扬州 汉字 ✓').cipher })).toBe('扬州 汉字 ✓')
  })

  test('a changed byte, a truncated value or another context (aad) does not decrypt', () => {
    const sealed = seal(keys, '321002199001011234', 'attendees.id_number:42')
    const [iv, tag, data] = sealed.cipher.split('.') as [string, string, string]
    const flipped = Buffer.from(data, 'base64url')
    flipped[0]! ^= 1
    expect(() =>
      open(keys, { ...sealed, cipher: `${iv}.${tag}.${flipped.toString('base64url')}` }, 'attendees.id_number:42'),
    ).toThrow(DecryptError)
    expect(() => open(keys, { ...sealed, cipher: `${iv}.${tag}` })).toThrow(DecryptError)
    expect(() => open(keys, sealed, 'attendees.id_number:43')).toThrow(DecryptError)
    expect(open(keys, sealed, 'attendees.id_number:42')).toBe('321002199001011234')
  })

  test('rotation: the newest key seals, an older one still opens, an unknown id is named', () => {
    const oldKey = b64()
    const before = seal(ring(['k2025', oldKey]), '13952712345')
    const rotated = ring(['k2026', b64()], ['k2025', oldKey])
    expect(open(rotated, before)).toBe('13952712345')
    expect(needsReseal(rotated, before)).toBe(true)
    const after = seal(rotated, '13952712345')
    expect(after.keyId).toBe('k2026')
    expect(needsReseal(rotated, after)).toBe(false)
    expect(() => open(ring(['k2027', b64()]), before)).toThrow(UnknownKeyError)
  })
})

describe('keyed hashes of identity numbers', () => {
  test('normalised before hashing; equal numbers match, others do not; never the number itself', () => {
    const config = loadConfig({})
    const a = hashIdentityNumber(config.hmacKeys, '32100219900101123x')
    expect(hashIdentityNumber(config.hmacKeys, ' 321002 19900101 123X ')).toEqual(a)
    expect(hashIdentityNumber(config.hmacKeys, '321002199001011235').digest).not.toBe(a.digest)
    expect(a.digest).toMatch(/^[0-9a-f]{64}$/)
    expect(normaliseIdentityNumber('3210-0219 9001011 23x')).toBe('32100219900101123X')
  })

  test('another key gives another hash; during a rotation every key is tried', () => {
    const old = b64()
    const before = loadConfig({ HMAC_KEYS: `h1:${old}` }).hmacKeys
    const after = loadConfig({ HMAC_KEYS: `h2:${b64()},h1:${old}` }).hmacKeys
    const digest = hashIdentityNumber(before, '321002199001011234').digest
    expect(hashIdentityNumber(after, '321002199001011234')).toMatchObject({ keyId: 'h2' })
    expect(hashIdentityNumber(after, '321002199001011234').digest).not.toBe(digest)
    expect(keyedHashes(after, '321002199001011234')).toContain(digest)
  })

  test('the vault seals with DATA_KEYS and hashes with HMAC_KEYS', () => {
    const vault = personalDataVault(loadConfig({ ...PRODUCTION_SECRETS }))
    const sealed = vault.seal('321002199001011234')
    expect(sealed.keyId).toBe('test2026')
    expect(vault.open(sealed.cipher, sealed.keyId)).toBe('321002199001011234')
    expect(vault.hashes('X')).toEqual([vault.hash('X')])
  })
})

describe('DATA_KEYS / HMAC_KEYS in config', () => {
  const production = {
    NODE_ENV: 'production',
    PGLITE_IN_PRODUCTION: '1',
    WECHAT_APPID: 'wx1',
    WECHAT_SECRET: 's',
    SMS_PROVIDER: 'http',
    SMS_API_BASE: 'https://sms.example.cn/',
    SMS_API_KEY: 'k',
  }

  test('outside production, unset means the labelled development keys', () => {
    const config = loadConfig({})
    expect(config.dataKeys).toMatchObject({
      development: true,
      current: { id: 'dev', key: DEVELOPMENT_KEYS.DATA_KEYS },
    })
    expect(config.hmacKeys).toMatchObject({
      development: true,
      current: { id: 'dev', key: DEVELOPMENT_KEYS.HMAC_KEYS },
    })
  })

  test('production refuses to start without them', () => {
    const problems = problemsOf(production)
    expect(problems).toEqual([
      expect.stringContaining('production requires DATA_KEYS'),
      expect.stringContaining('production requires HMAC_KEYS'),
    ])
    expect(problemsOf({ ...production, ...PRODUCTION_SECRETS })).toEqual([])
  })

  test('weak, malformed, duplicated or shared keys are refused (also outside production)', () => {
    const strong = b64()
    const cases: [string, Record<string, string>, string][] = [
      ['too short', { DATA_KEYS: `k1:${crypto.randomBytes(16).toString('base64')}` }, 'key k1 in DATA_KEYS is weak'],
      ['a typed password', { DATA_KEYS: `k1:${Buffer.from('password'.repeat(4)).toString('base64')}` }, 'is weak'],
      ['the development key', { HMAC_KEYS: `k1:${DEVELOPMENT_KEYS.HMAC_KEYS.toString('base64')}` }, 'is weak'],
      ['no id', { DATA_KEYS: strong }, 'each DATA_KEYS entry must be id:base64'],
      ['a duplicated id', { DATA_KEYS: `k1:${strong},k1:${b64()}` }, 'duplicate key id k1'],
      ['one key for both', { DATA_KEYS: `a:${strong}`, HMAC_KEYS: `b:${strong}` }, 'must not share a key'],
    ]
    for (const [why, env, message] of cases)
      expect([why, problemsOf({ ...production, ...PRODUCTION_SECRETS, ...env }).join('\n')]).toEqual([
        why,
        expect.stringContaining(message),
      ])
    expect(problemsOf({ DATA_KEYS: `k1:${crypto.randomBytes(8).toString('base64')}` })).toHaveLength(1)
  })

  test('several keys: the first is current, all are kept for reading', () => {
    const keys = loadConfig({ DATA_KEYS: `new:${b64()}, old:${b64()}` }).dataKeys
    expect(keys.current.id).toBe('new')
    expect([...keys.keys.keys()]).toEqual(['new', 'old'])
    expect(keys.development).toBe(false)
  })
})
