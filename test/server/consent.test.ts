/**
 * The 《隐私政策》 box ticked on the login form is recorded with the login (SMS and WeChat), in the same transaction as
 * the session; a version that is not the current notice is refused before the SMS code or the WeChat code is spent.
 */
import { sql } from 'kysely'
import { type FakeWechat, startFakeWechat } from './helpers/fake-wechat'
import { bearer, buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

let t: TestApp
let wechat: FakeWechat
let current: string
beforeAll(async () => {
  wechat = await startFakeWechat()
  t = await buildTestApp({
    env: { WECHAT_APPID: wechat.appId, WECHAT_SECRET: wechat.secret, WECHAT_API_BASE: wechat.baseUrl },
  })
  current = (await t.app.inject('/api/privacy')).json<{ version: string }>().version
})
afterAll(async () => {
  await wechat?.close()
  await t?.close()
})

async function sendCode(phone: string): Promise<string> {
  const sent = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(sent.statusCode).toBe(200)
  return sent.json<{ devCode: string }>().devCode
}

const smsLogin = (payload: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sms/login', payload })

test('SMS login with the current consent version: the session and GET /api/me show the consent', async () => {
  const phone = randomPhone()
  const code = await sendCode(phone)
  const before = Date.now()
  const res = await smsLogin({ phone, code, consentVersion: current })
  expect(res.statusCode).toBe(200)
  const session = res.json()
  expect(session.user.privacyConsentVersion).toBe(current)
  expect(new Date(session.user.privacyConsentAt).getTime()).toBeGreaterThanOrEqual(before - 5000)

  const me = await t.app.inject({ url: '/api/me', headers: bearer(session.token) })
  expect(me.json()).toMatchObject({ privacyConsentVersion: current, privacyConsentAt: session.user.privacyConsentAt })
})

test('SMS login with an outdated version is 400 with fields.consentVersion; the code is still good afterwards', async () => {
  const phone = randomPhone()
  const code = await sendCode(phone)
  const stale = await smsLogin({ phone, code, consentVersion: '2000-01-01' })
  expect(stale.statusCode).toBe(400)
  expect(stale.json()).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: '隐私政策已更新，请阅读最新版本后再同意',
    fields: { consentVersion: '隐私政策已更新，请阅读最新版本后再同意' },
  })
  const users = await t.app.db.selectFrom('users').select('id').where('phone', '=', phone).execute()
  expect(users).toEqual([])

  const ok = await smsLogin({ phone, code, consentVersion: current })
  expect(ok.statusCode).toBe(200)
  expect(ok.json().user.privacyConsentVersion).toBe(current)
})

test('a login without consentVersion keeps the consent already on the account', async () => {
  const phone = randomPhone()
  const first = await smsLogin({ phone, code: await sendCode(phone), consentVersion: current })
  await t.app.db
    .updateTable('sms_codes')
    .set({ created_at: new Date(Date.now() - 120_000) })
    .execute()
  const again = await smsLogin({ phone, code: await sendCode(phone) })
  expect(again.statusCode).toBe(200)
  expect(again.json().user).toMatchObject({
    id: first.json().user.id,
    privacyConsentVersion: current,
    privacyConsentAt: first.json().user.privacyConsentAt,
  })
})

test('WeChat login records the consent too; an outdated version does not call WeChat', async () => {
  const calls = wechat.calls.length
  const stale = await t.app.inject({
    method: 'POST',
    url: '/api/auth/wechat',
    payload: { code: 'consent-abc', consentVersion: 'old' },
  })
  expect(stale.statusCode).toBe(400)
  expect(stale.json().fields).toHaveProperty('consentVersion')
  expect(wechat.calls.length).toBe(calls)

  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/wechat',
    payload: { code: 'consent-abc', consentVersion: current },
  })
  expect(res.statusCode).toBe(200)
  const me = await t.app.inject({ url: '/api/me', headers: bearer(res.json().token) })
  expect(me.json()).toMatchObject({ wechatBound: true, privacyConsentVersion: current })
})

test('the consent and the session are one transaction: a failed session insert records no consent', async () => {
  const phone = randomPhone()
  const code = await sendCode(phone)
  // Make the session insert fail after the account and the consent are written.
  await sql`ALTER TABLE sessions ADD CONSTRAINT sessions_test_refuse CHECK (false) NOT VALID`.execute(t.app.db)
  try {
    const res = await smsLogin({ phone, code, consentVersion: current })
    expect(res.statusCode).toBe(500)
  } finally {
    await sql`ALTER TABLE sessions DROP CONSTRAINT sessions_test_refuse`.execute(t.app.db)
  }
  const rows = await t.app.db.selectFrom('users').select('privacy_consent_version').where('phone', '=', phone).execute()
  expect(rows).toEqual([])
})
