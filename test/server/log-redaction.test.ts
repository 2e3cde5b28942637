/**
 * Personal data never reaches the logs: Fastify logs every request URL, and Open311 clients put api_key, phone and
 * email in the query string; 12345 tracking links carry `?t=`. The log lines are read from the app's own pino
 * stream at level info, as in production.
 */
import { maskUrl } from '../../server/lib/log-redaction'
import { buildTestApp, type TestApp } from './helpers/test-app'

const KEY = 'open311-log-key-0123456789'
const PHONE = '13952712345'
const lines: string[] = []
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({
    env: { LOG_LEVEL: 'info', OPEN311_API_KEYS: KEY },
    logStream: { write: (line) => lines.push(line) },
    extend: async (app) => {
      // What a handler logging a ticket or a login would write.
      app.get('/api/test/log-ticket', async (request) => {
        request.log.info({ ticket: { ref: 'YZ-1', contactPhone: PHONE }, phone: PHONE }, 'ticket logged')
        request.log.info({ job: { to: { phone: PHONE, contactPhone: PHONE } } }, 'nested')
        return { ok: true }
      })
    },
  })
})
afterAll(() => t.close())
beforeEach(() => {
  lines.length = 0
})

const logged = () => lines.join('')
const urls = () => lines.map((l) => JSON.parse(l)).flatMap((entry) => (entry.req?.url ? [entry.req.url] : []))

test('an Open311 POST with api_key, phone and email in the query string logs them masked', async () => {
  const query = new URLSearchParams({
    api_key: KEY,
    phone: PHONE,
    email: 'citizen@example.com',
    first_name: '三',
    last_name: '张',
    address_string: '广陵区文昌中路某号',
    service_code: 'URBAN_STREETLIGHT',
  })
  const res = await t.app.inject({
    method: 'POST',
    url: `/open311/v2/requests.json?${query}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      lat: '32.3912',
      long: '119.4321',
      description: '文昌中路人行道上有三盏路灯整夜不亮，行人很不方便。',
      'attribute[FAULT]': 'OFF',
    }).toString(),
  })
  expect(res.statusCode).toBe(201)
  expect(lines.length).toBeGreaterThan(0)
  for (const secret of [KEY, PHONE, 'citizen', encodeURIComponent('文昌中路'), encodeURIComponent('张')])
    expect(logged()).not.toContain(secret)
  expect(urls()).toContain(
    '/open311/v2/requests.json?api_key=[redacted]&phone=139****2345&email=[redacted]&first_name=[redacted]' +
      '&last_name=[redacted]&address_string=[redacted]&service_code=URBAN_STREETLIGHT',
  )
})

test('a 12345 tracking link logs its path but not the tracking code', async () => {
  await t.app.inject('/api/hotline/tickets/YZ20261127-000042?t=trk-Secret-Tracking-0001')
  expect(logged()).not.toContain('trk-Secret-Tracking-0001')
  expect(urls()).toContain('/api/hotline/tickets/YZ20261127-000042?t=[redacted]')
})

test('an Open311 token in the path is masked in every logged URL, JSON and XML, query masked too', async () => {
  const token = 'Tok3nSecretValue0123456789abcdef'
  await t.app.inject(`/open311/v2/tokens/${token}.json`)
  await t.app.inject(`/open311/v2/tokens/${token}.xml?api_key=${KEY}`)
  await t.app.inject(`/open311//v2/TOKENS/${token}.json`)
  expect(lines.length).toBeGreaterThan(0)
  expect(logged()).not.toContain(token)
  expect(logged()).not.toContain(KEY)
  expect(urls()).toEqual(
    expect.arrayContaining([
      '/open311/v2/tokens/[redacted].json',
      '/open311/v2/tokens/[redacted].xml?api_key=[redacted]',
      '/open311//v2/TOKENS/[redacted].json',
    ]),
  )
})

test('a public tracking link (/api/hotline/track/…?t=) logs the ref but not the tracking code', async () => {
  await t.app.inject('/api/hotline/track/YZ20261127-000042?t=trk-Secret-Tracking-0002')
  expect(logged()).not.toContain('trk-Secret-Tracking-0002')
  expect(urls()).toContain('/api/hotline/track/YZ20261127-000042?t=[redacted]')
})

test('logging in by SMS never logs the phone number', async () => {
  await t.loginResident(PHONE)
  expect(lines.length).toBeGreaterThan(0)
  expect(logged()).not.toContain(PHONE)
})

test('phone and contactPhone fields of logged objects are redacted, nested too', async () => {
  await t.app.inject('/api/test/log-ticket')
  expect(logged()).not.toContain(PHONE)
  const entries = lines.map((l) => JSON.parse(l))
  expect(entries.find((e) => e.msg === 'ticket logged')).toMatchObject({
    ticket: { ref: 'YZ-1', contactPhone: '[redacted]' },
    phone: '[redacted]',
  })
  expect(entries.find((e) => e.msg === 'nested')).toMatchObject({
    job: { to: { phone: '[redacted]', contactPhone: '[redacted]' } },
  })
})

test('maskUrl: query names case-insensitively, encoded names, values without =, other parameters kept', () => {
  expect(maskUrl('/a?API_KEY=x&Phone=13812345678&page=2')).toBe('/a?API_KEY=[redacted]&Phone=138****5678&page=2')
  expect(maskUrl('/a?%74=secret&flag&token=&code=123456')).toBe(
    '/a?%74=[redacted]&flag&token=[redacted]&code=[redacted]',
  )
  expect(maskUrl('/a?phone=%2B8613812345678')).toBe('/a?phone=[redacted]')
  expect(maskUrl('/api/health')).toBe('/api/health')
  expect(maskUrl('/open311/v2/tokens/abc')).toBe('/open311/v2/tokens/[redacted]')
  expect(maskUrl('/open311%2Fv2%2Ftokens%2Fabc.json?x=1')).toBe('/open311%2Fv2%2Ftokens%2F[redacted].json?x=1')
  expect(maskUrl('/open311/v2/requests/YZ20261127-000042.json')).toBe('/open311/v2/requests/YZ20261127-000042.json')
})
