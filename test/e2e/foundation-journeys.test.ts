import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, type ViewportName, watchErrors } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The foundation's resident journeys on the built H5 served by the real server: the app shell, SMS login with the
 * labelled development code, 我的 with the masked phone, 长辈版 remembered across a reload, the privacy notice,
 * logout — at phone size with touch and at desktop size with a mouse only. axe runs on every page visited.
 */
const e2e = e2eSuite()

describe.each<[ViewportName, string]>([
  ['phone', '13800005678'],
  ['desktop', '13912341234'],
])('resident account journey at %s size', (viewport, phone) => {
  test('home → 我的 → SMS login → masked phone → 长辈版 survives reload → privacy → logout', async () => {
    const context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)

    await page.goto(`${e2e.server.url}/`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await page.getByText('扬州政务服务', { exact: true }).filter({ visible: true }).first().waitFor()
    await expectAccessible(page)

    // Deep link to 我的 works from a bookmark (the server falls back to index.html for client routes).
    await page.goto(`${e2e.server.url}/pages/me/index`)
    await page.getByText('未登录').waitFor()
    await expectAccessible(page)

    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByLabel('手机号', { exact: true }).waitFor()
    await expectAccessible(page)

    // Consent is required: submitting without it shows the error next to the checkbox and keeps the phone.
    await page.getByLabel('手机号', { exact: true }).fill(phone)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page
      .getByText(/同意.*隐私/)
      .first()
      .waitFor()
    await expect(page.getByLabel('手机号', { exact: true }).inputValue()).resolves.toBe(phone)

    expect(await loginWithDevCode(page, phone)).toMatch(/^\d{6}$/)
    const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`
    await page.getByText(masked).waitFor()
    // Only the masked number is shown (the login form's own input, now hidden in the page stack, is not text).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text; textContent would include hidden pages
    expect(await page.locator('body').innerText()).not.toContain(phone)
    await expectAccessible(page)

    // 长辈版: one switch, remembered across a reload.
    await page.getByRole('switch', { name: '长辈版' }).click()
    await page.locator('.gov-elder').first().waitFor()
    await page.reload()
    await page.getByText(masked).waitFor()
    await page.locator('.gov-elder').first().waitFor()
    await expectAccessible(page)
    await page.getByRole('switch', { name: '长辈版' }).click()

    await page.getByText('隐私政策', { exact: true }).first().click()
    await page.getByRole('heading', { name: /隐私/ }).first().waitFor()
    await expectAccessible(page)
    await page.goBack()

    // Taro's H5 storage keeps `{ data }` around our own JSON text.
    const token = await page.evaluate(() => {
      const raw = localStorage.getItem('gov.session.v1')
      return raw ? (JSON.parse(JSON.parse(raw).data) as { token?: string }).token : undefined
    })
    expect(token).toBeTruthy()
    await page.getByText('退出登录').click()
    await page.getByText('未登录').waitFor()

    // The token really is revoked server-side, not just forgotten by the browser.
    const after = await page.request.get(`${e2e.server.url}/api/me`, { headers: { Authorization: `Bearer ${token}` } })
    expect(after.status()).toBe(401)
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([])
    await context.close()
  })
})

test('staff log in with the demo account and see their role', async () => {
  const context = await newContext(e2e.browser, 'desktop')
  const page = await context.newPage()
  await page.goto(`${e2e.server.url}/packages/staff/pages/login/index`)
  await page.getByLabel('用户名').fill('demo-admin')
  await page.getByLabel('密码').fill('wrong-password')
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.getByText(/用户名或密码/).waitFor()
  await page.getByLabel('密码').fill('yz12345-demo')
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.getByText('演示管理员（开发用）').waitFor()
  await expectAccessible(page)
  await context.close()
})
