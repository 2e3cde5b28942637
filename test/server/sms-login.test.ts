import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('resident logs in with an SMS code, sees a masked phone, logs out and is locked out', async () => {
  const phone = '13812341234'
  const sent = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(sent.statusCode).toBe(200)
  const sendBody = sent.json()
  expect(sendBody).toMatchObject({ sent: true, expiresInSeconds: 300, resendAfterSeconds: 60 })
  expect(sendBody.devCode).toMatch(/^\d{6}$/)

  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sms/login',
    payload: { phone, code: sendBody.devCode },
  })
  expect(login.statusCode).toBe(200)
  const session = login.json()
  expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now() + 719 * 3600_000)
  expect(session.user).toMatchObject({ phoneMasked: '138****1234', wechatBound: false, privacyConsentVersion: null })
  expect(login.body).not.toContain(phone)

  const me = await t.app.inject({ url: '/api/me', headers: bearer(session.token) })
  expect(me.statusCode).toBe(200)
  expect(me.json()).toEqual(session.user)
  expect(me.body).not.toContain(phone)

  // Consent to the current privacy notice.
  const { version } = (await t.app.inject('/api/privacy')).json()
  const consent = await t.app.inject({
    method: 'POST',
    url: '/api/me/consent',
    headers: bearer(session.token),
    payload: { version },
  })
  expect(consent.statusCode).toBe(200)
  expect(consent.json()).toMatchObject({ privacyConsentVersion: version, privacyConsentAt: expect.any(String) })
  const stale = await t.app.inject({
    method: 'POST',
    url: '/api/me/consent',
    headers: bearer(session.token),
    payload: { version: '2000-01-01' },
  })
  expect(stale.statusCode).toBe(400)
  expect(stale.json().fields.version).toBeDefined()

  // Only the hash of the token is stored.
  const stored = await t.app.db.selectFrom('sessions').select('token_hash').execute()
  expect(stored.map((s) => s.token_hash)).not.toContain(session.token)

  const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(session.token) })
  expect(logout.statusCode).toBe(204)
  const after = await t.app.inject({ url: '/api/me', headers: bearer(session.token) })
  expect(after.statusCode).toBe(401)
  expect(after.json()).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('登录') })
})

test('logging in again with the same phone finds the same account', async () => {
  const a = await t.loginResident('13900000001')
  await t.app.db
    .updateTable('sms_codes')
    .set({ created_at: new Date(Date.now() - 120_000) })
    .execute()
  const b = await t.loginResident('13900000001')
  expect(b.user.id).toBe(a.user.id)
  expect(b.token).not.toBe(a.token)
})

test('logout with an empty JSON body (as Taro.request sends it) works', async () => {
  const s = await t.loginResident()
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/logout',
    headers: { ...bearer(s.token), 'content-type': 'application/json' },
    payload: '',
  })
  expect(res.statusCode).toBe(204)
})
