/**
 * 登录 on weapp: 微信一键登录 needs consent to the privacy notice; then wx.login's code goes to POST /api/auth/wechat,
 * the session is stored, and the resident goes back to where they came from.
 */
import { api, KEYS, ME, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'
import type { RecordedRequest } from './harness/wx-stubs'

const LOGIN = 'packages/account/pages/login/index'
const CONSENT = '我已阅读并同意《隐私政策》'

/** GET /api/privacy: the notice whose version the consent box agrees to. */
const privacy = () => ({
  statusCode: 200,
  data: { version: '2026-11-01', title: '扬州政务服务个人信息保护说明', updatedAt: '2026-11-01', sections: [] },
})

/** The server's answer to a good WeChat login. */
const wechatLogin = (req: RecordedRequest) => {
  const body = req.body as { code?: string }
  if (body?.code !== 'wx-code-8f3a') return { statusCode: 400, data: { code: 'WECHAT_LOGIN_FAILED', message: 'bad' } }
  return { statusCode: 200, data: session() }
}

describe('登录 (weapp)', () => {
  it('shows the 微信一键登录 button and the consent box', async () => {
    const page = await renderPage(LOGIN)
    expect(page.text()).toContain('微信一键登录')
    expect(page.text()).toContain(CONSENT)
  })

  it('without consent, tapping 微信一键登录 asks for it and neither logs in nor calls the server', async () => {
    const page = await renderPage(LOGIN, {
      loginCode: 'wx-code-8f3a',
      request: api({ 'GET /api/privacy': privacy, 'POST /api/auth/wechat': wechatLogin }),
    })
    await page.tap('微信一键登录')
    await page.waitForText('请先阅读并同意《隐私政策》')
    expect(page.callsOf('login')).toEqual([])
    expect(page.requests).toEqual([])
    expect(page.storage.has(KEYS.session)).toBe(false)
    expect(page.lastNavigation()).toBeUndefined()
  })

  it('with consent, exchanges the wx.login code for a session, stores it and returns to 我的', async () => {
    const page = await renderPage(LOGIN, {
      loginCode: 'wx-code-8f3a',
      storage: stored({ [KEYS.loginReturnTo]: '/pages/me/index' }),
      request: api({
        'GET /api/privacy': privacy,
        'POST /api/auth/wechat': wechatLogin,
        'GET /api/me': () => ({ statusCode: 200, data: ME }),
      }),
    })
    await page.tap(CONSENT)
    await page.tap('微信一键登录')
    await page.waitFor(() => page.lastNavigation())

    expect(page.callsOf('login')).toHaveLength(1)
    const post = page.requests.find((r) => r.path === '/api/auth/wechat')
    // The ticked consent goes with the login as the notice's current version, so the server records it.
    expect(post).toMatchObject({ method: 'POST', body: { code: 'wx-code-8f3a', consentVersion: '2026-11-01' } })
    // A login request carries no old token.
    expect(post?.header.Authorization).toBeUndefined()
    const saved = JSON.parse(String(page.storage.get(KEYS.session)))
    expect(saved.token).toBe('tok-yz-1024')
    expect(saved.user.phoneMasked).toBe('138****5678')
    // 我的 is a tab page: back there by switchTab, and the remembered target is used up.
    expect(page.lastNavigation()).toEqual({ api: 'switchTab', options: { url: '/pages/me/index' } })
    expect(page.storage.has(KEYS.loginReturnTo)).toBe(false)
  })

  it('returns to the subpackage page that sent the resident to log in', async () => {
    const page = await renderPage(LOGIN, {
      loginCode: 'wx-code-8f3a',
      storage: stored({ [KEYS.loginReturnTo]: '/packages/hotline/pages/submit/index' }),
      request: api({ 'GET /api/privacy': privacy, 'POST /api/auth/wechat': wechatLogin }),
    })
    await page.tap(CONSENT)
    await page.tap('微信一键登录')
    await page.waitFor(() => page.lastNavigation())
    expect(page.lastNavigation()).toEqual({
      api: 'redirectTo',
      options: { url: '/packages/hotline/pages/submit/index' },
    })
  })

  it('when the server refuses the code, shows the error in Chinese and stays on the page', async () => {
    const page = await renderPage(LOGIN, {
      loginCode: 'wx-code-expired',
      request: api({ 'GET /api/privacy': privacy, 'POST /api/auth/wechat': wechatLogin }),
    })
    await page.tap(CONSENT)
    await page.tap('微信一键登录')
    await page.waitForText('微信登录失败，请稍后重试')
    expect(page.storage.has(KEYS.session)).toBe(false)
    expect(page.lastNavigation()).toBeUndefined()
  })

  // Also guards the adapter against leaving the promise Taro.request returns unhandled: its rejection would fail
  // this test (and WeChat logs it through App.onUnhandledRejection).
  it('without network, says so', async () => {
    const page = await renderPage(LOGIN, {
      request: () => {
        throw new Error('net::ERR_INTERNET_DISCONNECTED')
      },
    })
    await page.tap(CONSENT)
    await page.tap('微信一键登录')
    await page.waitForText('网络连接失败，请检查网络后重试')
  })
})
