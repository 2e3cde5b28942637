import type { Page } from 'playwright-core'

/**
 * On the resident login page: types the phone, asks for a code, reads the labelled development code off the page,
 * types it, consents and logs in. Returns the code it read ('' when none was shown), for callers that check it.
 */
export async function loginWithDevCode(page: Page, phone: string): Promise<string> {
  await page.getByLabel('手机号', { exact: true }).fill(phone)
  await page.getByRole('button', { name: '获取验证码' }).click()
  const notice = page.getByText(/开发环境：验证码为 \d{6}/)
  await notice.waitFor()
  const code = /(\d{6})/.exec((await notice.textContent()) ?? '')?.[1] ?? ''
  await page.getByLabel('短信验证码').fill(code)
  await page.getByRole('checkbox').check()
  await page.getByRole('button', { name: '登录', exact: true }).click()
  return code
}
