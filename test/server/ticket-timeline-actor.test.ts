/**
 * Who acted on a ticket: the staff view's timeline names the staff member and their department; the resident's own
 * view and the public tracking view keep to the 承办部门 (no staff names).
 */
import type { StaffTicket, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('staff timeline entries name who acted and their department; the resident and public views do not', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await t.createStaff({ department: '3210-CGJ', name: '周晓雯' })
  const admin = await t.createStaff({ role: 'admin', department: null, name: '陈建国' })
  const clerkToken = (await t.loginStaff(clerk.username, clerk.password)).token
  const adminToken = (await t.loginStaff(admin.username, admin.password)).token
  expect((await staffAct(t, clerkToken, ticket.ref, 'accept')).statusCode).toBe(200)
  expect((await staffAct(t, clerkToken, ticket.ref, 'reply', { body: '路灯已修复。' })).statusCode).toBe(200)
  expect((await staffAct(t, adminToken, ticket.ref, 'close', {})).statusCode).toBe(200)

  const staffView = (
    await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(adminToken) })
  ).json<StaffTicket>()
  expect(staffView.timeline.map((e) => [e.status, e.by, e.actor ?? null])).toEqual([
    ['submitted', 'resident', null],
    ['accepted', 'staff', { name: '周晓雯', department: '扬州市城市管理局' }],
    ['replied', 'staff', { name: '周晓雯', department: '扬州市城市管理局' }],
    ['closed', 'staff', { name: '陈建国', department: null }],
  ])

  const own = await t.app.inject({ url: `/api/hotline/tickets/${ticket.ref}`, headers: bearer(me.token) })
  const tracked = await t.app.inject(`/api/hotline/track/${ticket.ref}?t=${ticket.trackingToken}`)
  for (const res of [own, tracked]) {
    expect(res.statusCode).toBe(200)
    const view = res.json<Ticket>()
    expect(view.timeline.map((e) => e.by)).toEqual(['resident', 'staff', 'staff', 'staff'])
    expect(view.timeline.every((e) => !('actor' in e))).toBe(true)
    expect(view.department).toMatchObject({ name: '扬州市城市管理局' })
    expect(res.body).not.toContain('周晓雯')
    expect(res.body).not.toContain('陈建国')
  }
})
