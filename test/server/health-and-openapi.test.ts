import { buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('health answers ok with the database kind and version', async () => {
  const res = await t.app.inject('/api/health')
  expect(res.statusCode).toBe(200)
  const body = res.json()
  expect(body).toMatchObject({ status: 'ok', version: expect.any(String) })
  expect(body.db).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite')
  expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0)
  expect(res.headers['x-request-id']).toBeTruthy()
})

test('the OpenAPI document is OpenAPI 3 and lists every /api route with Chinese summaries', async () => {
  const res = await t.app.inject('/api/openapi.json')
  expect(res.statusCode).toBe(200)
  const doc = res.json()
  expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/)
  expect(doc.info.title).toBe('扬州政务服务 API')
  const routes: string[] = []
  for (const [p, ops] of Object.entries<Record<string, { summary?: string; responses?: object }>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      routes.push(`${method.toUpperCase()} ${p}`)
      expect(op.summary).toMatch(/\p{Script=Han}/u)
      expect(op.responses).toBeDefined()
    }
  }
  const expected = [
    'GET /api/health',
    'GET /api/auth/providers',
    'POST /api/auth/wechat',
    'POST /api/auth/sms/send',
    'POST /api/auth/sms/login',
    'POST /api/auth/logout',
    'GET /api/me',
    'POST /api/me/consent',
    'GET /api/me/export',
    'DELETE /api/me',
    'GET /api/privacy',
    'POST /api/staff/login',
    'GET /api/staff/me',
    'POST /api/staff/logout',
    'GET /api/divisions',
    'GET /api/departments',
  ]
  for (const route of expected) expect(routes).toContain(route)
  // Every /api route Fastify knows (apart from the docs themselves) is in the document.
  const registered = t.routes
    .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json')
    .flatMap((r) => (Array.isArray(r.method) ? r.method : [r.method]).map((m) => `${m} ${r.url}`))
    .filter((r) => !r.startsWith('HEAD '))
  expect(registered.length).toBeGreaterThanOrEqual(expected.length)
  for (const route of registered) expect(routes).toContain(route.replace(/:(\w+)/g, '{$1}'))
  expect(
    doc.paths['/api/auth/sms/send'].post.requestBody.content['application/json'].schema.properties.phone,
  ).toBeDefined()
  expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' })
})

test('Swagger UI is served at /api/docs', async () => {
  const res = await t.app.inject('/api/docs/')
  expect([200, 302]).toContain(res.statusCode)
  const page = res.statusCode === 302 ? await t.app.inject(res.headers.location as string) : res
  expect(page.body).toContain('swagger')
})

test('privacy notice and auth providers describe the dev set-up', async () => {
  const privacy = await t.app.inject('/api/privacy')
  expect(privacy.json()).toMatchObject({ version: expect.any(String), title: expect.stringContaining('个人信息') })
  const providers = await t.app.inject('/api/auth/providers')
  expect(providers.json()).toEqual({ wechat: true, sms: 'dev' })
})
