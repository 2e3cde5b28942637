import type { StaffTicket, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

async function staff(department: string | null, role: 'admin' | 'clerk' = 'clerk') {
  const s = await t.createStaff({ role, department })
  return { id: s.id, token: (await t.loginStaff(s.username, s.password)).token }
}

const rate = (token: string, ref: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ref}/rating`, headers: bearer(token), payload })

test('accept → reply → 不满意 reopens once → second reopen refused; illegal steps 409; every step audited', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await staff('3210-CGJ')

  const queue = await t.app.inject({
    url: '/api/staff/tickets?status=submitted&serviceCode=URBAN_STREETLIGHT',
    headers: bearer(clerk.token),
  })
  expect(queue.json().items.map((i: { ref: string }) => i.ref)).toContain(ticket.ref)

  // Closing before a reply is not a legal transition.
  const early = await staffAct(t, clerk.token, ticket.ref, 'close', {})
  expect(early.statusCode).toBe(409)
  expect(early.json().message).toMatch(/已提交.*办结/)
  // Rating before a reply neither.
  expect((await rate(me.token, ticket.ref, { level: '满意' })).statusCode).toBe(409)

  expect((await staffAct(t, clerk.token, ticket.ref, 'accept')).json<StaffTicket>().status).toBe('accepted')
  expect((await staffAct(t, clerk.token, ticket.ref, 'accept')).statusCode).toBe(409)
  const replied = await staffAct(t, clerk.token, ticket.ref, 'reply', {
    body: '经查，百祥路东段路灯线路老化，已于今日更换，恢复照明。',
  })
  expect(replied.json<StaffTicket>()).toMatchObject({
    status: 'replied',
    replies: [{ department: '扬州市城市管理局' }],
  })

  const mine = (
    await t.app.inject({ url: `/api/hotline/tickets/${ticket.ref}`, headers: bearer(me.token) })
  ).json<Ticket>()
  expect(mine).toMatchObject({ canRate: true, canReopen: true })
  const reopened = await rate(me.token, ticket.ref, { level: '不满意', reopenReason: '只修好了两盏，其余还是不亮。' })
  expect(reopened.statusCode).toBe(200)
  expect(reopened.json<Ticket>()).toMatchObject({ status: 'reopened', canRate: false, canReopen: false })

  await staffAct(t, clerk.token, ticket.ref, 'accept')
  await staffAct(t, clerk.token, ticket.ref, 'reply', { body: '其余路灯已全部更换完毕。' })
  const again = (
    await t.app.inject({ url: `/api/hotline/tickets/${ticket.ref}`, headers: bearer(me.token) })
  ).json<Ticket>()
  expect(again).toMatchObject({ status: 'replied', canRate: true, canReopen: false })
  const second = await rate(me.token, ticket.ref, { level: '非常不满意', reopenReason: '还是有一盏不亮。' })
  expect(second.statusCode).toBe(409)
  expect(second.json().message).toContain('一次')
  const rated = await rate(me.token, ticket.ref, { level: '基本满意', comment: '总算修好了' })
  expect(rated.json<Ticket>()).toMatchObject({ status: 'closed', rating: { level: '基本满意' }, canRate: false })
  expect((await rate(me.token, ticket.ref, { level: '满意' })).statusCode).toBe(409)

  const timeline = rated.json<Ticket>().timeline.map((e) => e.status)
  expect(timeline).toEqual(['submitted', 'accepted', 'replied', 'reopened', 'accepted', 'replied', 'closed'])

  const audit = await t.app.db
    .selectFrom('audit_log')
    .select(['actor_type', 'actor_id', 'action', 'created_at'])
    .where('target', '=', ticket.ref)
    .orderBy('id')
    .execute()
  expect(audit.map((a) => `${a.actor_type}:${a.action}`)).toEqual([
    'staff:ticket.accept',
    'staff:ticket.reply',
    'user:ticket.reopen',
    'staff:ticket.accept',
    'staff:ticket.reply',
    'user:ticket.close',
  ])
  expect(audit.filter((a) => a.actor_type === 'staff').every((a) => a.actor_id === clerk.id)).toBe(true)
  const events = await t.app.db
    .selectFrom('ticket_events')
    .select(['action', 'actor_type', 'actor_id'])
    .where(
      'ticket_id',
      '=',
      (await t.app.db.selectFrom('tickets').select('id').where('ref', '=', ticket.ref).executeTakeFirstOrThrow()).id,
    )
    .orderBy('id')
    .execute()
  expect(events.map((e) => e.action)).toEqual([
    'submit',
    'accept',
    'reply',
    'rate',
    'reopen',
    'accept',
    'reply',
    'rate',
    'close',
  ])
})

test('assign to another department, return to the dispatcher, merge a duplicate', async () => {
  const me = await t.loginResident()
  const a = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const cgj = await staff('3210-CGJ')
  const assigned = await staffAct(t, cgj.token, a.ref, 'assign', { departmentId: 9999 })
  expect(assigned.statusCode).toBe(400)
  expect(assigned.json().fields.departmentId).toBeDefined()
  const zjj = (
    await t.app.db.selectFrom('departments').select('id').where('code', '=', '3210-ZJJ').executeTakeFirstOrThrow()
  ).id
  const moved = await staffAct(t, cgj.token, a.ref, 'assign', { departmentId: zjj })
  expect(moved.json<StaffTicket>()).toMatchObject({
    status: 'assigned',
    department: { name: '扬州市住房和城乡建设局' },
  })
  // The old department lost it.
  expect((await staffAct(t, cgj.token, a.ref, 'accept')).statusCode).toBe(404)
  const zj = await staff('3210-ZJJ')
  const back = await staffAct(t, zj.token, a.ref, 'return', { reason: '路灯归城管部门管理' })
  expect(back.json<StaffTicket>()).toMatchObject({
    status: 'returned',
    department: { name: '扬州市12345政府服务热线' },
  })
  expect((await staffAct(t, zj.token, a.ref, 'reply', { body: '路灯已经修好了。' })).statusCode).toBe(404)

  // Merge: a duplicate from another resident into the first; the resident of the duplicate follows the target.
  const other = await t.loginResident()
  const dup = (await submit(t, other.token, streetlightDraft({ title: '百祥路路灯坏了好几天' }))).json<Ticket>()
  const target = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const self = await staffAct(t, cgj.token, dup.ref, 'merge', { intoRef: dup.ref })
  expect(self.statusCode).toBe(400)
  const merged = await staffAct(t, cgj.token, dup.ref, 'merge', { intoRef: target.ref })
  expect(merged.json<StaffTicket>()).toMatchObject({ status: 'merged', mergedInto: target.ref })
  expect((await staffAct(t, cgj.token, dup.ref, 'accept')).statusCode).toBe(409)
  expect(merged.json<StaffTicket>().mergedIntoTrackingToken).toBeUndefined()
  // The duplicate's resident gets the target's tracking token, and it opens the target's public page.
  const own = (await t.app.inject({ url: `/api/hotline/tickets/${dup.ref}`, headers: bearer(other.token) })).json()
  expect(own).toMatchObject({ mergedInto: target.ref, mergedIntoTrackingToken: target.trackingToken })
  const followed = await t.app.inject(`/api/hotline/track/${target.ref}?t=${own.mergedIntoTrackingToken}`)
  expect(followed.json()).toMatchObject({ ref: target.ref, title: target.title })
  // The target's own resident, whose ticket was merged into nothing, gets no such token.
  const targetOwn = await t.app.inject({ url: `/api/hotline/tickets/${target.ref}`, headers: bearer(me.token) })
  expect(targetOwn.json()).not.toHaveProperty('mergedIntoTrackingToken')
  const theirs = await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(other.token) })
  expect(theirs.json().items.map((i: { ref: string; relation: string }) => `${i.ref}:${i.relation}`)).toEqual(
    expect.arrayContaining([`${dup.ref}:own`, `${target.ref}:following`]),
  )
  const msgs = (await t.app.inject({ url: '/api/me/messages', headers: bearer(other.token) })).json()
  expect(msgs.items[0].body).toContain(`已并入工单 ${target.ref}`)
  const overdue = await t.app.inject({ url: '/api/staff/tickets?overdue=1', headers: bearer(cgj.token) })
  expect(overdue.statusCode).toBe(200)
})
