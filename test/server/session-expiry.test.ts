import { sha256Hex } from '../../server/lib/crypto'
import { sessionsRepository } from '../../server/repositories/sessions'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ env: { SESSION_TTL_HOURS: '2' } })
})
afterAll(() => t.close())

test('a resident token lasts SESSION_TTL_HOURS and stops working once expired', async () => {
  const s = await t.loginResident()
  const ttl = new Date(s.expiresAt).getTime() - Date.now()
  expect(ttl).toBeGreaterThan(1.9 * 3600_000)
  expect(ttl).toBeLessThan(2.1 * 3600_000)
  expect((await t.app.inject({ url: '/api/me', headers: bearer(s.token) })).statusCode).toBe(200)
  await sessionsRepository(t.app.db).setExpiry(sha256Hex(s.token), new Date(Date.now() - 1000))
  const res = await t.app.inject({ url: '/api/me', headers: bearer(s.token) })
  expect(res.statusCode).toBe(401)
  expect(res.json().code).toBe('UNAUTHORIZED')
})

test('a staff token lasts 12 hours', async () => {
  const staff = await t.createStaff()
  const s = await t.loginStaff(staff.username, staff.password)
  const ttl = new Date(s.expiresAt).getTime() - Date.now()
  expect(ttl).toBeGreaterThan(11.9 * 3600_000)
  expect(ttl).toBeLessThan(12.1 * 3600_000)
})

test('missing, malformed and unknown tokens are all 401', async () => {
  for (const headers of [{}, { authorization: 'Basic abc' }, bearer('x'.repeat(43))]) {
    const res = await t.app.inject({ url: '/api/me', headers })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'UNAUTHORIZED' })
  }
})

test('a resident token does not open staff routes and a staff token does not open resident routes', async () => {
  const resident = await t.loginResident()
  expect((await t.app.inject({ url: '/api/staff/me', headers: bearer(resident.token) })).statusCode).toBe(401)
  const staff = await t.createStaff()
  const s = await t.loginStaff(staff.username, staff.password)
  expect((await t.app.inject({ url: '/api/me', headers: bearer(s.token) })).statusCode).toBe(401)
})
