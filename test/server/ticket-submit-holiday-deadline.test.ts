/**
 * A resident files a 12345 ticket the day before 国庆 2026 on a server started with the 2026 holiday list
 * (WORKING_CALENDAR_FILE): the deadline skips the holiday week, counts the 调休 Saturday, and the ticket says how many
 * working days that is, so the confirmation page needs no counting of its own. Open311 gets the same deadline.
 */
import path from 'node:path'
import type { Ticket } from '../../types/hotline'
import { streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

const CALENDAR = path.resolve(__dirname, '../../server/db/seed/data/working-calendar-2026.json')
const KEY = 'open311-holiday-key-0123456789'
/** Wednesday 30 September 2026, 10:00 in 扬州. */
const FILED = new Date('2026-09-30T10:00:00+08:00')

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({ env: { WORKING_CALENDAR_FILE: CALENDAR, OPEN311_API_KEYS: KEY } })
})
afterAll(() => t.close())
afterEach(() => jest.useRealTimers())

/** Only the app's clock moves to the filing day; timers stay real so the database and Fastify run as usual. */
function fileOn(date: Date) {
  jest.useFakeTimers({
    now: date,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  })
}

test('a 路灯不亮 complaint filed before 国庆 is due on the 调休 Saturday, 3 working days later', async () => {
  const me = await t.loginResident()
  fileOn(FILED)
  const res = await submit(t, me.token, streetlightDraft())
  jest.useRealTimers()
  expect(res.statusCode).toBe(201)
  const ticket = res.json<Ticket>()
  expect(ticket.createdAt).toBe('2026-09-30T02:00:00.000Z')
  // URBAN_STREETLIGHT: 3 working days. Weekends only would say Monday 5 October (inside the holiday) and
  // accept by Thursday 1 October; with the calendar: Thu 8, Fri 9, Sat 10 October (调休).
  expect(ticket.acceptDeadline).toBe('2026-10-08T15:59:59.999Z')
  expect(ticket.dueAt).toBe('2026-10-10T15:59:59.999Z')
  expect(ticket.dueWorkingDays).toBe(3)

  // The ticket page and the staff view say the same.
  const mine = await t.app.inject({ url: `/api/hotline/tickets/${ticket.ref}`, headers: bearer(me.token) })
  expect(mine.json<Ticket>()).toMatchObject({ dueAt: ticket.dueAt, dueWorkingDays: 3 })
  const admin = await t.createStaff({ role: 'admin' })
  const staff = await t.loginStaff(admin.username, admin.password)
  const staffView = await t.app.inject({ url: `/api/staff/tickets/${ticket.ref}`, headers: bearer(staff.token) })
  expect(staffView.json()).toMatchObject({ dueAt: ticket.dueAt, dueWorkingDays: 3 })

  // The OpenAPI document shows the field on the ticket.
  const doc = await t.app.inject('/api/docs/json')
  expect(doc.body).toContain('dueWorkingDays')
})

test('an Open311 request filed the same morning gets the same deadline', async () => {
  fileOn(FILED)
  const res = await t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    payload: {
      api_key: KEY,
      service_code: 'URBAN_STREETLIGHT',
      address_string: '邗江区蒋王街道百祥路东段',
      description: '百祥路东段路灯连续一周晚上不亮，骑车很不安全。',
      'attribute[FAULT]': 'OFF',
    },
  })
  jest.useRealTimers()
  expect(res.statusCode).toBe(201)
  const [{ service_request_id: id }] = res.json()
  const got = await t.app.inject(`/open311/v2/requests/${id}.json`)
  expect(got.json()[0].expected_datetime).toBe('2026-10-10T15:59:59.999Z')
})
