import type { BrowserContext, Page } from 'playwright-core'
import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, type ViewportName, watchErrors } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The catalogue pages around the 办事指南, on the built H5 served by the real server and its seeded catalogue, at
 * phone size (touch) and desktop size (mouse only): 首页 → 新生儿出生一件事 → its steps in order → a step's guide;
 * 我的收藏 logged out → login → save a guide → it is listed, opens, and is gone once unsaved; the guide's 分享
 * hands over the guide's own address, which opens the same guide in a fresh browser; an unknown item code ends on a
 * not-found page with a way onward (and the API answers 404 JSON in Chinese). axe runs on every page visited; no
 * page errors.
 */
const e2e = e2eSuite()

/** Text on the page on top: H5 keeps the pages under it in the DOM, hidden. */
const visibleText = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true })

const guidePath = (implCode: string) => `/packages/guide/pages/item/index?code=${encodeURIComponent(implCode)}`

/** 新生儿出生一件事 as seeded: each step's note and item, in the order a family does them. */
const NEWBORN = {
  code: 'YZS-XSECS',
  name: '新生儿出生一件事',
  steps: [
    { item: '出生医学证明首次签发', note: '分娩医院采集信息，父母在线确认姓名后签发电子出生医学证明' },
    { item: '预防接种证办理', note: '出生后一个月内带宝宝到居住地接种门诊建卡、领取预防接种证' },
    { item: '出生登记（新生儿落户）', note: '随父或随母申报出生登记，户口簿登记页 EMS 寄送' },
    {
      item: '城乡居民基本医疗保险参保登记',
      note: '落户后参加城乡居民医保，出生90日内缴费的自出生之日起享受待遇',
    },
    { item: '社会保障卡申领', note: '参保信息自动推送，申领宝宝社保卡，可同时领取电子社保卡' },
    { item: '生育津贴申领', note: '妈妈参加职工医保（生育保险）的，产假后申领生育津贴' },
  ],
}

/** The guide saved and shared below: a city-level item with a full guide. */
const BIRTH_CERT = { implCode: '100500000001-321000-1', name: '出生医学证明首次签发' }

interface ThemeStepJson {
  order: number
  note: string
  item: { implCode: string; name: string }
}

