import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } })

test('a clerk logs in with a bcrypt-checked password, sees their department, and logs out', async () => {
  const clerk = await t.createStaff({ username: 'wangfang', password: 'Yz-2026-secure', name: '王芳' })
  const row = await t.app.db
    .selectFrom('staff_accounts')
    .select('password_hash')
    .where('username', '=', 'wangfang')
    .executeTakeFirstOrThrow()
  expect(row.password_hash).toMatch(/^\$2[aby]\$1\d\$/)
  expect(row.password_hash).not.toContain('Yz-2026-secure')

  const res = await login(clerk.username, clerk.password)
  expect(res.statusCode).toBe(200)
  const session = res.json()
  expect(session.staff).toMatchObject({
    username: 'wangfang',
    displayName: '王芳',
    role: 'clerk',
    department: { code: '3210-RSJ', name: '扬州市人力资源和社会保障局' },
  })
  const me = await t.app.inject({ url: '/api/staff/me', headers: bearer(session.token) })
  expect(me.json()).toEqual(session.staff)
  const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'staff.login').execute()
  expect(audit).toHaveLength(1)
  expect(audit[0]).toMatchObject({ actor_type: 'staff', actor_id: clerk.id, target: 'wangfang' })

  expect(
    (await t.app.inject({ method: 'POST', url: '/api/staff/logout', headers: bearer(session.token) })).statusCode,
  ).toBe(204)
  expect((await t.app.inject({ url: '/api/staff/me', headers: bearer(session.token) })).statusCode).toBe(401)
})

test('a wrong password or unknown user is the same 401, and is audited', async () => {
  const admin = await t.createStaff({ role: 'admin', username: 'zhangwei' })
  const wrong = await login(admin.username, 'not-the-password')
  const unknown = await login('nobody', 'whatever-123')
  expect(wrong.statusCode).toBe(401)
  expect(unknown.statusCode).toBe(401)
  expect(wrong.json()).toEqual(unknown.json())
  expect(wrong.json().code).toBe('UNAUTHORIZED')
  const failed = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'staff.login_failed').execute()
  expect(failed.map((f) => f.detail.reason).sort()).toEqual(['unknown_user', 'wrong_password'])
})

test('a disabled account cannot log in, and its open session stops working at once', async () => {
  const clerk = await t.createStaff({ username: 'lisi' })
  const session = await t.loginStaff(clerk.username, clerk.password)
  await t.app.db.updateTable('staff_accounts').set({ disabled_at: new Date() }).where('username', '=', 'lisi').execute()
  expect((await login(clerk.username, clerk.password)).statusCode).toBe(401)
  expect((await t.app.inject({ url: '/api/staff/me', headers: bearer(session.token) })).statusCode).toBe(401)
})

test('an admin has no department', async () => {
  const admin = await t.createStaff({ role: 'admin', username: 'admin-zhao', department: null })
  const s = await t.loginStaff(admin.username, admin.password)
  expect(s.staff).toMatchObject({ role: 'admin', department: null })
})
