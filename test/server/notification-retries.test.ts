import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import type { Ticket } from '../../types/hotline'
import { type FakeSmsGateway, startFakeSmsGateway } from './helpers/fake-sms-gateway'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { buildTestApp, randomPhone, type TestApp } from './helpers/test-app'

// Notifications (issue #7 item 1): a delivery whose provider fails is retried with backoff by the job runner until
// it goes through — and a retry scheduled before a restart still happens after it. The SMS gateway is a local fake
// that fails the next N requests.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let t: TestApp
let sms: FakeSmsGateway
let staffToken: string
let extraApp: FastifyInstance | null = null

beforeAll(async () => {
  sms = await startFakeSmsGateway()
  t = await buildTestApp({
    env: {
      SMS_PROVIDER: 'http',
      SMS_API_BASE: sms.baseUrl,
      SMS_API_KEY: sms.apiKey,
      NOTIFY_RETRY_SECONDS: '1',
      JOB_POLL_MS: '500',
    },
  })
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
})
afterAll(async () => {
  await extraApp?.close()
  await t.close()
  await sms.close()
})

/** An H5 resident (SMS login) with a ticket filed; returns the phone and the ticket. */
async function residentWithTicket(app: TestApp) {
  const phone = randomPhone()
  await app.app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
  const login = await app.app.inject({
    method: 'POST',
    url: '/api/auth/sms/login',
    payload: { phone, code: sms.lastCodeFor(phone) },
  })
  const token = login.json().token as string
  const ticket = (await submit(app, token, streetlightDraft({ contactPhone: phone }))).json<Ticket>()
  return { phone, ticket }
}

const statusNotices = (phone: string) => sms.messages.filter((m) => m.template === 'ticket_status' && m.phone === phone)

async function deliveryTo(app: FastifyInstance, phone: string) {
  return app.db
    .selectFrom('notification_deliveries as n')
    .innerJoin('messages as m', 'm.id', 'n.message_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['n.status', 'n.attempts', 'n.last_error', 'n.next_attempt_at'])
    .where('u.phone', '=', phone)
    .where('n.channel', '=', 'sms')
    .executeTakeFirstOrThrow()
}

async function untilSent(app: FastifyInstance, phone: string, ms = 30_000) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline && (await deliveryTo(app, phone)).status !== 'sent') await sleep(200)
  return deliveryTo(app, phone)
}

test('an SMS the gateway refuses twice is retried with backoff and delivered once', async () => {
  const { phone, ticket } = await residentWithTicket(t)
  sms.failNext(2)
  const started = Date.now()
  expect((await staffAct(t, staffToken, ticket.ref, 'accept')).statusCode).toBe(200)
  await t.app.notifier.drain()
  const failedOnce = await deliveryTo(t.app, phone)
  expect(failedOnce).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringContaining('500') })
  expect(failedOnce.next_attempt_at).toBeInstanceOf(Date)

  const sent = await untilSent(t.app, phone)
  expect(sent).toMatchObject({ status: 'sent', attempts: 3, last_error: null, next_attempt_at: null })
  // 1 s, then 4 s (NOTIFY_RETRY_SECONDS=1, ×4 each time)
  expect(Date.now() - started).toBeGreaterThanOrEqual(5000)
  expect(statusNotices(phone)).toEqual([expect.objectContaining({ params: { ref: ticket.ref, status: '已受理' } })])
})

test('a retry scheduled before a restart is made after it', async () => {
  const { phone, ticket } = await residentWithTicket(t)
  sms.failNext(2)
  expect((await staffAct(t, staffToken, ticket.ref, 'accept')).statusCode).toBe(200)
  await t.app.notifier.drain()
  expect(await deliveryTo(t.app, phone)).toMatchObject({ status: 'failed', attempts: 1 })
  // The process goes away with the retry waiting in the database…
  await t.app.close()
  await sleep(1500)
  expect(statusNotices(phone)).toEqual([])
  // …and the next one (same database, same config) makes it: fails once more, then delivers.
  extraApp = await buildApp(t.config)
  const sent = await untilSent(extraApp, phone)
  expect(sent).toMatchObject({ status: 'sent', attempts: 3, last_error: null })
  expect(statusNotices(phone)).toHaveLength(1)
})
