import crypto from 'node:crypto'
import type { Ticket } from '../../types/hotline'
import { streetlightDraft, submit } from './helpers/hotline'
import { testOnPostgres } from './helpers/postgres-only'
import { buildTestApp, type TestApp } from './helpers/test-app'

// The at-once tests run on a real PostgreSQL server only (DATABASE_URL): PGlite serialises statements, so a race there
// proves nothing and they report themselves skipped.
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

testOnPostgres(
  'the same Idempotency-Key sent 20 times at once gives exactly one ticket, and every caller gets it',
  async () => {
    const me = await t.loginResident()
    const key = crypto.randomUUID()
    const draft = streetlightDraft()
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(t, me.token, draft, key)))
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201))
    const refs = new Set(answers.map((a) => a.json<Ticket>().ref))
    expect(refs.size).toBe(1)
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(19)
    const rows = await t.app.db.selectFrom('tickets').select('ref').where('user_id', '=', me.user.id).execute()
    expect(rows).toEqual([{ ref: [...refs][0] }])
    const keys = await t.app.db.selectFrom('idempotency_keys').select('id').where('user_id', '=', me.user.id).execute()
    expect(keys).toHaveLength(1)
  },
)

test('a lost answer retried later returns the same ticket; a different body with the same key is refused', async () => {
  const me = await t.loginResident()
  const key = crypto.randomUUID()
  const first = await submit(t, me.token, streetlightDraft(), key)
  const retry = await submit(t, me.token, streetlightDraft(), key)
  expect(retry.statusCode).toBe(201)
  expect(retry.json()).toEqual(first.json())
  const changed = await submit(t, me.token, streetlightDraft({ title: '百祥路西段路灯也不亮了' }), key)
  expect(changed.statusCode).toBe(409)
  expect(changed.json().code).toBe('IDEMPOTENCY_MISMATCH')
  expect(changed.json().message).toContain('Idempotency-Key')
  // Same key, different resident: a separate ticket (keys are per user).
  const other = await t.loginResident()
  const theirs = await submit(t, other.token, streetlightDraft(), key)
  expect(theirs.statusCode).toBe(201)
  expect(theirs.json().ref).not.toBe(first.json().ref)
})

testOnPostgres('different keys at once give different tickets with distinct refs', async () => {
  const me = await t.loginResident()
  const answers = await Promise.all(Array.from({ length: 10 }, () => submit(t, me.token, streetlightDraft())))
  expect(answers.every((a) => a.statusCode === 201)).toBe(true)
  expect(new Set(answers.map((a) => a.json().ref)).size).toBe(10)
})
