import { smsCodesRepository } from '../../server/repositories/sms-codes'
import { buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_MAX: '20', SMS_SEND_RATE: '10' } })
})
afterAll(() => t.close())

test('one phone gets at most 5 codes an hour, even after each cooldown', async () => {
  const phone = randomPhone()
  for (let i = 0; i < 5; i++) {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
    expect(res.statusCode).toBe(200)
    await smsCodesRepository(t.app.db).ageLatest(phone, 61)
  }
  const sixth = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(sixth.statusCode).toBe(429)
  expect(sixth.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
  // Another phone from the same address is not affected.
  const other = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone: randomPhone() } })
  expect(other.statusCode).toBe(200)
})

test('one address gets at most SMS_SEND_RATE codes an hour, whatever the numbers; other addresses still can', async () => {
  const send = (remoteAddress: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone: randomPhone() }, remoteAddress })
  const codes = async () => (await t.app.db.selectFrom('sms_codes').select('id').execute()).length
  for (let i = 0; i < 10; i++) expect((await send('203.0.113.7')).statusCode).toBe(200)
  const before = await codes()
  const eleventh = await send('203.0.113.7')
  expect(eleventh.statusCode).toBe(429)
  expect(eleventh.json()).toEqual({ code: 'RATE_LIMITED', message: '这个网络获取验证码的次数太多，请 60 分钟后再试' })
  expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(3500)
  expect(await codes()).toBe(before)
  expect((await send('198.51.100.23')).statusCode).toBe(200)
})

test('the global limit per address answers 429 RATE_LIMITED on /api', async () => {
  let last = 200
  for (let i = 0; i < 25 && last !== 429; i++) last = (await t.app.inject('/api/privacy')).statusCode
  expect(last).toBe(429)
  const res = await t.app.inject('/api/privacy')
  expect(res.json().code).toBe('RATE_LIMITED')
  expect(res.headers['retry-after']).toBeDefined()
})
