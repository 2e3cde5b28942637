import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase } from '../../../server/db/database'
import { runMigrations } from '../../../server/db/migrate'
import { seedReferenceData } from '../../../server/db/seed/seed'

/** Env var through which the jest globalSetup hands the template to the test workers. */
export const TEMPLATE_ENV = 'YZ_TEST_TEMPLATE'

/** A built template: a PGlite data directory, or the name of a PostgreSQL template database. */
export type Template = { kind: 'pglite'; dir: string } | { kind: 'postgres'; adminUrl: string; database: string }

/** A connection string for another database on the same server as `url`. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(adminUrl: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    for (const s of statements) await client.query(s)
  } finally {
    await client.end()
  }
}

/**
 * Builds the database every test file starts from: migrations + reference seed, done once per run.
 * PGlite: a closed data directory to copy. PostgreSQL (DATABASE_URL set): a database used as CREATE DATABASE TEMPLATE.
 */
export async function buildTemplate(databaseUrl = process.env.DATABASE_URL): Promise<Template> {
  if (databaseUrl) {
    const database = `yz_tpl_${process.pid}_${Date.now().toString(36)}`
    await adminQuery(databaseUrl, `CREATE DATABASE ${database}`)
    const opened = await openDatabase({ databaseUrl: databaseUrlFor(databaseUrl, database) })
    try {
      await runMigrations(opened.pool)
      await seedReferenceData(opened.db, { sampleTickets: true })
    } finally {
      await opened.close()
    }
    return { kind: 'postgres', adminUrl: databaseUrl, database }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-test-template-'))
  const opened = await openDatabase({ dataDir: dir, dataDirLabel: dir })
  try {
    await runMigrations(opened.pool)
    await seedReferenceData(opened.db, { sampleTickets: true })
  } finally {
    await opened.close()
  }
  return { kind: 'pglite', dir }
}

/** Removes a template built by {@link buildTemplate}. */
export async function dropTemplate(template: Template): Promise<void> {
  if (template.kind === 'pglite') fs.rmSync(template.dir, { recursive: true, force: true })
  else await adminQuery(template.adminUrl, `DROP DATABASE IF EXISTS ${template.database} WITH (FORCE)`)
}
