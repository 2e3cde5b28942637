/**
 * The staff queue's state filter and deadline sort, the one declared minimum of a reply and a return reason, and
 * GET /api/staff/audit (administrators only; who, when, what for one ticket).
 */
import type { AuditPage } from '../../types/audit'
import type { StaffTicket, Ticket, TicketPage } from '../../types/hotline'
import { isOpenStatus, TICKET_LIMITS } from '../../types/hotline-states'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

async function staff(department: string | null, role: 'admin' | 'clerk' = 'clerk', name?: string) {
  const s = await t.createStaff({ role, department, name })
  return { id: s.id, token: (await t.loginStaff(s.username, s.password)).token }
}

const queue = async (token: string, query: string) => {
  const res = await t.app.inject({ url: `/api/staff/tickets?${query}`, headers: bearer(token) })
  expect(res.statusCode).toBe(200)
  return res.json<TicketPage>()
}

describe('staff queue', () => {
  test('state=open&sort=due: only open tickets, earliest deadline (overdue) first, across pages', async () => {
    const me = await t.loginResident()
    const late = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000)
    await t.app.db.updateTable('tickets').set({ due_at: yesterday }).where('ref', '=', late.ref).execute()
    const admin = await staff(null, 'admin')
    const first = await queue(admin.token, 'state=open&sort=due&pageSize=3')
    const second = await queue(admin.token, 'state=open&sort=due&pageSize=3&page=2')
    const rows = [...first.items, ...second.items]
    expect(rows).toHaveLength(6)
    expect(rows.every((r) => isOpenStatus(r.status))).toBe(true)
    const due = rows.map((r) => r.dueAt)
    expect(due).toEqual([...due].sort())
    // Overdue tickets lead, the one made overdue among them.
    const overdue = rows.filter((r) => r.overdue)
    expect(rows.slice(0, overdue.length)).toEqual(overdue)
    expect(overdue.map((r) => r.ref)).toContain(late.ref)
    const all = await queue(admin.token, 'pageSize=50')
    expect(first.total).toBe(all.items.filter((r) => isOpenStatus(r.status)).length)
  })

  test('state=closed is the other group; a status outside the group gives nothing; default is newest first', async () => {
    const admin = await staff(null, 'admin')
    const closed = await queue(admin.token, 'state=closed&pageSize=50')
    expect(closed.total).toBeGreaterThan(0)
    expect(closed.items.every((r) => !isOpenStatus(r.status))).toBe(true)
    expect(await queue(admin.token, 'state=closed&status=submitted')).toMatchObject({ items: [], total: 0 })
    const replied = await queue(admin.token, 'state=closed&status=replied&pageSize=50')
    expect(replied.items.every((r) => r.status === 'replied')).toBe(true)
    const newest = (await queue(admin.token, 'pageSize=50')).items.map((r) => r.createdAt)
    expect(newest).toEqual([...newest].sort().reverse())
    const bad = await t.app.inject({ url: '/api/staff/tickets?sort=oldest', headers: bearer(admin.token) })
    expect(bad.statusCode).toBe(400)
  })
})

test('a reply or return reason shorter than the declared minimum is refused with a field error', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await staff('3210-CGJ')
  const short = '好'.repeat(TICKET_LIMITS.replyMin - 1)
  const reply = await staffAct(t, clerk.token, ticket.ref, 'reply', { body: short })
  expect(reply.statusCode).toBe(400)
  expect(reply.json().fields).toHaveProperty('body')
  const back = await staffAct(t, clerk.token, ticket.ref, 'return', {
    reason: '好'.repeat(TICKET_LIMITS.reasonMin - 1),
  })
  expect(back.statusCode).toBe(400)
  expect(back.json().fields).toHaveProperty('reason')
  const ok = await staffAct(t, clerk.token, ticket.ref, 'reply', { body: '好'.repeat(TICKET_LIMITS.replyMin) })
  expect([ok.statusCode, ok.json<StaffTicket>().status]).toEqual([200, 'replied'])
})

describe('GET /api/staff/audit', () => {
  test('admin: one ticket’s entries, newest first, with the clerk’s name and department; paginated', async () => {
    const me = await t.loginResident()
    const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
    const clerk = await staff('3210-CGJ', 'clerk', '李明')
    await staffAct(t, clerk.token, ticket.ref, 'accept')
    await staffAct(t, clerk.token, ticket.ref, 'reply', { body: '百祥路东段路灯已全部修复。' })
    const admin = await staff(null, 'admin')

    const res = await t.app.inject({ url: `/api/staff/audit?ticket=${ticket.ref}`, headers: bearer(admin.token) })
    expect(res.statusCode).toBe(200)
    const page = res.json<AuditPage>()
    expect(page.total).toBe(2)
    expect(page.items.map((e) => e.action)).toEqual(['ticket.reply', 'ticket.accept'])
    expect(page.items[1]).toMatchObject({
      actor: { type: 'staff', id: clerk.id, name: '李明', department: '扬州市城市管理局' },
      target: ticket.ref,
      detail: { from: 'submitted', to: 'accepted' },
    })
    expect(res.body).not.toContain(me.phone)

    const one = (
      await t.app.inject({
        url: `/api/staff/audit?ticket=${ticket.ref}&pageSize=1&page=2`,
        headers: bearer(admin.token),
      })
    ).json<AuditPage>()
    expect(one).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ action: 'ticket.accept' }] })

    const everything = (await t.app.inject({ url: '/api/staff/audit', headers: bearer(admin.token) })).json<AuditPage>()
    expect(everything.total).toBeGreaterThan(2)
    expect(everything.items.some((e) => e.action === 'staff.login')).toBe(true)
  })

  test('a clerk gets 403, no token 401, a malformed ticket ref 400', async () => {
    const clerk = await staff('3210-CGJ')
    expect((await t.app.inject({ url: '/api/staff/audit', headers: bearer(clerk.token) })).statusCode).toBe(403)
    expect((await t.app.inject({ url: '/api/staff/audit' })).statusCode).toBe(401)
    const admin = await staff(null, 'admin')
    const bad = await t.app.inject({ url: '/api/staff/audit?ticket=abc', headers: bearer(admin.token) })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().fields).toHaveProperty('ticket')
  })
})
