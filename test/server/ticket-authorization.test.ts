import type { StaffTicket, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit, wageDraft } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

async function staffToken(department: string | null, role: 'admin' | 'clerk' = 'clerk') {
  const s = await t.createStaff({ role, department })
  return (await t.loginStaff(s.username, s.password)).token
}

test('another resident gets 404 for my ticket, its rating and its subscriptions', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const other = await t.loginResident()
  for (const req of [
    { method: 'GET' as const, url: `/api/hotline/tickets/${ticket.ref}` },
    { method: 'POST' as const, url: `/api/hotline/tickets/${ticket.ref}/rating`, payload: { level: '满意' } },
    {
      method: 'POST' as const,
      url: `/api/hotline/tickets/${ticket.ref}/subscriptions`,
      payload: { templateIds: ['x'] },
    },
  ]) {
    const res = await t.app.inject({ ...req, headers: bearer(other.token) })
    expect(res.statusCode).toBe(404)
  }
  expect((await t.app.inject(`/api/hotline/tickets/${ticket.ref}`)).statusCode).toBe(401)
  const list = await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(other.token) })
  expect(list.json().total).toBe(0)
})

test('a clerk of another department can neither see nor act on a ticket; staff routes need staff', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const rsj = await staffToken('3210-RSJ')
  expect((await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(rsj) })).statusCode).toBe(404)
  for (const [action, payload] of [
    ['accept', undefined],
    ['reply', { body: '已处理完毕。' }],
    ['return', { reason: '不属于本部门' }],
    ['assign', { departmentId: 1 }],
  ] as const) {
    const res = await staffAct(t, rsj, ticket.ref, action, payload)
    expect(res.statusCode).toBe(404)
  }
  const queue = await t.app.inject({ url: '/api/staff/tickets', headers: bearer(rsj) })
  expect(queue.json().items.map((i: { ref: string }) => i.ref)).not.toContain(ticket.ref)
  // Residents are not staff.
  expect((await t.app.inject({ url: '/api/staff/tickets', headers: bearer(me.token) })).statusCode).toBe(401)
  // The handling department sees it and the full phone.
  const cgj = await staffToken('3210-CGJ')
  const view = await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(cgj) })
  expect(view.statusCode).toBe(200)
  expect(view.json<StaffTicket>()).toMatchObject({ contactPhone: '13952712345', reporterHidden: false })
  // An admin sees it, with the phone masked.
  const admin = await staffToken(null, 'admin')
  const adminView = await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(admin) })
  expect(adminView.json<StaffTicket>()).toMatchObject({ contactPhone: null, contactPhoneMasked: '139****2345' })
})

test('举报: the reporter is hidden from the handling department; anonymous hides them from everyone', async () => {
  const me = await t.loginResident()
  const report = (await submit(t, me.token, wageDraft())).json<Ticket>()
  const rsj = await staffToken('3210-RSJ')
  const view = await t.app.inject({ url: `/api/staff/tickets/${report.ref}`, headers: bearer(rsj) })
  expect(view.statusCode).toBe(200)
  expect(view.json<StaffTicket>()).toMatchObject({ reporterHidden: true, contactPhone: null, contactPhoneMasked: null })
  expect(view.body).not.toContain('13852798765')
  expect(view.body).not.toContain('8765')
  const admin = await staffToken(null, 'admin')
  expect(
    (await t.app.inject({ url: `/api/staff/tickets/${report.ref}`, headers: bearer(admin) })).json().reporterHidden,
  ).toBe(false)

  const anon = (await submit(t, me.token, streetlightDraft({ anonymous: true }))).json<Ticket>()
  for (const token of [admin, await staffToken('3210-CGJ')]) {
    const v = await t.app.inject({ url: `/api/staff/tickets/${anon.ref}`, headers: bearer(token) })
    expect(v.json()).toMatchObject({ reporterHidden: true, contactPhone: null, contactPhoneMasked: null })
  }
})
