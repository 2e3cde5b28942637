import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance, RouteOptions } from 'fastify'
import { buildApp, type LogStream } from '../../../server/app'
import { type Config, loadConfig } from '../../../server/config'
import { staffAccounts } from '../../../server/services/staff-accounts'
import type { Session } from '../../../types/auth'
import type { StaffRole, StaffSession } from '../../../types/staff'
import { adminQuery, buildTemplate, databaseUrlFor, TEMPLATE_ENV, type Template } from './template'

let localTemplate: Promise<Template> | null = null

/** The run's template (from globalSetup), or one built here when a file runs without it. */
async function template(): Promise<Template> {
  const raw = process.env[TEMPLATE_ENV]
  if (raw) return JSON.parse(raw) as Template
  localTemplate ??= buildTemplate()
  return localTemplate
}

/** A fresh database cloned from the template: env entries pointing the app at it, and how to remove it. */
export interface TestDatabase {
  env: Record<string, string>
  /** The PGlite data directory (null on PostgreSQL). */
  dataDir: string | null
  drop(): Promise<void>
}

/**
 * Clones the template into a new database: PGlite copies the data directory (~0.5 s); PostgreSQL runs
 * `CREATE DATABASE … TEMPLATE …`. Much faster than initdb + migrations per file.
 */
export async function cloneTestDatabase(): Promise<TestDatabase> {
  const t = await template()
  const started = Date.now()
  const report = () => {
    if (process.env.YZ_TEST_TIMINGS) console.log(`[server tests] ${t.kind} clone in ${Date.now() - started} ms`)
  }
  if (t.kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-test-db-'))
    await fs.promises.cp(t.dir, dir, { recursive: true })
    report()
    return { env: { DATA_DIR: dir }, dataDir: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }
  const name = `test_${crypto.randomBytes(6).toString('hex')}`
  await adminQuery(t.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${t.database}`)
  report()
  return {
    env: { DATABASE_URL: databaseUrlFor(t.adminUrl, name) },
    dataDir: null,
    drop: () => adminQuery(t.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  }
}

/** Options for {@link buildTestApp}. */
export interface TestAppOptions {
  /** Extra environment on top of the test defaults (NODE_ENV=test, dev SMS and WeChat, no static build). */
  env?: Record<string, string | undefined>
  /** Registers probe routes before the app is ready. */
  extend?: (app: FastifyInstance) => Promise<void>
  /** Receives the log lines (set LOG_LEVEL in `env` too: tests log nothing by default). */
  logStream?: LogStream
  /** Rewrites the cloned PostgreSQL database's URL before the app opens it (a test puts a cuttable relay between). */
  databaseUrl?: (url: string) => Promise<string>
}

/** A running test app on its own database. */
export interface TestApp {
  app: FastifyInstance
  config: Config
  database: TestDatabase
  /** Every route registered, as Fastify's onRoute hook saw it. */
  routes: RouteOptions[]
  /** Creates a staff account; the password is returned for logging in. */
  createStaff(input?: {
    username?: string
    password?: string
    role?: StaffRole
    department?: string | null
    name?: string
  }): Promise<{ username: string; password: string; id: number }>
  /** Logs a staff member in through the API. */
  loginStaff(username: string, password: string): Promise<StaffSession>
  /** Logs a resident in through the dev SMS provider (send → devCode → login). */
  loginResident(phone?: string): Promise<Session & { phone: string }>
  /** Closes the app and drops its database. */
  close(): Promise<void>
}

/** A random valid mainland mobile number. */
export function randomPhone(): string {
  return `139${crypto.randomInt(0, 1e8).toString().padStart(8, '0')}`
}

/**
 * Builds the app on a fresh clone of the template database. Call once per test file (beforeAll) and `close()` in
 * afterAll. Routes are exercised with `app.inject()`.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await cloneTestDatabase()
  const databaseEnv =
    options.databaseUrl && database.env.DATABASE_URL
      ? { ...database.env, DATABASE_URL: await options.databaseUrl(database.env.DATABASE_URL) }
      : database.env
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATIC_DIR: path.join(os.tmpdir(), 'yz-no-static-build'),
    ...databaseEnv,
    ...options.env,
  }
  let config: Config
  let app: FastifyInstance
  const routes: RouteOptions[] = []
  try {
    config = loadConfig(env)
    app = await buildApp(config, {
      onInstance: (instance) => {
        instance.addHook('onRoute', (route) => {
          routes.push(route)
        })
      },
      extend: options.extend,
      logStream: options.logStream,
    })
  } catch (err) {
    await database.drop()
    throw err
  }
  const testApp: TestApp = {
    app,
    config,
    database,
    routes,
    async createStaff(input = {}) {
      const role = input.role ?? 'clerk'
      const username = input.username ?? `staff-${crypto.randomBytes(4).toString('hex')}`
      const password = input.password ?? 'correct-horse-9'
      const row = await staffAccounts(app.db).create({
        username,
        password,
        role,
        displayName: input.name ?? '王芳',
        departmentCode: input.department === undefined ? (role === 'clerk' ? '3210-RSJ' : null) : input.department,
      })
      return { username, password, id: row.id }
    },
    async loginStaff(username, password) {
      const res = await app.inject({ method: 'POST', url: '/api/staff/login', payload: { username, password } })
      if (res.statusCode !== 200) throw new Error(`staff login failed: ${res.statusCode} ${res.body}`)
      return res.json<StaffSession>()
    },
    async loginResident(phone = randomPhone()) {
      const sent = await app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })
      if (sent.statusCode !== 200) throw new Error(`sms send failed: ${sent.statusCode} ${sent.body}`)
      const code = sent.json<{ devCode: string }>().devCode
      const res = await app.inject({ method: 'POST', url: '/api/auth/sms/login', payload: { phone, code } })
      if (res.statusCode !== 200) throw new Error(`sms login failed: ${res.statusCode} ${res.body}`)
      return { ...res.json<Session>(), phone }
    },
    async close() {
      try {
        await app.close()
      } finally {
        await database.drop()
      }
    },
  }
  return testApp
}

/** `Authorization` header for a token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` }
}
