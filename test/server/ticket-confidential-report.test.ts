import type { Ticket } from '../../types/hotline'
import { submit, wageDraft } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

/** Issue #9 item 3: a 举报 stays between the reporter and the handling department. */
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

const text = '广陵区某装修公司拖欠木工三个月工资，老板推说工程款没到'

test('a 举报 is never offered as a similar ticket, cannot be followed and has no public tracking view', async () => {
  const reporter = await t.loginResident('13852798765')
  const report = (await submit(t, reporter.token, wageDraft())).json<Ticket>()
  // The same story filed as a 投诉 by someone else: the control that similar results do find this text.
  const other = await t.loginResident('13852790001')
  const complaint = (
    await submit(t, other.token, wageDraft({ type: '投诉', contactPhone: '13852790001' }))
  ).json<Ticket>()

  const similar = await t.app.inject({
    method: 'POST',
    url: '/api/hotline/similar',
    payload: { serviceCode: 'LABOR_WAGE_ARREARS', districtCode: '321002', text },
  })
  expect(similar.statusCode).toBe(200)
  const refs = (similar.json().items as { ref: string }[]).map((i) => i.ref)
  expect(refs).toContain(complaint.ref)
  expect(refs).not.toContain(report.ref)
  // Only what a stranger may see: no phone, no description, no address, no tracking token.
  for (const item of similar.json().items as Record<string, unknown>[])
    expect(Object.keys(item).sort()).toEqual(
      [
        'category',
        'createdAt',
        'district',
        'followers',
        'ref',
        'score',
        'status',
        'statusLabel',
        'title',
        'town',
      ].sort(),
    )
  expect(similar.body).not.toContain('13852790001')

  const stranger = await t.loginResident('13852790002')
  const follow = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${report.ref}/follow`,
    headers: bearer(stranger.token),
  })
  expect(follow.statusCode).toBe(404)
  expect(follow.body).not.toContain(report.title)

  // The tracking token exists in the database, but opens nothing for a 举报, and the reporter is not handed one.
  const row = await t.app.db
    .selectFrom('tickets')
    .select('tracking_token')
    .where('ref', '=', report.ref)
    .executeTakeFirstOrThrow()
  const track = await t.app.inject(`/api/hotline/track/${report.ref}?t=${row.tracking_token}`)
  expect(track.statusCode).toBe(404)
  expect(report.trackingToken).toBe('')
  const mine = await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(reporter.token) })
  expect(mine.json().items).toEqual([expect.objectContaining({ ref: report.ref, trackingToken: '' })])

  // The reporter still reads their own 举报, and the 投诉 stays followable.
  const own = await t.app.inject({ url: `/api/hotline/tickets/${report.ref}`, headers: bearer(reporter.token) })
  expect(own.statusCode).toBe(200)
  const followComplaint = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${complaint.ref}/follow`,
    headers: bearer(stranger.token),
  })
  expect(followComplaint.json()).toMatchObject({ followers: 1, trackingToken: complaint.trackingToken })
})
