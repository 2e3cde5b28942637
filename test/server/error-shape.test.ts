import { buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp({
    extend: async (app) => {
      // Probe routes: an unexpected failure with a revealing message, and a known error.
      app.get('/api/__probe/crash', async () => {
        throw new Error('secret internal detail: password=hunter2 at /srv/app.ts:12')
      })
    },
  })
})
afterAll(() => t.close())

test('an unknown /api route is a 404 JSON with a Chinese message', async () => {
  const res = await t.app.inject('/api/no-such-thing?x=1')
  expect(res.statusCode).toBe(404)
  expect(res.headers['content-type']).toContain('application/json')
  expect(res.json()).toEqual({ code: 'NOT_FOUND', message: '接口不存在：GET /api/no-such-thing' })
  const post = await t.app.inject({ method: 'POST', url: '/api/me/nothing', payload: {} })
  expect(post.json().code).toBe('NOT_FOUND')
})

test('malformed JSON is a 400 VALIDATION_FAILED without internals', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sms/send',
    headers: { 'content-type': 'application/json' },
    payload: '{"phone": "138',
  })
  expect(res.statusCode).toBe(400)
  expect(res.json()).toEqual({ code: 'VALIDATION_FAILED', message: '请求内容不是有效的 JSON' })
})

test('prototype poisoning in JSON is refused', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sms/send',
    headers: { 'content-type': 'application/json' },
    payload: '{"phone":"13800001234","__proto__":{"admin":true}}',
  })
  expect(res.statusCode).toBe(400)
  expect(Object.keys(res.json()).sort()).toEqual(['code', 'message'])
})

test('an unexpected error is a generic 500 with the request id and never a stack trace', async () => {
  const res = await t.app.inject({ url: '/api/__probe/crash', headers: { 'x-request-id': 'req-abc-123' } })
  expect(res.statusCode).toBe(500)
  expect(res.headers['x-request-id']).toBe('req-abc-123')
  expect(res.json()).toEqual({ code: 'INTERNAL', message: '服务器出了点问题，请稍后再试（请求编号 req-abc-123）' })
  expect(res.body).not.toMatch(/hunter2|secret|stack|\.ts:/)
})

test('request ids: a sane incoming x-request-id is echoed, anything else is replaced', async () => {
  const echoed = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': 'lb-7f3a' } })
  expect(echoed.headers['x-request-id']).toBe('lb-7f3a')
  const replaced = await t.app.inject({ url: '/api/health', headers: { 'x-request-id': '<script>' } })
  expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
})

test('security headers: CSP runs no inline script and nothing cross-origin', async () => {
  const res = await t.app.inject('/api/health')
  const csp = String(res.headers['content-security-policy'])
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))
  expect(scriptSrc).toBeDefined()
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(res.headers['x-content-type-options']).toBe('nosniff')
})
