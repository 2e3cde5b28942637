import { sql } from 'kysely'
import { auditSubjectKinds, auditSubjectOf, personalDataRegistrations } from '../../server/platform/registry'
import { buildTestApp, type TestApp } from './helpers/test-app'

/**
 * Issue #7 item 7: export/erase is a registry a feature adds itself to, not a hand-kept list. This fails when a
 * table holding a resident (a `user_id` or `owner_user_id` column) is in no feature's registration — so a new
 * table cannot be forgotten by DELETE /api/me.
 */
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

/**
 * Tables known to be unregistered, each with who owns the gap. The test also fails when one of them becomes
 * registered, so this list only shrinks.
 */
const PENDING: Record<string, string> = {
  openday_registrations: '政府开放日 (issue #11) registers its export/erase in server/services/openday/register.ts',
}

test('every table with a user_id column is in a feature’s personal-data registration', async () => {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name IN ('user_id', 'owner_user_id')
    ORDER BY table_name`.execute(t.app.db)
  expect(rows.length).toBeGreaterThan(8)
  const registered = new Set(personalDataRegistrations().flatMap((r) => r.tables.map((x) => `${x.table}.${x.column}`)))
  const missing = rows
    .map((r) => `${r.table_name}.${r.column_name}`)
    .filter((name) => !registered.has(name) && !(name.split('.')[0]! in PENDING))
  expect(missing).toEqual([])
  for (const table of Object.keys(PENDING))
    expect([table, [...registered].some((n) => n.startsWith(`${table}.`))]).toEqual([table, false])
  // and nothing registered names a table or column that does not exist
  const existing = new Set(rows.map((r) => `${r.table_name}.${r.column_name}`))
  expect([...registered].filter((n) => !existing.has(n))).toEqual([])
})

test('the hotline and the account register themselves; audit subjects are declared', () => {
  expect(personalDataRegistrations().map((r) => r.feature)).toEqual(['hotline', 'catalogue', 'account'])
  expect(auditSubjectKinds().map((s) => s.kind)).toEqual(expect.arrayContaining(['ticket', 'user']))
  expect(auditSubjectOf('YZ20261208-000123')).toBe('ticket')
  expect(auditSubjectOf('user:42')).toBe('user')
  expect(auditSubjectOf('something else')).toBeNull()
})
