import { smsCodesRepository } from '../../server/repositories/sms-codes'
import { buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const send = (phone: unknown) => t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
const login = (phone: string, code: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sms/login', payload: { phone, code } })
const wrong = (code: string) => (code === '000000' ? '111111' : '000000')

test('a bad phone number is a 400 with a Chinese message on fields.phone', async () => {
  for (const phone of ['12345', '23800001234', '138000012345', 'abc']) {
    const res = await send(phone)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '手机号格式不正确',
      fields: { phone: '手机号格式不正确' },
    })
  }
  const missing = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: {} })
  expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { phone: '请填写手机号' } })
  const both = await t.app.inject({ method: 'POST', url: '/api/auth/sms/login', payload: { phone: '1', code: 'x' } })
  expect(Object.keys(both.json().fields).sort()).toEqual(['code', 'phone'])
})

test('a wrong code is refused and does not log in', async () => {
  const phone = randomPhone()
  const code = (await send(phone)).json().devCode
  const res = await login(phone, wrong(code))
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({ code: 'SMS_CODE_INVALID', message: '验证码不正确' })
  expect((await login(phone, code)).statusCode).toBe(200)
  // A used code cannot be used twice.
  expect((await login(phone, code)).json()).toMatchObject({ code: 'SMS_CODE_INVALID' })
})

test('a code never sent for that phone is refused', async () => {
  const res = await login(randomPhone(), '123456')
  expect(res.json()).toMatchObject({ code: 'SMS_CODE_INVALID', message: '请先获取验证码' })
})

test('an expired code is refused', async () => {
  const phone = randomPhone()
  const code = (await send(phone)).json().devCode
  await smsCodesRepository(t.app.db).ageLatest(phone, 301)
  const res = await login(phone, code)
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({ code: 'SMS_CODE_INVALID', message: expect.stringContaining('过期') })
})

test('after 5 wrong attempts even the right code is refused', async () => {
  const phone = randomPhone()
  const code = (await send(phone)).json().devCode
  for (let i = 0; i < 5; i++) expect((await login(phone, wrong(code))).json().message).toBe('验证码不正确')
  const res = await login(phone, code)
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({ code: 'SMS_CODE_INVALID', message: expect.stringContaining('次数过多') })
  const row = await t.app.db.selectFrom('sms_codes').select('attempts').where('phone', '=', phone).executeTakeFirst()
  expect(row?.attempts).toBe(5)
})

test('resending within 60 s is 429 SMS_COOLDOWN; after it a new code replaces the old', async () => {
  const phone = randomPhone()
  const first = (await send(phone)).json().devCode
  const again = await send(phone)
  expect(again.statusCode).toBe(429)
  expect(again.json()).toMatchObject({ code: 'SMS_COOLDOWN', message: expect.stringMatching(/\d+ 秒后/) })
  await smsCodesRepository(t.app.db).ageLatest(phone, 61)
  const second = (await send(phone)).json().devCode
  expect(second).toMatch(/^\d{6}$/)
  if (first !== second) expect((await login(phone, first)).statusCode).toBe(400)
  expect((await login(phone, second)).statusCode).toBe(200)
})
