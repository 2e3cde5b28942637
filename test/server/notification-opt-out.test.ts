import type { Ticket } from '../../types/hotline'
import { type FakeSmsGateway, startFakeSmsGateway } from './helpers/fake-sms-gateway'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

// A resident turns off SMS/WeChat for a kind of notice (issue #7 item 1): 12345 status changes then arrive in 消息
// only; turned back on, the SMS comes again.

let t: TestApp
let sms: FakeSmsGateway
let staffToken: string

beforeAll(async () => {
  sms = await startFakeSmsGateway()
  t = await buildTestApp({ env: { SMS_PROVIDER: 'http', SMS_API_BASE: sms.baseUrl, SMS_API_KEY: sms.apiKey } })
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
})
afterAll(async () => {
  await t.close()
  await sms.close()
})

/** An H5 resident signed in with a code from the fake gateway. */
async function h5Login() {
  const phone = randomPhone()
  await t.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sms/login',
    payload: { phone, code: sms.lastCodeFor(phone) },
  })
  return { phone, token: login.json().token as string }
}

test('opting out of 工单进度 stops the SMS, keeps the in-app message; opting in again brings it back', async () => {
  const { phone, token } = await h5Login()
  const settings = () => t.app.inject({ url: '/api/me/notification-settings', headers: bearer(token) })
  const put = (disabled: string[]) =>
    t.app.inject({ method: 'PUT', url: '/api/me/notification-settings', headers: bearer(token), payload: { disabled } })

  expect((await settings()).json().items).toContainEqual({
    kind: 'ticket.status',
    label: '12345 工单进度',
    enabled: true,
  })
  const off = await put(['ticket.status'])
  expect(off.statusCode).toBe(200)
  expect(off.json().items).toContainEqual({ kind: 'ticket.status', label: '12345 工单进度', enabled: false })

  const ticket = (await submit(t, token, streetlightDraft({ contactPhone: phone }))).json<Ticket>()
  await staffAct(t, staffToken, ticket.ref, 'accept')
  await t.app.notifier.drain()
  const notices = () => sms.messages.filter((m) => m.template === 'ticket_status' && m.phone === phone)
  expect(notices()).toEqual([])
  const inbox = (await t.app.inject({ url: '/api/me/messages', headers: bearer(token) })).json()
  expect(inbox.items[0]).toMatchObject({
    title: '工单已受理',
    kind: 'ticket.status',
    subjectKind: 'ticket',
    subjectId: ticket.ref, // the public id the ticket page is addressed by, not the row id
    ticketRef: ticket.ref,
  })

  expect((await put([])).json().items).toContainEqual({ kind: 'ticket.status', label: '12345 工单进度', enabled: true })
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '路灯已修复。' })
  await t.app.notifier.drain()
  expect(notices()).toEqual([expect.objectContaining({ params: { ref: ticket.ref, status: '已答复' } })])
})

test('an unknown kind is refused with a Chinese message; without a session, 401', async () => {
  const me = await h5Login()
  const bad = await t.app.inject({
    method: 'PUT',
    url: '/api/me/notification-settings',
    headers: bearer(me.token),
    payload: { disabled: ['ticket.nonsense'] },
  })
  expect(bad.statusCode).toBe(400)
  expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '没有这类通知：ticket.nonsense' })
  expect((await t.app.inject({ url: '/api/me/notification-settings' })).statusCode).toBe(401)
})
