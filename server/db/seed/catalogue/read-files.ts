import fs from 'node:fs'
import path from 'node:path'
import { DATA_DIR, readDataFile, recordError } from '../data-file'
import { DEPARTMENTS } from '../departments'
import {
  expandService,
  type ServiceItemSeed,
  ServicesFileSchema,
  type SynonymGroup,
  SynonymsFileSchema,
  type ThemeSeed,
  ThemesFileSchema,
  UnitsFileSchema,
} from './types'

/**
 * The catalogue seed as data (server/db/seed/data/catalogue): `services-*.json` (read in file-name order), `themes.json`,
 * `synonyms.json` and `units.json`. Each file is checked against its schema, then across files: every department
 * is a city department or a listed unit, every division exists, codes are unique, every theme step names a service.
 * The first problem stops the start with the file, record and field named.
 */

/** Folder of the catalogue data files. */
export const CATALOGUE_DIR = path.join(DATA_DIR, 'catalogue')

/** 扬州市 division names by code; a town reads "广陵区东关街道". */
export function divisionNames(): Map<string, string> {
  const file = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'yangzhou-divisions.json'), 'utf8')) as {
    city: { code: string; name: string }
    counties: { code: string; name: string; towns: { code: string; name: string }[] }[]
  }
  const names = new Map<string, string>([[file.city.code, file.city.name]])
  for (const c of file.counties) {
    names.set(c.code, c.name)
    for (const t of c.towns) names.set(t.code, `${c.name}${t.name}`)
  }
  return names
}

/** Full names of every unit a data file may name: the city departments and units.json. */
export function knownUnits(dir = CATALOGUE_DIR): Set<string> {
  const file = path.join(dir, 'units.json')
  const { units } = readDataFile(file, UnitsFileSchema, (r) => String(r.name))
  const divisions = divisionNames()
  units.forEach((u, i) => {
    if (!divisions.has(u.divisionCode))
      throw recordError(file, 'units', i, u.name, 'divisionCode', `区划代码不存在：${u.divisionCode}`)
  })
  return new Set([...DEPARTMENTS.map((d) => d.name), ...units.map((u) => u.name)])
}

/** What the catalogue files hold, services expanded to one row per implementation. */
export interface CatalogueFiles {
  items: ServiceItemSeed[]
  themes: ThemeSeed[]
  synonyms: { groups: SynonymGroup[]; colloquial: Record<string, string[]>; fillers: string[] }
}

/**
 * Reads and checks every catalogue data file in `dir`.
 * @throws SeedDataError naming file, record and field
 */
export function readCatalogueFiles(dir = CATALOGUE_DIR): CatalogueFiles {
  const units = knownUnits(dir)
  const divisions = divisionNames()
  const items: ServiceItemSeed[] = []
  const baseCodes = new Set<string>()
  const implCodes = new Set<string>()
  const serviceFiles = fs
    .readdirSync(dir)
    .filter((f) => /^services-.+\.json$/.test(f))
    .sort()
  for (const name of serviceFiles) {
    const file = path.join(dir, name)
    const { services } = readDataFile(file, ServicesFileSchema, (r) => `${r.baseCode} ${r.name}`)
    services.forEach((service, i) => {
      const fail = (field: string, problem: string) =>
        recordError(file, 'services', i, `${service.baseCode} ${service.name}`, field, problem)
      if (baseCodes.has(service.baseCode)) throw fail('baseCode', `基本编码重复：${service.baseCode}`)
      baseCodes.add(service.baseCode)
      service.implementations.forEach((impl, j) => {
        const at = `implementations[${j}]`
        if (!impl.implCode.startsWith(`${service.baseCode}-`))
          throw fail(`${at}.implCode`, `实施编码应以基本编码开头：${impl.implCode}`)
        if (implCodes.has(impl.implCode)) throw fail(`${at}.implCode`, `实施编码重复：${impl.implCode}`)
        implCodes.add(impl.implCode)
        if (!units.has(impl.department))
          throw fail(
            `${at}.department`,
            `未知部门：${impl.department}（须为 server/db/seed/departments.ts 的市级部门或 units.json 里的单位）`,
          )
        if (!divisions.has(impl.divisionCode)) throw fail(`${at}.divisionCode`, `区划代码不存在：${impl.divisionCode}`)
      })
      items.push(...expandService(service))
    })
  }

  const themesFile = path.join(dir, 'themes.json')
  const { themes } = readDataFile(themesFile, ThemesFileSchema, (r) => `${r.code} ${r.name}`)
  themes.forEach((theme, i) => {
    theme.steps.forEach((step, j) => {
      if (!baseCodes.has(step.baseCode))
        throw recordError(
          themesFile,
          'themes',
          i,
          `${theme.code} ${theme.name}`,
          `steps[${j}].baseCode`,
          `没有这个服务：${step.baseCode}`,
        )
    })
  })

  const { groups, colloquial, fillers } = readDataFile(path.join(dir, 'synonyms.json'), SynonymsFileSchema)
  return { items, themes, synonyms: { groups, colloquial, fillers } }
}

let cached: CatalogueFiles | null = null

/** {@link readCatalogueFiles} of the checked-in data, read once per process. */
export function catalogueFiles(): CatalogueFiles {
  cached ??= readCatalogueFiles()
  return cached
}
