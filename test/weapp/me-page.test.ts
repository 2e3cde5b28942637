/**
 * 我的: logged out it offers 登录; logged in it shows who you are from GET /api/me (phone masked); 长辈版 toggles.
 */
import { api, KEYS, ME, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'

describe('我的, logged out', () => {
  it('shows 未登录 and a 登录 button, and asks the server nothing', async () => {
    const page = await renderPage('pages/me/index')
    expect(page.text()).toContain('未登录')
    expect(page.text()).toContain('登录')
    expect(page.text()).not.toContain('退出登录')
    await page.settle(100)
    expect(page.requests).toEqual([])
  })

  it('tapping 登录 opens the login page and remembers to come back to 我的', async () => {
    const page = await renderPage('pages/me/index')
    await page.tap('.gov-button')
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: '/packages/account/pages/login/index' },
    })
    expect(page.storage.get(KEYS.loginReturnTo)).toBe(JSON.stringify('/pages/me/index'))
  })
})

describe('我的, logged in', () => {
  it('shows the resident from GET /api/me with the phone masked, sending the bearer token', async () => {
    const page = await renderPage('pages/me/index', {
      // The stored session is a day old: the page must show what the server says now.
      storage: stored({ [KEYS.session]: session({ nickname: null, phoneMasked: null, wechatBound: false }) }),
      request: api({ 'GET /api/me': () => ({ statusCode: 200, data: ME }) }),
    })
    await page.waitForText('王秀英')
    expect(page.text()).toContain('138****5678')
    expect(page.text()).not.toMatch(/1385\d{3}5678|13812345678/)
    expect(page.text()).toContain('微信已绑定')
    expect(page.text()).toContain('退出登录')
    expect(page.text()).not.toContain('未登录')
    const me = page.requests.filter((r) => r.path === '/api/me')
    expect(me).toHaveLength(1)
    expect(me[0].method).toBe('GET')
    expect(me[0].header.Authorization).toBe('Bearer tok-yz-1024')
  })

  it('an expired session (401) sends the resident to log in again', async () => {
    const page = await renderPage('pages/me/index', {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/me': () => ({ statusCode: 401, data: { code: 'UNAUTHORIZED', message: '未登录' } }) }),
    })
    await page.waitFor(() => page.lastNavigation())
    expect(page.lastNavigation()?.options.url).toBe('/packages/account/pages/login/index')
    expect(page.storage.has(KEYS.session)).toBe(false)
    await page.waitForText('未登录')
  })
})

describe('我的, 长辈版 switch', () => {
  it('is off by default and turns 长辈版 on for the page when tapped, remembering the choice', async () => {
    const page = await renderPage('pages/me/index', { systemInfo: { fontSizeSetting: 17 } })
    expect(page.query('.nut-switch')?.className).toContain('nut-switch-close')
    expect(page.query('.gov-page')?.className).not.toContain('gov-elder')

    // NutUI marks only the off state (`nut-switch-close`).
    await page.tap('.nut-switch')
    await page.waitFor(() => !page.query('.nut-switch')?.className.includes('nut-switch-close'), {
      what: 'the switch to show on',
    })
    expect(page.query('.gov-page')?.className).toContain('gov-elder')
    expect(page.storage.get(KEYS.elderMode)).toBe('true')
    // NutUI's Switch shows a spinner while onChange runs; it must be gone, or the switch ignores the next tap.
    await page.waitFor(() => page.query('.nut-switch .nut-icon-Loading1') === null, {
      what: 'the NutUI Switch loading spinner to go away after onChange',
    })

    await page.tap('.nut-switch')
    await page.waitFor(() => page.query('.nut-switch')?.className.includes('nut-switch-close'), {
      what: 'the switch to show off again',
    })
    expect(page.query('.gov-page')?.className).not.toContain('gov-elder')
    expect(page.storage.get(KEYS.elderMode)).toBe('false')
  })
})
