import { type FakeWechat, startFakeWechat } from './helpers/fake-wechat'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
let wechat: FakeWechat
beforeAll(async () => {
  wechat = await startFakeWechat()
  t = await buildTestApp({
    env: {
      WECHAT_APPID: wechat.appId,
      WECHAT_SECRET: wechat.secret,
      WECHAT_API_BASE: wechat.baseUrl,
      WECHAT_TIMEOUT_MS: '300',
    },
  })
})
afterAll(async () => {
  // The fake must close even if the app failed to build, or jest waits on its socket forever.
  await wechat?.close()
  await t?.close()
})

const login = (code: string) => t.app.inject({ method: 'POST', url: '/api/auth/wechat', payload: { code } })

test('a mini-program code becomes a session bound to the openid', async () => {
  const res = await login('union-abc')
  expect(res.statusCode).toBe(200)
  const session = res.json()
  expect(session.user).toMatchObject({ wechatBound: true, phoneMasked: null })
  const call = wechat.calls.at(-1)!
  expect(call.get('appid')).toBe(wechat.appId)
  expect(call.get('js_code')).toBe('union-abc')
  expect(call.get('grant_type')).toBe('authorization_code')
  // The same WeChat user logging in again is the same account.
  const again = (await login('union-abc')).json()
  expect(again.user.id).toBe(session.user.id)
  const exported = await t.app.inject({ url: '/api/me/export', headers: bearer(session.token) })
  expect(exported.json().user).toMatchObject({ wechatOpenid: 'o-union-abc', wechatUnionid: 'u-union-abc' })
})

test('an invalid code (errcode 40029) is 502 WECHAT_LOGIN_FAILED with a Chinese message', async () => {
  const res = await login('bad-code')
  expect(res.statusCode).toBe(502)
  expect(res.json()).toEqual({
    code: 'WECHAT_LOGIN_FAILED',
    message: '微信登录凭证无效或已过期，请重新进入小程序再试',
  })
})

test('a WeChat 5xx or a timeout is 502 WECHAT_LOGIN_FAILED', async () => {
  for (const code of ['5xx-1', 'slow-1']) {
    const started = Date.now()
    const res = await login(code)
    expect(res.statusCode).toBe(502)
    expect(res.json()).toMatchObject({ code: 'WECHAT_LOGIN_FAILED', message: '微信登录暂时不可用，请稍后再试' })
    expect(Date.now() - started).toBeLessThan(3000)
  }
})

test('an empty code is a 400 before WeChat is called', async () => {
  const before = wechat.calls.length
  const res = await login('')
  expect(res.statusCode).toBe(400)
  expect(res.json().fields.code).toBeDefined()
  expect(wechat.calls.length).toBe(before)
})
