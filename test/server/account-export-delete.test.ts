import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('a resident exports all own data unmasked, deletes the account, and the phone can register afresh', async () => {
  const phone = '15952701234'
  const first = await t.loginResident(phone)
  await t.app.db
    .updateTable('sms_codes')
    .set({ created_at: new Date(Date.now() - 120_000) })
    .execute()
  const second = await t.loginResident(phone)

  const exported = await t.app.inject({ url: '/api/me/export', headers: bearer(second.token) })
  expect(exported.statusCode).toBe(200)
  expect(exported.headers['cache-control']).toBe('no-store')
  const data = exported.json()
  expect(data.user).toMatchObject({ id: first.user.id, phone, wechatOpenid: null })
  expect(data.sessions).toHaveLength(2)
  expect(data.sessions[0]).toMatchObject({ createdAt: expect.any(String), expiresAt: expect.any(String) })
  expect(new Date(data.exportedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)

  const del = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(second.token) })
  expect(del.statusCode).toBe(204)
  // Every session is revoked, not only the one used to delete.
  for (const token of [first.token, second.token]) {
    expect((await t.app.inject({ url: '/api/me', headers: bearer(token) })).statusCode).toBe(401)
  }
  // Revoked in the database too, not only refused because the account is gone.
  const live = await t.app.db
    .selectFrom('sessions')
    .select('id')
    .where('subject_type', '=', 'user')
    .where('subject_id', '=', first.user.id)
    .where('revoked_at', 'is', null)
    .execute()
  expect(live).toHaveLength(0)
  const row = await t.app.db.selectFrom('users').selectAll().where('id', '=', first.user.id).executeTakeFirstOrThrow()
  expect(row).toMatchObject({ phone: null, wechat_openid: null, nickname: null })
  expect(row.deleted_at).toBeInstanceOf(Date)
  const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.erase').execute()
  expect(audit).toHaveLength(1)
  expect(JSON.stringify(audit)).not.toContain(phone)

  const fresh = await t.loginResident(phone)
  expect(fresh.user.id).not.toBe(first.user.id)
  expect(fresh.user.phoneMasked).toBe('159****1234')
})
