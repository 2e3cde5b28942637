/**
 * 消息 全部已读: marks every unread message of the signed-in resident read, and nobody else's; without a login it is
 * refused.
 */
import type { MessagePage, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const inbox = async (token: string) =>
  (await t.app.inject({ url: '/api/me/messages', headers: bearer(token) })).json<MessagePage>()

test('全部已读 reads all of my messages and none of another resident’s', async () => {
  const me = await t.loginResident()
  const other = await t.loginResident()
  const mine = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const theirs = (await submit(t, other.token, streetlightDraft({ title: '百祥路路灯不亮' }))).json<Ticket>()
  const staff = await t.createStaff({ role: 'admin', department: null })
  const s = await t.loginStaff(staff.username, staff.password)
  for (const ref of [mine.ref, theirs.ref]) expect((await staffAct(t, s.token, ref, 'accept')).statusCode).toBe(200)
  expect((await inbox(me.token)).unread).toBeGreaterThanOrEqual(2)
  const before = (await inbox(other.token)).unread
  expect(before).toBeGreaterThanOrEqual(2)

  const read = await t.app.inject({ method: 'POST', url: '/api/me/messages/read-all', headers: bearer(me.token) })
  expect(read.statusCode).toBe(200)
  expect(read.json()).toEqual({ updated: expect.any(Number) })
  expect(read.json().updated).toBeGreaterThanOrEqual(2)
  const after = await inbox(me.token)
  expect(after.unread).toBe(0)
  expect(after.items.every((m) => m.readAt !== null)).toBe(true)
  expect((await inbox(other.token)).unread).toBe(before)

  const again = await t.app.inject({ method: 'POST', url: '/api/me/messages/read-all', headers: bearer(me.token) })
  expect(again.json()).toEqual({ updated: 0 })
  const anonymous = await t.app.inject({ method: 'POST', url: '/api/me/messages/read-all' })
  expect(anonymous.statusCode).toBe(401)
})
