import type { StaffTicket, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const rate = (token: string, ref: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ref}/rating`, headers: bearer(token), payload })

test('不满意 that reopens keeps its level and comment in the 好差评 data; the next reply is rated too, both kept', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  const staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
  await staffAct(t, staffToken, ticket.ref, 'accept')
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '经查，百祥路东段路灯线路老化，已更换两盏。' })

  const reopened = await rate(me.token, ticket.ref, {
    level: '非常不满意',
    comment: '答复说修好了，晚上去看还是黑的',
    reopenReason: '只修好了两盏，其余四盏还是不亮。',
  })
  expect(reopened.statusCode).toBe(200)
  // The ticket waits for a new answer: unrated, so that answer can be rated.
  expect(reopened.json<Ticket>()).toMatchObject({ status: 'reopened', rating: null, canRate: false })
  const seen = (await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(staffToken) })).json()
  expect((seen as StaffTicket).ratings).toEqual([
    { level: '非常不满意', comment: '答复说修好了，晚上去看还是黑的', at: expect.any(String), reopened: true },
  ])

  await staffAct(t, staffToken, ticket.ref, 'accept')
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '其余四盏已全部更换，今晚起恢复照明。' })
  const rated = await rate(me.token, ticket.ref, { level: '满意', comment: '  这次都亮了  ' })
  expect(rated.json<Ticket>()).toMatchObject({
    status: 'closed',
    rating: { level: '满意', comment: '这次都亮了' },
  })
  const staffView = (
    await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(staffToken) })
  ).json<StaffTicket>()
  expect(staffView.ratings.map((r) => [r.level, r.comment, r.reopened])).toEqual([
    ['非常不满意', '答复说修好了，晚上去看还是黑的', true],
    ['满意', '这次都亮了', false],
  ])
  // The 好差评 table holds both, the 差评 included.
  const rows = await t.app.db
    .selectFrom('ticket_ratings as r')
    .innerJoin('tickets as k', 'k.id', 'r.ticket_id')
    .select(['r.level', 'r.comment'])
    .where('k.ref', '=', ticket.ref)
    .orderBy('r.id')
    .execute()
  expect(rows).toEqual([
    { level: '非常不满意', comment: '答复说修好了，晚上去看还是黑的' },
    { level: '满意', comment: '这次都亮了' },
  ])
})

test('a refused rating (wrong level for a reopen) leaves no rating behind', async () => {
  const me = await t.loginResident()
  const ticket = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  const staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
  await staffAct(t, staffToken, ticket.ref, 'reply', { body: '路灯已修复，恢复照明。' })
  const refused = await rate(me.token, ticket.ref, { level: '满意', comment: '好', reopenReason: '想再确认一下。' })
  expect(refused.statusCode).toBe(400)
  expect(refused.json().fields).toHaveProperty('reopenReason')
  const staffView = (
    await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(staffToken) })
  ).json<StaffTicket>()
  expect(staffView.ratings).toEqual([])
})
