import fs from 'node:fs'
import path from 'node:path'
import { type Kysely, sql } from 'kysely'
import { DEMO_STAFF_USERNAME } from '../../config'
import { departmentsRepository } from '../../repositories/departments'
import { divisionsRepository } from '../../repositories/divisions'
import { opendayRepository } from '../../repositories/openday'
import { staffRepository } from '../../repositories/staff'
import { staffAccounts } from '../../services/staff-accounts'
import type { WorkingCalendar } from '../../services/working-days'
import type { Database, DivisionsTable } from '../schema'
import { catalogueSource, loadCatalogue } from './catalogue/load'
import { catalogueFiles } from './catalogue/read-files'
import { DEPARTMENTS } from './departments'
import { seedHotline } from './hotline/load'
import { readHotlineCategories } from './hotline/types'
import { seedDemoOpenDays } from './openday/load'

/** Shape of `data/yangzhou-divisions.json`. */
interface DivisionsFile {
  source: string
  city: { code: string; name: string }
  counties: { code: string; name: string; towns: { code: string; name: string }[] }[]
}

/** The checked-in 扬州市 divisions (source named inside the file). */
export function readDivisionsFile(): DivisionsFile {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'yangzhou-divisions.json'), 'utf8')) as DivisionsFile
}

/**
 * Reads and checks every seed data file (catalogue services, themes, synonyms, units; 12345 categories) without
 * touching the database, so a bad file stops the start before the data dir is opened.
 * @throws SeedDataError naming file, record and field
 */
export function checkSeedData(): void {
  catalogueFiles()
  readHotlineCategories()
}

/** What a seed run changed. */
export interface SeedResult {
  divisionsChanged: number
  departmentsChanged: number
}

/**
 * Loads the reference data (divisions, departments). Idempotent: rows are upserted and only real changes are
 * written, so it runs on every start. When something changed it runs VACUUM ANALYZE, because without statistics
 * the planner picks poor plans on freshly loaded tables (docs/design.md, search).
 */
export async function seedReferenceData(
  db: Kysely<Database>,
  options: {
    calendar?: WorkingCalendar
    /** Demo tickets and open days (source 'seed'): outside production only — the caller says, from config. */
    sampleTickets: boolean
    /** config.catalogueScaleItems: benchmarks scale the catalogue; null → the seed as written. */
    catalogueScaleItems?: number | null
  },
): Promise<SeedResult> {
  const file = readDivisionsFile()
  const rows: DivisionsTable[] = [{ code: file.city.code, name: file.city.name, level: 'city', parent_code: null }]
  for (const county of file.counties) {
    rows.push({ code: county.code, name: county.name, level: 'county', parent_code: file.city.code })
    for (const town of county.towns) {
      rows.push({ code: town.code, name: town.name, level: 'town', parent_code: county.code })
    }
  }
  const divisionsChanged = await divisionsRepository(db).upsertAll(rows)
  const departmentsChanged = await departmentsRepository(db).upsertAll(DEPARTMENTS)
  if (divisionsChanged + departmentsChanged > 0) {
    // VACUUM cannot run inside a transaction; this runs on a pool connection outside one.
    await sql`VACUUM ANALYZE divisions, departments`.execute(db)
  }
  // 事项目录 (issue #3): idempotent, writes only changed items, analyses what it wrote
  await loadCatalogue(db, catalogueSource(options.catalogueScaleItems ?? null))
  // 12345 categories (and, outside production unless `sampleTickets: false`, the demo tickets): after departments.
  await seedHotline(db, { calendar: options.calendar, sampleTickets: options.sampleTickets })
  // 政府开放日 demo events (issue #11): the same rule as the demo tickets — never in production.
  if (options.sampleTickets) await seedDemoOpenDays(db)
  return { divisionsChanged, departmentsChanged }
}

/**
 * Creates the 开发用 demo admin (`demo-admin`) if it does not exist. Only called outside production; an existing
 * account is left alone so a password changed with the staff CLI stays changed.
 */
export async function seedDemoStaff(
  db: Kysely<Database>,
  demo: { username: string; password: string },
): Promise<boolean> {
  const staff = staffRepository(db)
  if (await staff.findByUsername(demo.username)) return false
  try {
    await staffAccounts(db).create({
      username: demo.username,
      displayName: '演示管理员（开发用）',
      password: demo.password,
      role: 'admin',
    })
    return true
  } catch (err) {
    // Another process created it between the check and the insert.
    if (await staff.findByUsername(demo.username)) return false
    throw err
  }
}

