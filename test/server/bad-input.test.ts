import crypto from 'node:crypto'
import net from 'node:net'
import type { Ticket } from '../../types/hotline'
import { streetlightDraft, submit } from './helpers/hotline'
import { testOnPostgres } from './helpers/postgres-only'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

// Issue #9: every input an outside probe sent that answered 500 (and logged a stack trace) must be a 400 naming the
// field. One row per probe; `who` picks the caller, `field` is the field the answer must name.
type Who = 'anonymous' | 'resident' | 'clerk' | 'admin'
interface Case {
  name: string
  method?: 'GET' | 'POST' | 'PUT'
  url: string | ((ref: string) => string)
  who: Who
  /** A JSON body, sent as the raw text given (so numbers beyond JavaScript's range reach the server as typed). */
  body?: string | ((ref: string) => string)
  field: string
}

const CASES: Case[] = [
  { name: 'page=Infinity on my tickets', url: '/api/hotline/tickets?page=Infinity', who: 'resident', field: 'page' },
  { name: 'page=1e300 on my tickets', url: '/api/hotline/tickets?page=1e300', who: 'resident', field: 'page' },
  { name: 'page=Infinity on my messages', url: '/api/me/messages?page=Infinity', who: 'resident', field: 'page' },
  { name: 'page=1e300 on my messages', url: '/api/me/messages?page=1e300', who: 'resident', field: 'page' },
  { name: 'page=Infinity on the staff queue', url: '/api/staff/tickets?page=Infinity', who: 'clerk', field: 'page' },
  { name: 'page=1e300 on the staff queue', url: '/api/staff/tickets?page=1e300', who: 'clerk', field: 'page' },
  { name: 'page=Infinity on the audit log', url: '/api/staff/audit?page=Infinity', who: 'admin', field: 'page' },
  { name: 'page=1e300 on the audit log', url: '/api/staff/audit?page=1e300', who: 'admin', field: 'page' },
  { name: 'a NUL query value on 高频事项', url: '/api/items/hot?limit=%00', who: 'anonymous', field: 'limit' },
  { name: 'a NUL item code', url: '/api/items/%00', who: 'anonymous', field: 'implCode' },
  { name: 'a NUL favourite', method: 'PUT', url: '/api/me/favourites/%00', who: 'resident', field: 'implCode' },
  { name: 'Open311 requests/%00.json', url: '/open311/v2/requests/%00.json', who: 'anonymous', field: 'id' },
  { name: 'Open311 tokens/%00.json', url: '/open311/v2/tokens/%00.json', who: 'anonymous', field: 'token' },
  { name: 'Open311 services/%00.json', url: '/open311/v2/services/%00.json', who: 'anonymous', field: 'code' },
  {
    name: 'Open311 ?service_code=%00',
    url: '/open311/v2/requests.json?service_code=%00',
    who: 'anonymous',
    field: 'service_code',
  },
  {
    name: 'a NUL serviceCode on the staff queue',
    url: '/api/staff/tickets?serviceCode=%00',
    who: 'clerk',
    field: 'serviceCode',
  },
  {
    name: 'a ticket description with \\u0000',
    method: 'POST',
    url: '/api/hotline/tickets',
    who: 'resident',
    body: JSON.stringify(streetlightDraft({ description: '路灯不亮已经一周了，晚上很黑\u0000，请尽快修理。' })),
    field: 'description',
  },
  {
    name: 'a ticket title with \\u0001',
    method: 'POST',
    url: '/api/hotline/tickets',
    who: 'resident',
    body: JSON.stringify(streetlightDraft({ title: '路灯\u0001不亮' })),
    field: 'title',
  },
  {
    name: 'Open311 start_date at the edge of JavaScript dates',
    url: '/open311/v2/requests.json?start_date=-271821-04-20T00:00:00Z',
    who: 'anonymous',
    field: 'start_date',
  },
  {
    name: 'Open311 end_date in year 275760',
    url: '/open311/v2/requests.json?end_date=%2B275760-09-13T00:00:00Z',
    who: 'anonymous',
    field: 'end_date',
  },
  {
    name: 'assign to department 9223372036854775808',
    method: 'POST',
    url: (ref) => `/api/staff/tickets/${ref}/assign`,
    who: 'admin',
    body: '{"departmentId":9223372036854775808}',
    field: 'departmentId',
  },
  {
    name: 'assign to department 2147483648 (beyond integer)',
    method: 'POST',
    url: (ref) => `/api/staff/tickets/${ref}/assign`,
    who: 'admin',
    body: '{"departmentId":2147483648}',
    field: 'departmentId',
  },
  {
    name: 'a location of 1e400 (Infinity once parsed)',
    method: 'POST',
    url: '/api/hotline/tickets',
    who: 'resident',
    body: JSON.stringify(streetlightDraft({ location: { lat: 32.39, lng: 119.41 } })).replace('119.41', '1e400'),
    field: 'location.lng',
  },
]

