import { expectAccessible, newContext, watchErrors, watchFailedAnswers } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The staff console on the built H5 and the real server: an administrator's console lists the sections by feature
 * (12345 live, 开放日 and 征集 即将上线, 审计日志, the department scope) and the audit log filters by subject kind.
 * axe runs on every page.
 */
const e2e = e2eSuite()

test('admin: the staff console by feature and role → 审计日志 filtered by subject kind', async () => {
  const context = await newContext(e2e.browser, 'desktop')
  const page = await context.newPage()
  const errors = watchFailedAnswers(page, watchErrors(page))
  await page.goto(`${e2e.server.url}/packages/staff/pages/login/index`)
  await page.getByLabel('用户名').fill('demo-admin')
  await page.getByLabel('密码').fill('yz12345-demo')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('button', { name: /12345 工单队列/ }).waitFor()
  await expect(page.getByText('即将上线').count()).resolves.toBe(2)
  await page.getByText('开放日报名').waitFor()
  await page.getByText('征集与采纳反馈').waitFor()
  await expect(page.getByLabel('部门范围').locator('option', { hasText: '扬州市城市管理局' }).count()).resolves.toBe(1)
  await expectAccessible(page, 'staff console')

  await page.getByRole('button', { name: /审计日志/ }).click()
  await page.getByText(/^共 \d+ 条$/).waitFor()
  await expectAccessible(page, 'audit log')
  const filtered = page.waitForResponse(
    (r) => r.url().includes('/api/staff/audit?') && r.url().includes('subjectKind=staff'),
  )
  await page.getByLabel('对象类型').selectOption('staff')
  await filtered
  await page.getByRole('cell', { name: 'staff.login' }).first().waitFor()
  const actions = await page.locator('.staff-console__audit tbody tr td:nth-child(3)').allTextContents()
  expect(actions.length).toBeGreaterThan(0)
  expect(actions.every((a) => a.startsWith('staff.'))).toBe(true)
  expect(errors).toEqual([])
  await context.close()
})
