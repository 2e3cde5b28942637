import { expectAccessible, newContext, watchErrors, watchFailedAnswers } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The H5 staff pages on the built site and the real server (seeded demo tickets): the queue opens on tickets still
 * being handled, nearest deadline first; a replied ticket offers 办结 only; an administrator sees the ticket's
 * 审计日志 after acting. axe runs on each page.
 */
const e2e = e2eSuite(process.env.E2E_STATIC_DIR ? { STATIC_DIR: process.env.E2E_STATIC_DIR } : {})

test('admin: open queue by deadline → a replied ticket offers only 办结 → 办结 shows in 审计日志', async () => {
  const context = await newContext(e2e.browser, 'desktop')
  const page = await context.newPage()
  const errors = watchFailedAnswers(page, watchErrors(page))
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(`${e2e.server.url}/packages/staff/pages/login/index`)
  await page.getByLabel('用户名').fill('demo-admin')
  await page.getByLabel('密码').fill('yz12345-demo')
  await page.getByRole('button', { name: '登录' }).click()
  const firstQueue = page.waitForRequest((r) => r.url().includes('/api/staff/tickets?'))
  await page.getByRole('button', { name: /12345 工单队列/ }).click()
  const query = new URL((await firstQueue).url()).searchParams
  expect([query.get('state'), query.get('sort'), query.get('status')]).toEqual(['open', 'due', null])
  await page.getByText(/^共 \d+ 件$/).waitFor()
  expect(await page.getByLabel('状态').inputValue()).toBe('open')
  await expect(page.getByLabel('类别').locator('option', { hasText: '城市管理 / ' }).count()).resolves.toBeGreaterThan(
    0,
  )
  await expectAccessible(page, 'staff queue')

  await page.getByLabel('状态').selectOption('replied')
  await page.getByText(/^共 \d+ 件$/).waitFor()
  await page.locator('.staff-queue__link').first().click()
  await page.getByRole('heading', { name: '工单处理' }).waitFor()
  await page.getByRole('heading', { name: '时间与地点' }).waitFor()
  await page.getByRole('heading', { name: '审计日志' }).waitFor()
  const options = await page.getByLabel('操作', { exact: true }).locator('option').allTextContents()
  expect(options.filter((o) => o !== '请选择操作')).toEqual(['办结'])
  await expectAccessible(page, 'staff ticket')

  await page.getByRole('button', { name: '办结', exact: true }).click()
  await page.getByText('已办结，当前状态：已办结').waitFor()
  await page.getByRole('cell', { name: '办结（→ 已办结）' }).waitFor()
  await expect(page.getByLabel('操作', { exact: true }).count()).resolves.toBe(0)
  expect(errors.filter((e) => !e.startsWith('console: Failed to load resource'))).toEqual([])
  await context.close()
})
