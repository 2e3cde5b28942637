import { loginWithDevCode } from './helpers/account'
import { expectAccessible, newContext, watchErrors, watchFailedAnswers } from './helpers/browser'
import { e2eSuite } from './helpers/suite'

/**
 * The client shell on the built H5 and the real server: a resident with a 12345 ticket finds it in 我的 办事记录 with
 * its status badge, and the status-change message in 消息 opens the ticket. axe runs on every page.
 */
const e2e = e2eSuite()

const PHONE = '13805275678'

/** JSON over HTTP to the running server. */
async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown; key?: string } = {}) {
  const res = await fetch(`${e2e.server.url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.key ? { 'idempotency-key': init.key } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  if (!res.ok) throw new Error(`${path} → ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * A 12345 ticket of the signed-in resident (token from the browser session: a second SMS login to the same phone
 * would meet the 60 s resend cooldown), accepted by the demo administrator, so a 工单已受理 message waits in 消息.
 */
async function acceptedTicket(token: string): Promise<{ ref: string; title: string }> {
  const ticket = await api<{ ref: string; title: string }>('/api/hotline/tickets', {
    token,
    key: `e2e-shell-${Date.now()}`,
    body: {
      type: '投诉',
      serviceCode: 'URBAN_STREETLIGHT',
      title: '百祥路北段路灯夜里不亮',
      description: '邗江区蒋王街道百祥路北段靠近公交站的三盏路灯连续几晚不亮，老人晚上出门很不方便，请尽快修复。',
      districtCode: '321003',
      townCode: '321003002',
      address: '邗江区蒋王街道百祥路东段公交站附近',
      photoIds: [],
      anonymous: false,
      contactPhone: PHONE,
      privacyConsent: true,
      attributes: { FAULT: 'OFF' },
    },
  })
  const staff = await api<{ token: string }>('/api/staff/login', {
    body: { username: 'demo-admin', password: 'yz12345-demo' },
  })
  await api(`/api/staff/tickets/${ticket.ref}/accept`, { token: staff.token, body: {} })
  return ticket
}

test('resident: 我的 → 办事记录 shows the ticket with its badge → 消息 → the status message opens the ticket', async () => {
  const context = await newContext(e2e.browser, 'phone')
  const page = await context.newPage()
  const errors = watchFailedAnswers(page, watchErrors(page))

  await page.goto(`${e2e.server.url}/pages/me/index`)
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await loginWithDevCode(page, PHONE)
  await page.getByText('138****5678').waitFor()
  // Taro's H5 storage keeps `{ data }` around our own JSON text.
  const token = await page.evaluate(() => {
    const raw = localStorage.getItem('gov.session.v1')
    return raw ? (JSON.parse(JSON.parse(raw).data) as { token: string }).token : ''
  })
  expect(token).toBeTruthy()
  const ticket = await acceptedTicket(token)
  await page.goto(`${e2e.server.url}/pages/me/index`)
  await page.getByText('138****5678').waitFor()
  await expect(page.getByRole('button', { name: /我的消息/ }).textContent()).resolves.toMatch(/\d+ 条未读/)
  await expectAccessible(page, '我的')

  await page.getByRole('button', { name: /办事记录/ }).click()
  const row = page.getByRole('button', { name: new RegExp(ticket.title) })
  await row.waitFor()
  await expect(row.locator('.gov-status').textContent()).resolves.toBe('已受理')
  await expect(row.textContent()).resolves.toContain(`12345 工单 ${ticket.ref}`)
  await expectAccessible(page, '办事记录')

  await page.goto(`${e2e.server.url}/packages/inbox/pages/list/index`)
  const message = page.getByRole('button', { name: /工单已受理/ })
  await message.waitFor()
  await expectAccessible(page, '消息')
  await message.click()
  await page.waitForURL(/packages\/hotline\/pages\/ticket\/index\?ref=/)
  expect(new URL(page.url()).searchParams.get('ref')).toBe(ticket.ref)
  await page.getByText(ticket.title).first().waitFor()
  await expectAccessible(page, 'ticket from 消息')
  expect(errors).toEqual([])
  await context.close()
})
