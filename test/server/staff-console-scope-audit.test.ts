/**
 * The staff console's two server pieces: an administrator narrows the 12345 queue to one department (the scope
 * selector) while a clerk always sees only their own; and the one audit-log view filters by subject kind.
 */
import type { AuditPage } from '../../types/audit'
import type { Ticket, TicketPage } from '../../types/hotline'
import { staffAct, streetlightDraft, submit, wageDraft } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

async function staffToken(role: 'admin' | 'clerk', department: string | null) {
  const s = await t.createStaff({ role, department })
  return { ...(await t.loginStaff(s.username, s.password)), id: s.id }
}

test('an admin scopes the queue to one department; a clerk’s department is not theirs to change', async () => {
  const resident = await t.loginResident()
  const light = (await submit(t, resident.token, streetlightDraft())).json<Ticket>()
  const wage = (await submit(t, resident.token, wageDraft())).json<Ticket>()
  const admin = await staffToken('admin', null)
  const departments = (await t.app.inject({ url: '/api/departments' })).json<{
    items: { id: number; code: string }[]
  }>()
  const cgj = departments.items.find((d) => d.code === '3210-CGJ')!
  const rsj = departments.items.find((d) => d.code === '3210-RSJ')!
  const queue = async (token: string, query: string) => {
    const res = await t.app.inject({
      url: `/api/staff/tickets?pageSize=50&sort=newest${query}`,
      headers: bearer(token),
    })
    expect(res.statusCode).toBe(200)
    return res.json<TicketPage>().items.map((i) => i.ref)
  }
  const all = await queue(admin.token, '')
  expect(all).toEqual(expect.arrayContaining([light.ref, wage.ref]))
  const urban = await queue(admin.token, `&departmentId=${cgj.id}`)
  expect(urban).toContain(light.ref)
  expect(urban).not.toContain(wage.ref)

  const clerk = await staffToken('clerk', '3210-CGJ')
  const own = await queue(clerk.token, `&departmentId=${rsj.id}`)
  expect(own).toContain(light.ref)
  expect(own).not.toContain(wage.ref)
})

test('the audit log filters by subject kind; a bad kind is a 400 and a clerk gets 403', async () => {
  const resident = await t.loginResident()
  const ticket = (await submit(t, resident.token, streetlightDraft())).json<Ticket>()
  const admin = await staffToken('admin', null)
  expect((await staffAct(t, admin.token, ticket.ref, 'accept')).statusCode).toBe(200)
  const audit = async (query: string) => {
    const res = await t.app.inject({ url: `/api/staff/audit?pageSize=50${query}`, headers: bearer(admin.token) })
    expect(res.statusCode).toBe(200)
    return res.json<AuditPage>()
  }
  const tickets = await audit('&subjectKind=ticket')
  expect(tickets.items.length).toBeGreaterThan(0)
  expect(tickets.items.every((e) => e.action.startsWith('ticket.'))).toBe(true)
  expect(tickets.items.some((e) => e.action === 'ticket.accept' && e.target === ticket.ref)).toBe(true)
  const logins = await audit('&subjectKind=staff')
  expect(logins.items.some((e) => e.action === 'staff.login')).toBe(true)
  expect(logins.items.every((e) => e.action.startsWith('staff.'))).toBe(true)
  const everything = await audit('')
  expect(everything.total).toBeGreaterThanOrEqual(tickets.total + logins.total)

  const bad = await t.app.inject({ url: '/api/staff/audit?subjectKind=ticket%25', headers: bearer(admin.token) })
  expect(bad.statusCode).toBe(400)
  const clerk = await staffToken('clerk', '3210-CGJ')
  expect((await t.app.inject({ url: '/api/staff/audit', headers: bearer(clerk.token) })).statusCode).toBe(403)
})
