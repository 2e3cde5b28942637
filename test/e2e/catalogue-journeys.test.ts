import type { Page } from 'playwright-core'
import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, type ViewportName, watchErrors } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The catalogue's resident journeys on the built H5 served by the real server and its seeded catalogue, at phone size
 * (touch) and desktop size (mouse only): search 公积金 → open a guide → materials and limits → 收藏 (logging in with
 * the development SMS code on the way) → the page link opens the same guide in a fresh browser; a facet link reopens
 * the same filtered list, and so does the address bar after 首页 and back to the 办事 tab; a zero-result search
 * offers near queries and leads to the 12345 form with the query.
 * axe runs on every page visited; no page errors.
 */
const e2e = e2eSuite()

/** The visible count line of the 办事 list, e.g. 找到 12 个与“公积金”相关的事项. */
async function countLine(page: Page): Promise<string> {
  const line = page.locator('.cat-count')
  await line.filter({ hasText: /个/ }).waitFor()
  return ((await line.textContent()) ?? '').trim()
}

const GUIDE = '住房公积金提取（购买自住住房）'

describe.each<[ViewportName, string]>([
  ['phone', '13951040001'],
  ['desktop', '13951040002'],
])('catalogue at %s size', (viewport, phone) => {
  test('search 公积金 → guide → materials and limits → 收藏 after login → the link reopens the same guide', async () => {
    const context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${e2e.server.url}/pages/services/index`)
    await page.getByLabel('搜索办事事项').fill('公积金')
    await page.getByText(/找到 \d+ 个与“公积金”相关的事项/).waitFor()
    await expect(page.waitForURL(/q=%E5%85%AC%E7%A7%AF%E9%87%91/)).resolves.toBeUndefined()
    await page.locator('.gov-highlight', { hasText: '公积金' }).first().waitFor()
    await expectAccessible(page)

    // One row per service (issue #14): the city office and the 高邮 branch are one row, with where it can be done.
    await page.getByRole('button', { name: /^住房公积金提取（购买自住住房） 市级及高邮市可办/ }).click()
    await page.getByRole('heading', { level: 1, name: GUIDE }).waitFor()
    await page.getByRole('heading', { name: /^申请材料（\d+ 份）$/ }).waitFor()
    await page.getByRole('heading', { name: '办理时限' }).waitFor()
    await page.getByText('承诺办结时限').waitFor()
    await page.getByText('法定办结时限').waitFor()
    const disclosure = page.getByRole('button', { name: /查看示范文本和常见错误/ }).first()
    await disclosure.click()
    await page.getByText('常见错误').first().waitFor()
    await expectAccessible(page)
    const guideUrl = page.url()
    expect(guideUrl).toContain('/packages/guide/pages/item/index?code=')

    // 收藏 while logged out: log in, come back, save.
    await page.getByRole('button', { name: '收藏', exact: true }).click()
    await page.getByLabel('手机号', { exact: true }).waitFor()
    await expectAccessible(page)
    await loginWithDevCode(page, phone)
    await page.getByRole('heading', { level: 1, name: GUIDE }).waitFor()
    await page.getByRole('button', { name: '收藏', exact: true }).click()
    await page.getByRole('button', { name: '已收藏' }).waitFor()

    // The share link (the page URL) in a fresh browser shows the same guide.
    const fresh = await newContext(e2e.browser, viewport)
    const other = await fresh.newPage()
    const otherErrors = watchErrors(other)
    await other.goto(guideUrl)
    await other.getByRole('heading', { level: 1, name: GUIDE }).waitFor()
    await other.getByText('承诺时限').first().waitFor()
    await expectAccessible(other)
    expect(errors).toEqual([])
    expect(otherErrors).toEqual([])
    await fresh.close()
    await context.close()
  })

  test('a facet link reopens the same filtered list with the same count', async () => {
    const context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${e2e.server.url}/pages/services/index?q=${encodeURIComponent('公积金')}`)
    const unfiltered = await countLine(page)
    await page.getByRole('button', { name: '只看全程网办' }).click()
    await page.waitForURL(/online=1/)
    await page.waitForFunction(
      (before) => document.querySelector('.cat-count')?.textContent?.trim() !== before,
      unfiltered,
    )
    const filtered = await countLine(page)
    expect(filtered).not.toBe(unfiltered)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await page.getByRole('group', { name: '层级' }).getByRole('button').first().click()
    await page.waitForURL(/level=/)
    await page.waitForFunction(
      (before) => document.querySelector('.cat-count')?.textContent?.trim() !== before,
      filtered,
    )
    const link = page.url()
    const count = await countLine(page)
    await expectAccessible(page)

    const fresh = await newContext(e2e.browser, viewport)
    const other = await fresh.newPage()
    await other.goto(link)
    expect(await countLine(other)).toBe(count)
    expect(await other.getByRole('button', { name: '只看全程网办' }).getAttribute('aria-pressed')).toBe('true')
    expect(await other.getByLabel('搜索办事事项').inputValue()).toBe('公积金')
    await expectAccessible(other)

    // Tabs: 首页 and back to 办事 keeps the list, and the address bar says so again (copy / reload give this list).
    await page.locator('.weui-tabbar__item', { hasText: '首页' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/pages/index/index'))
    await page.locator('.weui-tabbar__item', { hasText: '办事' }).click()
    await page.waitForURL((url) => url.pathname === '/pages/services/index' && url.search !== '')
    expect(page.url()).toBe(link)
    expect(await countLine(page)).toBe(count)
    await page.reload()
    expect(await countLine(page)).toBe(count)
    expect(errors).toEqual([])
    await fresh.close()
    await context.close()
  })

  test('a zero-result search says so, suggests near queries and leads to 12345 with the query', async () => {
    const context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)
    const query = '公积金zzqx'
    await page.goto(`${e2e.server.url}/pages/services/index`)
    await page.getByLabel('搜索办事事项').fill(query)
    await page.getByRole('heading', { name: `没有找到与“${query}”相关的事项` }).waitFor()
    const suggestions = page.getByRole('list', { name: '相近的搜索' }).getByRole('button')
    expect(await suggestions.count()).toBeGreaterThan(0)
    await expectAccessible(page)
    await page.getByRole('button', { name: '问问 12345' }).click()
    await page.waitForURL(/\/packages\/hotline\/pages\/submit\/index\?/)
    const url = new URL(page.url())
    expect(url.searchParams.get('type')).toBe('咨询')
    expect(url.searchParams.get('q')).toBe(query)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await expectAccessible(page)
    expect(errors).toEqual([])
    await context.close()
  })
})
