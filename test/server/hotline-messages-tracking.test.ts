/**
 * 消息 on a ticket the resident does not own (they pressed 我也遇到了, or their own ticket was merged into it) carry
 * the ticket's tracking token, so the app opens the public tracking view instead of the owner-only page (which
 * answers 404 for them). Messages on the resident's own tickets carry none.
 */
import type { Message, Ticket } from '../../types/hotline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const inbox = async (token: string) =>
  (await t.app.inject({ url: '/api/me/messages', headers: bearer(token) })).json<{ items: Message[] }>().items

test('a follower and a resident whose ticket was merged get the tracking token; the owner does not', async () => {
  const owner = await t.loginResident()
  const target = (await submit(t, owner.token, streetlightDraft())).json<Ticket>()
  const follower = await t.loginResident()
  const followed = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${target.ref}/follow`,
    headers: bearer(follower.token),
  })
  expect(followed.statusCode).toBe(200)
  const merged = await t.loginResident()
  const duplicate = (await submit(t, merged.token, streetlightDraft({ title: '百祥路路灯不亮' }))).json<Ticket>()

  const staff = await t.createStaff({ role: 'admin', department: null })
  const s = await t.loginStaff(staff.username, staff.password)
  expect((await staffAct(t, s.token, duplicate.ref, 'merge', { intoRef: target.ref })).statusCode).toBe(200)
  expect((await staffAct(t, s.token, target.ref, 'accept')).statusCode).toBe(200)

  const ownerNotice = (await inbox(owner.token)).find((m) => m.title.includes('已受理'))
  expect(ownerNotice).toMatchObject({ ticketRef: target.ref })
  expect(ownerNotice).not.toHaveProperty('trackingToken')

  const followerNotice = (await inbox(follower.token)).find((m) => m.title.includes('已受理'))
  expect(followerNotice).toMatchObject({ ticketRef: target.ref, trackingToken: target.trackingToken })

  const mergedInbox = await inbox(merged.token)
  // Their own ticket's 已合并 notice opens their own page; the target's notices open its tracking view.
  expect(mergedInbox.find((m) => m.ticketRef === duplicate.ref && m.title.includes('合并'))).not.toHaveProperty(
    'trackingToken',
  )
  expect(mergedInbox.find((m) => m.ticketRef === target.ref)).toMatchObject({ trackingToken: target.trackingToken })

  // The token opens the public view, and the owner-only page stays 404 for them.
  const track = await t.app.inject(`/api/hotline/track/${target.ref}?t=${followerNotice!.trackingToken}`)
  expect(track.statusCode).toBe(200)
  const ownerOnly = await t.app.inject({ url: `/api/hotline/tickets/${target.ref}`, headers: bearer(follower.token) })
  expect(ownerOnly.statusCode).toBe(404)
})
