import { type FakeSmsGateway, startFakeSmsGateway } from './helpers/fake-sms-gateway'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
let gateway: FakeSmsGateway
beforeAll(async () => {
  gateway = await startFakeSmsGateway()
  t = await buildTestApp({
    env: { SMS_PROVIDER: 'http', SMS_API_BASE: gateway.baseUrl, SMS_API_KEY: gateway.apiKey },
  })
})
afterAll(async () => {
  // The fake must close even if the app failed to build, or jest waits on its socket forever.
  await gateway?.close()
  await t?.close()
})

test('the code goes through the HTTP gateway, never to the client, and logs the resident in', async () => {
  expect((await t.app.inject('/api/auth/providers')).json()).toEqual({ wechat: true, sms: 'http' })
  const phone = '13700001111'
  const sent = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(sent.statusCode).toBe(200)
  expect(sent.json().devCode).toBeUndefined()
  expect(gateway.messages).toHaveLength(1)
  expect(gateway.messages[0]).toMatchObject({
    authorization: `Bearer ${gateway.apiKey}`,
    phone,
    template: 'login_code',
    params: { minutes: 5 },
    signName: '扬州政务服务',
  })
  const code = gateway.lastCodeFor(phone)!
  expect(code).toMatch(/^\d{6}$/)
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/sms/login', payload: { phone, code } })
  expect(login.statusCode).toBe(200)
  const me = await t.app.inject({ url: '/api/me', headers: bearer(login.json().token) })
  expect(me.json().phoneMasked).toBe('137****1111')
})

test('a gateway failure is 502 SMS_SEND_FAILED and does not start a cooldown', async () => {
  const phone = '13700002222'
  gateway.failNext()
  const failed = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(failed.statusCode).toBe(502)
  expect(failed.json()).toEqual({ code: 'SMS_SEND_FAILED', message: '短信发送失败，请稍后再试' })
  const retry = await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  expect(retry.statusCode).toBe(200)
  expect(gateway.lastCodeFor(phone)).toMatch(/^\d{6}$/)
})
