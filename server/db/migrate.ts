import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'

/** Folder of numbered migrations `NNN_name.sql`. */
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations')

/** Arbitrary constant for pg_advisory_xact_lock: serialises migrations when N servers start at once. */
const MIGRATION_LOCK_KEY = 3210_0002

/**
 * Applies every migration not yet in `schema_migrations`, in order, inside one transaction with their records.
 * Safe to call on every start and from several processes at once. Returns the versions applied now.
 */
export async function runMigrations(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
  // Versions are the three digits: two files with one number (two branches each adding the next migration) would
  // let the second be skipped forever on a database that already ran the first.
  const clash = files.find((f, i) => i > 0 && f.slice(0, 3) === files[i - 1].slice(0, 3))
  if (clash) throw new Error(`迁移编号重复 / duplicate migration number: ${clash.slice(0, 3)} (${dir})`)
  const client = await pool.connect()
  const applied: string[] = []
  let current = ''
  try {
    // One transaction for the whole run: a failed migration leaves the schema as it was. The advisory lock makes a
    // second process starting at the same moment wait here, then find everything applied.
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    )
    const done = await client.query<{ version: string }>('SELECT version FROM schema_migrations')
    const doneVersions = new Set(done.rows.map((r) => r.version))
    for (const file of files) {
      const version = file.slice(0, 3)
      if (doneVersions.has(version)) continue
      current = file
      // No parameters: node-postgres sends the simple protocol, which allows many statements in one file.
      await client.query(fs.readFileSync(path.join(dir, file), 'utf8'))
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file])
      applied.push(version)
    }
    await client.query('COMMIT')
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw new Error(`迁移 ${current || '(准备)'} 失败 / migration ${current} failed: ${(err as Error).message}`, {
      cause: err,
    })
  } finally {
    client.release()
  }
  return applied
}
