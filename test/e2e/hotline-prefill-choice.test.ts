import type { Page } from 'playwright-core'
import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, watchErrors } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * 问问 12345 with a draft already saved, on the built H5 and the real server: the submit page asks 继续上次的诉求 or
 * 新建咨询并带入 the question; continuing keeps what was typed, 新建 (after the browser's confirm) carries the
 * question into a new 咨询. Nothing typed is dropped silently.
 */
const e2e = e2eSuite(process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {})

const TITLE = '文昌中路工地夜间打桩噪音扰民'
const QUESTION = '新生儿医保在哪里办理'
const DRAFT_KEY = 'gov.draft.hotline.v1'

/** Logs in and writes a title into a 投诉 draft, through the real steps. */
async function halfWrittenDraft(page: Page): Promise<void> {
  await page.goto(`${e2e.server.url}/packages/account/pages/login/index`)
  await loginWithDevCode(page, '13800004409')
  await page.waitForURL((url) => !url.pathname.includes('/login/'))
  await page.goto(`${e2e.server.url}/pages/hotline/index`)
  await page.getByRole('button', { name: '我要反映' }).click()
  await page.getByRole('button', { name: /^投诉/ }).click()
  await page.getByRole('button', { name: '不属于紧急情况，继续' }).click()
  await page.getByLabel('搜索类别').fill('打桩')
  await page.getByRole('button', { name: /建筑施工噪音/ }).click()
  await page.getByRole('heading', { name: '填写诉求内容' }).waitFor()
  await page.getByLabel('标题').fill(TITLE)
}

/** Opens the submit page as the catalogue's 问问 12345 does. */
async function askFromCatalogue(page: Page): Promise<void> {
  await page.goto(
    `${e2e.server.url}/packages/hotline/pages/submit/index?type=${encodeURIComponent('咨询')}&q=${encodeURIComponent(QUESTION)}`,
  )
  await page.getByRole('heading', { name: '您有一份未提交的诉求' }).waitFor()
}

/** The saved draft (Taro's H5 storage wraps each value as `{ data }`). */
async function savedDraft(page: Page): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)
  return raw ? JSON.parse(JSON.parse(raw).data) : null
}

test('asked with a draft saved: 继续 keeps it; 新建 confirms and carries the question into a 咨询', async () => {
  const context = await newContext(e2e.browser, 'phone')
  const page = await context.newPage()
  const errors = watchErrors(page)
  await halfWrittenDraft(page)

  await askFromCatalogue(page)
  await expectAccessible(page, 'prefill choice')
  await page.getByRole('button', { name: '继续上次的诉求' }).click()
  await page.getByRole('heading', { name: '填写诉求内容' }).waitFor()
  expect(await page.getByLabel('标题').inputValue()).toBe(TITLE)

  await askFromCatalogue(page)
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: /^新建咨询并带入/ }).click()
  await page.getByRole('heading', { name: '紧急情况请先拨打电话' }).waitFor()
  expect(await savedDraft(page)).toMatchObject({ type: '咨询', title: QUESTION, description: QUESTION })
  expect(errors).toEqual([])
  await context.close()
})
