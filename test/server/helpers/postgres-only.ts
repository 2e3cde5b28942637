/**
 * Concurrency is proven on a real PostgreSQL server only. PGlite has one connection and runs one statement at a time,
 * so a race test that passes there proves nothing (a count-then-insert overbooked PostgreSQL and passed on PGlite).
 * Such tests run when `DATABASE_URL` is set (CI sets it) and are reported as skipped otherwise, with the reason in
 * their name, instead of passing silently.
 */
export const onPostgres = Boolean(process.env.DATABASE_URL)

const SKIPPED = '（仅 PostgreSQL：未设置 DATABASE_URL，已跳过 / skipped without DATABASE_URL）'

/** `test` on PostgreSQL; `test.skip` with the reason in its name on PGlite. */
export const testOnPostgres = (name: string, fn: jest.ProvidesCallback, timeout?: number): void =>
  onPostgres ? test(name, fn, timeout) : test.skip(`${name} ${SKIPPED}`, fn, timeout)

/** `describe` on PostgreSQL; `describe.skip` with the reason in its name on PGlite. */
export const describeOnPostgres = (name: string, fn: () => void): void =>
  onPostgres ? describe(name, fn) : describe.skip(`${name} ${SKIPPED}`, fn)