describe.each<[ViewportName, string]>([
  ['phone', '13951040011'],
  ['desktop', '13951040012'],
])('catalogue pages at %s size', (viewport, phone) => {
  let context: BrowserContext

  afterEach(async () => {
    await context?.close()
  })

  test('首页 → 新生儿出生一件事 → its steps in order → a step opens that item’s guide', async () => {
    const api = await fetch(`${e2e.server.url}/api/themes/${NEWBORN.code}`)
    const steps = ((await api.json()) as { steps: ThemeStepJson[] }).steps

    context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${e2e.server.url}/`)
    const themes = page.getByRole('region', { name: '一件事 · 一次办' })
    await themes.getByRole('button', { name: new RegExp(`^${NEWBORN.name}`) }).click()
    await page.waitForURL(/\/packages\/guide\/pages\/theme\/index\?code=YZS-XSECS$/)
    await page.getByRole('heading', { level: 1, name: NEWBORN.name }).waitFor()

    // What the resident reads, step by step: 第 n 步 · note, then the item to open.
    const list = page
      .locator('main')
      .getByRole('list')
      .filter({ has: page.getByText('第 1 步') })
    const rows = list.getByRole('listitem')
    await rows.first().waitFor()
    const shown = await rows.evaluateAll((lis) =>
      lis.map((li) => ({
        head: li.querySelector('.cat-theme-step__head')?.textContent?.trim(),
        item: li.querySelector('.cat-result__name')?.textContent?.trim(),
      })),
    )
    expect(shown).toEqual(NEWBORN.steps.map((s, i) => ({ head: `${i + 1}第 ${i + 1} 步 · ${s.note}`, item: s.item })))
    await page.getByText(`共 ${NEWBORN.steps.length} 个事项`).waitFor()
    await expectAccessible(page)

    // 第 3 步 opens the guide of that step's item (the code the API gives for it).
    const third = steps.find((s) => s.order === 3)
    expect(third?.item.name).toBe(NEWBORN.steps[2].item)
    await rows
      .nth(2)
      .getByRole('button', { name: new RegExp(`^${NEWBORN.steps[2].item}`) })
      .click()
    await page.getByRole('heading', { level: 1, name: NEWBORN.steps[2].item }).waitFor()
    expect(page.url()).toBe(`${e2e.server.url}${guidePath(third?.item.implCode ?? '')}`)
    await page.getByRole('heading', { name: /^申请材料（\d+ 份）$/ }).waitFor()
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  test('我的收藏: logged out says to log in; a saved guide is listed, opens, and is gone once unsaved', async () => {
    context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${e2e.server.url}/packages/guide/pages/favourites/index`)
    await page.getByRole('heading', { level: 1, name: '我的收藏' }).waitFor()
    await visibleText(page, '登录后可以查看和管理收藏的事项。').waitFor()
    await expectAccessible(page)

    // 去登录 comes back to 我的收藏, which is empty and says how to fill it.
    await page.getByRole('button', { name: '去登录' }).click()
    await page.getByLabel('手机号', { exact: true }).waitFor()
    await loginWithDevCode(page, phone)
    await page.waitForURL(/\/packages\/guide\/pages\/favourites\/index$/)
    await visibleText(page, /您还没有收藏事项。/).waitFor()
    await page.getByRole('button', { name: '去办事' }).waitFor()
    await expectAccessible(page)

    // Save one guide, then find it under 我的 → 我的收藏.
    await page.goto(`${e2e.server.url}${guidePath(BIRTH_CERT.implCode)}`)
    await page.getByRole('heading', { level: 1, name: BIRTH_CERT.name }).waitFor()
    await page.getByRole('button', { name: '收藏', exact: true }).click()
    await page.getByRole('button', { name: '已收藏' }).waitFor()
    await page.goto(`${e2e.server.url}/pages/me/index`)
    await page.getByRole('button', { name: /^我的收藏/ }).click()
    await page.getByRole('heading', { level: 1, name: '我的收藏' }).waitFor()
    const saved = page.getByRole('list', { name: '收藏的事项' }).getByRole('button')
    await saved.first().waitFor()
    expect(await saved.allTextContents()).toEqual([expect.stringMatching(new RegExp(`^${BIRTH_CERT.name}`))])
    await expectAccessible(page)

    // Open it, unsave it, come back: the list no longer has it.
    await saved.first().click()
    await page.getByRole('heading', { level: 1, name: BIRTH_CERT.name }).waitFor()
    expect(page.url()).toBe(`${e2e.server.url}${guidePath(BIRTH_CERT.implCode)}`)
    await page.getByRole('button', { name: '已收藏' }).click()
    await page.getByRole('button', { name: '收藏', exact: true }).waitFor()
    await expectAccessible(page)
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: '我的收藏' }).waitFor()
    await visibleText(page, /您还没有收藏事项。/).waitFor()
    expect(await page.getByRole('list', { name: '收藏的事项' }).count()).toBe(0)
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  test('分享 copies the guide’s own address, and that link opens the same guide in a fresh browser', async () => {
    context = await newContext(e2e.browser, viewport)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.server.url })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${e2e.server.url}${guidePath(BIRTH_CERT.implCode)}`)
    await page.getByRole('heading', { level: 1, name: BIRTH_CERT.name }).waitFor()
    const expected = `${e2e.server.url}${guidePath(BIRTH_CERT.implCode)}`

    // No Web Share in this browser: the link is copied, and the status line says which link.
    expect(await page.evaluate(() => typeof (navigator as { share?: unknown }).share)).toBe('undefined')
    await page.getByRole('button', { name: '分享' }).click()
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor()
    expect(await page.getByRole('status').filter({ hasText: '链接已复制' }).textContent()).toBe(
      `链接已复制：${expected}`,
    )
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
    await expectAccessible(page)

    // Where the system share sheet exists, it gets the same link.
    const sharing = await newContext(e2e.browser, viewport)
    await sharing.addInitScript(() => {
      const w = window as unknown as { sharedWith?: ShareData[] }
      w.sharedWith = []
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          w.sharedWith?.push(data)
        },
      })
    })
    const sharer = await sharing.newPage()
    const sharerErrors = watchErrors(sharer)
    await sharer.goto(expected)
    await sharer.getByRole('heading', { level: 1, name: BIRTH_CERT.name }).waitFor()
    await sharer.getByRole('button', { name: '分享' }).click()
    await sharer.getByRole('status').filter({ hasText: '已打开分享' }).waitFor()
    expect(await sharer.evaluate(() => (window as unknown as { sharedWith: ShareData[] }).sharedWith)).toEqual([
      { title: BIRTH_CERT.name, url: expected },
    ])
    await sharing.close()

    // The copied link, in a browser that has never seen the app.
    const fresh = await newContext(e2e.browser, viewport)
    const other = await fresh.newPage()
    const otherErrors = watchErrors(other)
    await other.goto(await page.evaluate(() => navigator.clipboard.readText()))
    await other.getByRole('heading', { level: 1, name: BIRTH_CERT.name }).waitFor()
    await other.getByRole('heading', { name: /^申请材料（\d+ 份）$/ }).waitFor()
    await expectAccessible(other)
    await fresh.close()
    expect(errors).toEqual([])
    expect(sharerErrors).toEqual([])
    expect(otherErrors).toEqual([])
  })

  test('an unknown item code shows a not-found page with a way onward; the API answers 404 in Chinese', async () => {
    const response = await fetch(`${e2e.server.url}/api/items/does-not-exist`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await response.json()) as { code: string; message: string }
    expect(body.code).toBe('NOT_FOUND')
    expect(body.message).toMatch(/^没有找到这个事项/)

    context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page, { expected404: '/api/items/does-not-exist' })
    await page.goto(`${e2e.server.url}/packages/guide/pages/item/index?code=does-not-exist`)
    await page.getByRole('heading', { level: 1, name: '没有找到这个事项' }).waitFor()
    await visibleText(page, /也可能是链接不完整/).waitFor()
    // A not-found page, not an error to retry.
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0)
    expect(await page.title()).toBe('没有找到这个事项 - 扬州政务服务')
    await expectAccessible(page)

    await page.getByRole('button', { name: '去办事列表查找' }).click()
    await page.waitForURL(/\/pages\/services\/index/)
    await page.getByLabel('搜索办事事项').waitFor()
    await expectAccessible(page)
    expect(errors).toEqual([])
  })

  test('an unknown 一件事 code shows a not-found page that leads back to 首页', async () => {
    const response = await fetch(`${e2e.server.url}/api/themes/YZS-NOPE`)
    expect(response.status).toBe(404)
    expect(((await response.json()) as { message: string }).message).toMatch(/^没有找到这个“一件事”主题/)

    context = await newContext(e2e.browser, viewport)
    const page = await context.newPage()
    const errors = watchErrors(page, { expected404: '/api/themes/YZS-NOPE' })
    await page.goto(`${e2e.server.url}/packages/guide/pages/theme/index?code=YZS-NOPE`)
    await page.getByRole('heading', { level: 1, name: '没有找到这个一件事' }).waitFor()
    await visibleText(page, /也可能是链接不完整/).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0)
    await expectAccessible(page)

    await page.getByRole('button', { name: '回首页' }).click()
    await page.waitForURL(/\/pages\/index\/index|\/$/)
    await page
      .getByRole('region', { name: '一件事 · 一次办' })
      .getByRole('button', { name: /^新生儿出生一件事/ })
      .waitFor()
    await expectAccessible(page)
    expect(errors).toEqual([])
  })
})