let t: TestApp
let tokens: Record<Who, string | null>
let ticket: Ticket
beforeAll(async () => {
  t = await buildTestApp()
  const resident = await t.loginResident()
  const clerk = await t.createStaff({ role: 'clerk' })
  const admin = await t.createStaff({ role: 'admin', department: null })
  tokens = {
    anonymous: null,
    resident: resident.token,
    clerk: (await t.loginStaff(clerk.username, clerk.password)).token,
    admin: (await t.loginStaff(admin.username, admin.password)).token,
  }
  ticket = (await submit(t, resident.token, streetlightDraft())).json()
})
afterAll(() => t.close())

test.each(CASES)('$name → 400 naming $field, never 500', async (c) => {
  const token = tokens[c.who]
  const body = typeof c.body === 'function' ? c.body(ticket.ref) : c.body
  const res = await t.app.inject({
    method: c.method ?? 'GET',
    url: typeof c.url === 'function' ? c.url(ticket.ref) : c.url,
    headers: {
      ...(token ? bearer(token) : {}),
      ...(body ? { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() } : {}),
    },
    ...(body ? { payload: body } : {}),
  })
  expect({ status: res.statusCode, body: res.json() }).toEqual({
    status: 400,
    body: c.url.toString().includes('/open311/')
      ? // Open311 answers in the spec's shape; the description names the field
        [{ code: 400, description: expect.stringContaining(c.field) }]
      : expect.objectContaining({
          code: 'VALIDATION_FAILED',
          message: expect.stringMatching(/[\u4e00-\u9fff]/),
          fields: expect.objectContaining({ [c.field]: expect.any(String) }),
        }),
  })
})

test('newlines and tabs in a description are kept (multi-line text is not a control-character attack)', async () => {
  const res = await submit(
    t,
    tokens.resident as string,
    streetlightDraft({ description: '第一行：路灯不亮已经一周了。\n第二行：\t晚上骑车很黑，请尽快修理。' }),
  )
  expect(res.statusCode).toBe(201)
})

test('the search box strips control characters, as it documents, instead of refusing them', async () => {
  const res = await t.app.inject('/api/items?q=%E7%A4%BE%E4%BF%9D%00')
  expect(res.statusCode).toBe(200)
  expect(res.json().total).toBeGreaterThan(0)
})

/** A TCP relay in front of PostgreSQL that can be cut, as if the database server went down. */
async function cuttableRelay(host: string, port: number): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host)
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => {})
      s.on('close', () => sockets.delete(s))
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve))
      for (const s of sockets) s.destroy()
      await closed
    },
  }
}

testOnPostgres('while the database is down every route answers 503 with Retry-After, never 500', async () => {
  let relay: Awaited<ReturnType<typeof cuttableRelay>> | null = null
  const down = await buildTestApp({
    databaseUrl: async (url) => {
      const target = new URL(url)
      relay = await cuttableRelay(target.hostname, Number(target.port || 5432))
      target.hostname = '127.0.0.1'
      target.port = String(relay.port)
      return target.toString()
    },
  })
  try {
    const resident = await down.loginResident()
    await (relay as unknown as { cut(): Promise<void> }).cut()
    const probes: { url: string; token?: string; open311?: boolean }[] = [
      { url: '/api/health' },
      { url: '/api/items?q=社保' },
      { url: '/api/hotline/categories' },
      { url: '/api/hotline/tickets', token: resident.token },
      { url: '/api/me', token: resident.token },
      { url: '/open311/v2/requests.json', open311: true },
      { url: '/open311/v2/services.xml', open311: true },
    ]
    for (const p of probes) {
      const res = await down.app.inject({ url: p.url, headers: p.token ? bearer(p.token) : {} })
      expect({ url: p.url, status: res.statusCode, retryAfter: res.headers['retry-after'] }).toEqual({
        url: p.url,
        status: 503,
        retryAfter: expect.stringMatching(/^\d+$/),
      })
      if (p.url.endsWith('.json')) expect(res.json()).toEqual([{ code: 503, description: expect.any(String) }])
      else if (!p.open311) expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' })
    }
  } finally {
    await down.close()
  }
})
