/**
 * The mini-program's shell: what app.json declares, that every declared page was built, and the 首页 a resident
 * meets first — its banner, its entry tiles, and that each tile opens a page that exists.
 */
import fs from 'node:fs'
import path from 'node:path'
import { allRoutes, DIST_ROOT, readAppJson } from './harness/dist'
import { renderPage } from './harness/render-page'

const app = readAppJson()

describe('app.json', () => {
  it('has the four tab pages 首页 / 办事 / 12345 / 我的, all in the main package', () => {
    const tabs = app.tabBar?.list ?? []
    expect(tabs.map((t) => t.text)).toEqual(['首页', '办事', '12345', '我的'])
    for (const tab of tabs) expect(app.pages).toContain(tab.pagePath)
  })

  it('splits every feature into its own subpackage', () => {
    const roots = (app.subPackages ?? []).map((s) => s.root)
    expect(roots).toEqual(
      expect.arrayContaining([
        'packages/account',
        'packages/guide',
        'packages/hotline',
        'packages/openday',
        'packages/consult',
        'packages/staff',
      ]),
    )
    // Tab pages only in the main package keeps it small (WeChat: 2 MB per package).
    expect(app.pages.every((p) => p.startsWith('pages/'))).toBe(true)
  })

  it.each(allRoutes())('built %s (js, json, wxml)', (route) => {
    for (const ext of ['js', 'json', 'wxml']) {
      expect(fs.existsSync(path.join(DIST_ROOT, `${route}.${ext}`))).toBe(true)
    }
  })
})

describe('首页', () => {
  it('shows the banner, the search entry and the four service tiles', async () => {
    const page = await renderPage('pages/index/index')
    const text = page.text()
    expect(text).toContain('扬州政务服务')
    expect(text).toContain('搜索办事事项')
    expect(text).toContain('常用服务')
    for (const tile of ['办事指南', '12345 热线', '政府开放日', '征集调查']) expect(text).toContain(tile)
    expect(page.queryAll('.gov-tile')).toHaveLength(4)
  })

  it.each([
    ['办事指南', '/packages/guide/pages/item/index'],
    ['12345 热线', '/packages/hotline/pages/submit/index'],
    ['政府开放日', '/packages/openday/pages/list/index'],
    ['征集调查', '/packages/consult/pages/list/index'],
  ])('tapping %s opens %s, a page of the build', async (tile, url) => {
    const page = await renderPage('pages/index/index')
    await page.tap(tile)
    expect(page.lastNavigation()).toEqual({ api: 'navigateTo', options: { url } })
    expect(allRoutes()).toContain(url.slice(1))
  })

  it('tapping the search entry switches to the 办事 tab', async () => {
    const page = await renderPage('pages/index/index')
    await page.tap('搜索办事事项')
    expect(page.lastNavigation()).toEqual({ api: 'switchTab', options: { url: '/pages/services/index' } })
  })

  it('拨打 12345 asks WeChat to dial 12345', async () => {
    const page = await renderPage('pages/index/index')
    await page.tap('拨打 12345')
    expect(page.callsOf('makePhoneCall')).toEqual([{ api: 'makePhoneCall', options: { phoneNumber: '12345' } }])
  })

  it('reads only the public catalogue and needs no login', async () => {
    const page = await renderPage('pages/index/index')
    await page.settle(100)
    // 不见面 share, 高频事项 and 一件事: public GETs, no token, and nothing that would send a visitor to log in.
    expect(page.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /api/catalogue/stats',
      'GET /api/items/hot',
      'GET /api/themes',
    ])
    for (const r of page.requests) expect(r.header.Authorization).toBeUndefined()
    expect(page.calls.filter((c) => c.api === 'navigateTo' || c.api === 'redirectTo')).toEqual([])
  })
})

describe('every tab page', () => {
  it.each((app.tabBar?.list ?? []).map((t) => [t.text, t.pagePath]))('%s (%s) renders', async (_name, route) => {
    const page = await renderPage(route)
    expect(page.text().length).toBeGreaterThan(0)
  })
})