/** Demo data left in a database: the demo admin if it can still log in, and the number of demo tickets. */
export interface DemoData {
  activeDemoStaff: string | null
  demoTickets: number
  /** 政府开放日 demo events (source 'seed'). */
  demoOpenDays: number
}

/** What is left of the 开发用 demo data (the account {@link seedDemoStaff} creates, tickets with source 'seed'). */
export async function findDemoData(db: Kysely<Database>): Promise<DemoData> {
  const staff = await staffRepository(db).findByUsername(DEMO_STAFF_USERNAME)
  const { count } = await db
    .selectFrom('tickets')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('source', '=', 'seed')
    .executeTakeFirstOrThrow()
  return {
    activeDemoStaff: staff && staff.disabled_at === null ? staff.username : null,
    demoTickets: Number(count),
    demoOpenDays: await opendayRepository(db).countSeedEvents(),
  }
}

/** How to remove the demo data, for the refusal message and docs/server.md. */
export const PURGE_DEMO_COMMAND = 'NODE_ENV=production npm run staff -- purge-demo'

/**
 * Thrown by a production start that finds demo data (a published password, invented tickets in the public lists);
 * the message says what was found and the command that removes it.
 */
export class DemoDataInProductionError extends Error {
  override readonly name = 'DemoDataInProductionError'
  constructor(readonly found: DemoData) {
    const lines: string[] = []
    if (found.activeDemoStaff)
      lines.push(
        `演示工作人员账号 ${found.activeDemoStaff} 仍可登录，其密码已公开 / the demo staff account ${found.activeDemoStaff} is active and its password is published`,
      )
    if (found.demoTickets > 0)
      lines.push(
        `${found.demoTickets} 张演示工单（tickets.source = 'seed'）/ ${found.demoTickets} demo tickets (tickets.source = 'seed')`,
      )
    if (found.demoOpenDays > 0)
      lines.push(
        `${found.demoOpenDays} 个演示开放日活动（openday_events.source = 'seed'）/ ${found.demoOpenDays} demo open days (openday_events.source = 'seed')`,
      )
    super(
      [
        '生产环境数据库里有开发用演示数据，服务未启动 / Demo data in the production database; the server did not start:',
        ...lines.map((l) => `  - ${l}`),
        `清除方法 / to remove it: ${PURGE_DEMO_COMMAND}`,
        `  （停用账号 ${DEMO_STAFF_USERNAME}，删除 source = 'seed' 的工单及其进度、答复和评价，以及演示开放日活动及其报名 / disables ${DEMO_STAFF_USERNAME}, deletes the seed tickets with their timelines, replies and ratings, and the demo open days with their registrations）`,
      ].join('\n'),
    )
  }
}

/** What {@link purgeDemoData} did; `blockedBy` lists real tickets merged into a demo ticket (nothing is changed then). */
export interface DemoPurgeResult {
  staffDisabled: boolean
  ticketsDeleted: number
  openDaysDeleted: number
  blockedBy: string[]
}

/**
 * Removes the demo data in one transaction: disables the demo admin (kept, so the audit log still names it) and
 * deletes the demo tickets (timelines, replies, ratings, followers and messages go with them by cascade). A real
 * ticket merged into a demo ticket would lose its target, so then nothing is changed and its ref is returned.
 */
export async function purgeDemoData(db: Kysely<Database>): Promise<DemoPurgeResult> {
  return db.transaction().execute(async (tx) => {
    const blocked = await tx
      .selectFrom('tickets as t')
      .innerJoin('tickets as target', 'target.id', 't.merged_into')
      .select('t.ref')
      .where('target.source', '=', 'seed')
      .where('t.source', '<>', 'seed')
      .orderBy('t.ref')
      .execute()
    if (blocked.length > 0)
      return { staffDisabled: false, ticketsDeleted: 0, openDaysDeleted: 0, blockedBy: blocked.map((r) => r.ref) }
    const staffDisabled = (await findDemoData(tx)).activeDemoStaff !== null
    if (staffDisabled) await staffRepository(tx).disable(DEMO_STAFF_USERNAME)
    const deleted = await tx.deleteFrom('tickets').where('source', '=', 'seed').executeTakeFirst()
    // demo open days: their sessions, registrations and attendees go with them by cascade
    const openDaysDeleted = await opendayRepository(tx).deleteSeedEvents()
    return { staffDisabled, ticketsDeleted: Number(deleted.numDeletedRows), openDaysDeleted, blockedBy: [] }
  })
}
