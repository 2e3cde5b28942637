import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { runStaffCommand } from '../../server/cli/staff'
import { loadConfig } from '../../server/config'
import { DemoDataInProductionError, findDemoData } from '../../server/db/seed/seed'
import { PRODUCTION_SECRETS } from './helpers/production-secrets'
import { runScript } from './helpers/run-script'
import { cloneTestDatabase, type TestDatabase } from './helpers/test-app'

/** A production environment with real-looking providers (nothing is called at start). */
const PRODUCTION = {
  ...PRODUCTION_SECRETS,
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  WECHAT_APPID: 'wx0000000000000000',
  WECHAT_SECRET: 'secret',
  SMS_PROVIDER: 'http',
  SMS_API_BASE: 'http://127.0.0.1:9',
  SMS_API_KEY: 'key',
  STATIC_DIR: path.join(os.tmpdir(), 'yz-no-static-build'),
}

const start = (database: TestDatabase, env: Record<string, string>) => buildApp(loadConfig({ ...database.env, ...env }))

/**
 * A database as a development start against it leaves it: the demo tickets (the test template has them, as every
 * start outside production does) and the demo admin.
 */
async function developmentDatabase(): Promise<TestDatabase> {
  const database = await cloneTestDatabase()
  const app = await start(database, { NODE_ENV: 'development', LOG_LEVEL: 'silent', STATIC_DIR: PRODUCTION.STATIC_DIR })
  try {
    // unchanged development UX: the start created demo-admin and the demo tickets are there
    expect(await findDemoData(app.db)).toEqual({ activeDemoStaff: 'demo-admin', demoTickets: 49, demoOpenDays: 8 })
  } finally {
    await app.close()
  }
  return database
}

/** Runs `body` on an app of `database` in test mode (no guard), then closes it. */
async function withTestApp(database: TestDatabase, body: (app: FastifyInstance) => Promise<void>): Promise<void> {
  const app = await start(database, { NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: PRODUCTION.STATIC_DIR })
  try {
    await body(app)
  } finally {
    await app.close()
  }
}

const databases: TestDatabase[] = []
afterAll(async () => {
  for (const database of databases) await database.drop()
})
const fresh = async () => {
  const database = await developmentDatabase()
  databases.push(database)
  return database
}

test('a production start refuses the demo admin and demo tickets, naming the command; purge-demo clears the way', async () => {
  const database = await fresh()
  const refused = await start(database, PRODUCTION).catch((err: unknown) => err)
  expect(refused).toBeInstanceOf(DemoDataInProductionError)
  const message = (refused as Error).message
  expect(message).toContain('生产环境数据库里有开发用演示数据，服务未启动')
  expect(message).toContain('演示工作人员账号 demo-admin 仍可登录')
  expect(message).toContain("49 张演示工单（tickets.source = 'seed'）")
  expect(message).toContain("8 个演示开放日活动（openday_events.source = 'seed'）")
  expect(message).toContain('NODE_ENV=production npm run staff -- purge-demo')

  await withTestApp(database, async (app) => {
    expect(await runStaffCommand(app.db, ['purge-demo'])).toEqual([
      '已停用演示账号 demo-admin',
      "已删除 49 张演示工单（source = 'seed'）",
      "已删除 8 个演示开放日活动及其报名（source = 'seed'）",
    ])
    expect(await findDemoData(app.db)).toEqual({ activeDemoStaff: null, demoTickets: 0, demoOpenDays: 0 })
    // a second run is harmless
    expect(await runStaffCommand(app.db, ['purge-demo'])).toEqual([
      '演示账号 demo-admin 不存在或已停用',
      "已删除 0 张演示工单（source = 'seed'）",
      "已删除 0 个演示开放日活动及其报名（source = 'seed'）",
    ])
  })
  const app = await start(database, PRODUCTION)
  await app.close()
})

test('either kind alone is refused: demo tickets without the account, the account without tickets', async () => {
  const database = await fresh()
  await withTestApp(database, async (app) => {
    await runStaffCommand(app.db, ['disable', '--username', 'demo-admin'])
  })
  await expect(start(database, PRODUCTION)).rejects.toThrow(/^(?!.*demo-admin 仍可登录)[\s\S]*49 张演示工单/)

  await withTestApp(database, async (app) => {
    await app.db.deleteFrom('tickets').where('source', '=', 'seed').execute()
    await app.db.updateTable('staff_accounts').set({ disabled_at: null }).where('username', '=', 'demo-admin').execute()
  })
  await expect(start(database, PRODUCTION)).rejects.toThrow(/demo-admin 仍可登录/)

  // the demo open days alone (account disabled, tickets gone) are refused too
  await withTestApp(database, async (app) => {
    await runStaffCommand(app.db, ['disable', '--username', 'demo-admin'])
    // a start outside production seeds the demo tickets again when there are none
    await app.db.deleteFrom('tickets').where('source', '=', 'seed').execute()
  })
  await expect(start(database, PRODUCTION)).rejects.toThrow(
    /^(?!.*demo-admin 仍可登录)(?![\s\S]*张演示工单)[\s\S]*8 个演示开放日活动/,
  )
})

test('purge-demo changes nothing while a real ticket is merged into a demo ticket, and names it', async () => {
  const database = await fresh()
  await withTestApp(database, async (app) => {
    const [target, real] = await app.db
      .selectFrom('tickets')
      .select(['id', 'ref'])
      .where('source', '=', 'seed')
      .orderBy('id')
      .limit(2)
      .execute()
    // one of them stands for a resident's ticket that a clerk merged into a demo ticket
    await app.db
      .updateTable('tickets')
      .set({ source: 'app', status: 'merged', merged_into: target.id })
      .where('id', '=', real.id)
      .execute()
    const refused = await runStaffCommand(app.db, ['purge-demo']).catch((err: unknown) => err)
    expect((refused as Error).message).toBe(
      `这些工单已合并到演示工单，删除会丢失合并去向，未做任何改动；请先处理：${real.ref}`,
    )
    expect(await findDemoData(app.db)).toEqual({ activeDemoStaff: 'demo-admin', demoTickets: 48, demoOpenDays: 8 })
  })
})

test('the server process prints the refusal and exits 1, without a stack trace', async () => {
  const database = await fresh()
  const result = runScript('server/server.ts', [], { env: { ...PRODUCTION, ...database.env, PORT: '0' } })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('Demo data in the production database')
  expect(result.stderr).toContain('npm run staff -- purge-demo')
  expect(result.stderr).not.toMatch(/\n\s+at /)
})

test('the staff CLI never writes the demo tickets or demo open days, even without NODE_ENV', async () => {
  const database = await cloneTestDatabase()
  databases.push(database)
  await withTestApp(database, async (app) => {
    await app.db.deleteFrom('tickets').where('source', '=', 'seed').execute()
    await app.db.deleteFrom('openday_events').where('source', '=', 'seed').execute()
  })
  const result = runScript('server/cli/staff.ts', ['list'], { env: database.env })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  // a production start (which would refuse demo tickets) succeeds
  const app = await start(database, PRODUCTION)
  await app.close()
})
