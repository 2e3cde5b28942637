import fs from 'node:fs'
import path from 'node:path'
import { type Kysely, sql } from 'kysely'
import { departmentsRepository } from '../../repositories/departments'
import { divisionsRepository } from '../../repositories/divisions'
import { staffRepository } from '../../repositories/staff'
import { staffAccounts } from '../../services/staff-accounts'
import type { WorkingCalendar } from '../../services/working-days'
import type { Database, DivisionsTable } from '../schema'
import { loadCatalogue } from './catalogue/load'
import { DEPARTMENTS } from './departments'
import { seedHotline } from './hotline/load'

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

/** What a seed run changed. */
export interface SeedResult {
  divisionsChanged: number
  departmentsChanged: number
}

/**
 * Loads the reference data (divisions, departments). Idempotent: rows are upserted and only real changes are
 * written, so it runs on every start. When something changed it runs VACUUM ANALYZE, because without statistics
 * the planner picks poor plans on freshly loaded tables (DESIGN.md §7).
 */
export async function seedReferenceData(
  db: Kysely<Database>,
  options: { calendar?: WorkingCalendar } = {},
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
  await loadCatalogue(db)
  // 12345 categories (and, outside production, the demo tickets): after departments, which they reference.
  await seedHotline(db, { calendar: options.calendar })
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
