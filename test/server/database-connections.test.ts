import pg from 'pg'
import { testOnPostgres } from './helpers/postgres-only'
import { adminQuery } from './helpers/template'
import { buildTestApp, type TestApp } from './helpers/test-app'

// The pool's idle connections ended by the server (restart, failover, pg_terminate_backend) must not take the app
// down: pg.Pool throws such an error out of the process unless someone listens. PostgreSQL only (PGlite has no
// server to end them).
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

/** The backends serving the app's database, other than the one asking. */
async function appBackends(): Promise<number[]> {
  const client = new pg.Client({ connectionString: t.database.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    )
    return rows.map((r) => r.pid)
  } finally {
    await client.end()
  }
}

testOnPostgres('idle connections ended by the server are dropped quietly and the next requests reconnect', async () => {
  // Fill the pool with several connections, then leave them idle.
  const warm = await Promise.all(Array.from({ length: 8 }, () => t.app.inject('/api/items?q=社保')))
  expect(warm.map((r) => r.statusCode)).toEqual(Array(8).fill(200))
  const idle = await appBackends()
  expect(idle.length).toBeGreaterThanOrEqual(2)

  await adminQuery(
    process.env.DATABASE_URL as string,
    `select pg_terminate_backend(pid) from pg_stat_activity where pid in (${idle.join(',')})`,
  )
  // Give the pool time to read the FATAL 57P01 each backend sent before it went.
  await new Promise((resolve) => setTimeout(resolve, 300))

  const after = await Promise.all(Array.from({ length: 4 }, () => t.app.inject('/api/items?q=公积金')))
  expect(after.map((r) => r.statusCode)).toEqual(Array(4).fill(200))
  expect(after[0].json().total).toBeGreaterThan(0)
  const fresh = await appBackends()
  expect(fresh.length).toBeGreaterThanOrEqual(1)
  expect(fresh.some((pid) => idle.includes(pid))).toBe(false)
})
