import type { Ticket } from '../../types/hotline'
import { streetlightDraft, submit } from './helpers/hotline'
import { testOnPostgres } from './helpers/postgres-only'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

testOnPostgres('我也遇到了 clicked 20 times at once counts once; followers get the notices', async () => {
  const owner = await t.loginResident()
  const ticket = (await submit(t, owner.token, streetlightDraft())).json<Ticket>()
  const me = await t.loginResident()
  const clicks = await Promise.all(
    Array.from({ length: 20 }, () =>
      t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ticket.ref}/follow`, headers: bearer(me.token) }),
    ),
  )
  expect(clicks.map((c) => c.statusCode)).toEqual(Array(20).fill(200))
  expect(clicks.every((c) => c.json().followers === 1)).toBe(true)
  const rows = await t.app.db.selectFrom('ticket_followers').selectAll().where('user_id', '=', me.user.id).execute()
  expect(rows).toHaveLength(1)

  // Two more residents at once: 3, and the counter equals the rows.
  const others = await Promise.all([t.loginResident(), t.loginResident()])
  await Promise.all(
    others.map((o) =>
      t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ticket.ref}/follow`, headers: bearer(o.token) }),
    ),
  )
  const row = await t.app.db
    .selectFrom('tickets')
    .select('followers_count')
    .where('ref', '=', ticket.ref)
    .executeTakeFirstOrThrow()
  expect(row.followers_count).toBe(3)

  // The owner pressing it changes nothing; the follower sees the public view and gets a message on a change.
  const own = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${ticket.ref}/follow`,
    headers: bearer(owner.token),
  })
  expect(own.json().followers).toBe(3)
  const staff = await t.createStaff({ role: 'admin', department: null })
  const s = await t.loginStaff(staff.username, staff.password)
  expect(
    (await t.app.inject({ method: 'POST', url: `/api/staff/tickets/${ticket.ref}/accept`, headers: bearer(s.token) }))
      .statusCode,
  ).toBe(200)
  const msgs = await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })
  expect(msgs.json().items[0]).toMatchObject({ ticketRef: ticket.ref, title: expect.stringContaining('已受理') })
  const track = await t.app.inject(`/api/hotline/track/${ticket.ref}?t=${clicks[0]!.json().trackingToken}`)
  expect(track.json()).toMatchObject({ status: 'accepted', followers: 3 })
})
