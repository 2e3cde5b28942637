import { residentSession } from '../../src/lib/auth/session'
import { createRequest, http } from '../../src/lib/http/client'
import { idempotencyKey } from '../../src/lib/http/idempotency'
import { fakeApi, sessionFixture } from './helpers/fake-api'

describe('creating something twice never creates two', () => {
  test('a creating POST carries an Idempotency-Key and the bearer token', async () => {
    residentSession.set(sessionFixture())
    const { sent } = fakeApi(() => ({ status: 201, body: { id: 'GD20261127001' } }))
    const result = await createRequest<{ id: string }>('/api/tickets', { content: '路灯不亮' })
    expect(result).toEqual({ id: 'GD20261127001' })
    expect(sent[0].method).toBe('POST')
    expect(sent[0].body).toEqual({ content: '路灯不亮' })
    expect(sent[0].headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/)
    expect(sent[0].headers.Authorization).toBe('Bearer tok-resident-0001')
  })

  test('a retry of the same submission reuses its key; a new submission gets a new one', async () => {
    const { sent } = fakeApi(() => ({ status: 201, body: {} }))
    const key = idempotencyKey()
    await createRequest('/api/tickets', { content: 'a' }, { idempotencyKey: key })
    await createRequest('/api/tickets', { content: 'a' }, { idempotencyKey: key })
    await createRequest('/api/tickets', { content: 'b' })
    expect(sent[0].headers['Idempotency-Key']).toBe(key)
    expect(sent[1].headers['Idempotency-Key']).toBe(key)
    expect(sent[2].headers['Idempotency-Key']).not.toBe(key)
  })

  test('ordinary requests carry no Idempotency-Key', async () => {
    const { sent } = fakeApi(() => ({ status: 200, body: {} }))
    await http.post('/api/auth/logout')
    await http.get('/api/me')
    expect(sent.map((r) => r.headers['Idempotency-Key'])).toEqual([undefined, undefined])
  })

  test('keys are unique without crypto.randomUUID (weapp)', () => {
    const original = globalThis.crypto
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    try {
      const keys = new Set(Array.from({ length: 500 }, () => idempotencyKey()))
      expect(keys.size).toBe(500)
      for (const key of keys)
        expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: original, configurable: true })
    }
  })
})
