import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import { expandSynonyms, normalise, pinyinText, prepareSynonyms, type Synonyms } from '../../../lib/search-text'
import {
  type CatalogueItemRow,
  catalogueLoadRepository,
  type DepartmentUnit,
} from '../../../repositories/catalogue-load'
import type { Database } from '../../schema'
import { generateCatalogue } from './generate'
import { catalogueFiles, divisionNames } from './read-files'
import type { GuideSeed, ServiceItemSeed, ThemeSeed } from './types'

/**
 * Bumped whenever the way rows are derived from the seed changes (grams, pinyin, sanitising), so the next start
 * re-indexes every item even though the seed text did not change.
 */
const INDEX_VERSION = 'catalogue-index-4'

/**
 * The hand-written catalogue (server/db/seed/data/catalogue, checked at read): one row per implementation of each
 * service, and the 一件事 themes.
 */
export function seedCatalogue(): { items: ServiceItemSeed[]; themes: ThemeSeed[] } {
  const { items, themes } = catalogueFiles()
  return { items, themes }
}

/**
 * The catalogue to load at start: the hand-written seed, or — when CATALOGUE_SCALE_ITEMS is set (benchmarks,
 * load tests; never in production data) — the seed scaled to that many items by generate.ts.
 */
export function catalogueSource(scaleItems: number | null = null) {
  return scaleItems !== null && scaleItems > 0 ? generateCatalogue(scaleItems) : seedCatalogue()
}

/** What a catalogue load changed. */
export interface CatalogueLoadResult {
  itemsChanged: number
  itemsRemoved: number
  themesChanged: number
  departmentsAdded: number
}

function sha1(text: string): string {
  return crypto.createHash('sha1').update(text).digest('hex')
}

/** Search text of a guide: conditions, material names and FAQ questions (bounded). */
function guideSearchText(item: ServiceItemSeed): string[] {
  const g = item.guide
  return [item.summary, ...g.conditions, ...g.materials.map((m) => m.name), ...g.faq.map((f) => f.q)]
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max)
}

/** The row stored for one seed item, search columns included. */
export function itemRow(
  item: ServiceItemSeed,
  departmentId: number,
  divisionName: string,
  synonyms: Synonyms,
  contentHash: string,
): CatalogueItemRow {
  const guide: GuideSeed = item.guide
  const synonymTerms = expandSynonyms([item.name, ...item.aliases, ...item.keywords], synonyms)
  const keywordTerms = [...new Set([...item.keywords.map(normalise), ...synonymTerms])]
  const guideText = clip(guideSearchText(item).map(normalise).join('\n'), 2000)
  const py = pinyinText([item.name, ...item.aliases])
  return {
    impl_code: item.implCode,
    base_code: item.baseCode,
    name: item.name,
    aliases: item.aliases,
    keywords: item.keywords,
    department_id: departmentId,
    level: item.level,
    division_code: item.divisionCode,
    division_name: divisionName,
    audience: item.audience,
    item_type: item.itemType,
    handling_mode: item.handlingMode,
    visit_count: item.visitCount,
    popularity: item.popularity,
    summary: item.summary,
    online_url: null,
    guide: JSON.stringify(guide),
    promised_limit_days: guide.promisedLimitDays,
    legal_limit_days: guide.legalLimitDays,
    material_count: guide.materials.length,
    charged: guide.fee.charged,
    updated_at: guide.updatedAt,
    content_hash: contentHash,
    name_norm: normalise(item.name),
    alias_text: item.aliases.map(normalise).join('\n'),
    keyword_text: keywordTerms.join('\n'),
    guide_text: guideText,
    pinyin_full: py.full,
    pinyin_initials: py.initials,
  }
}

const COUNTY_PREFIX = /^(广陵区|邗江区|江都区|宝应县|仪征市|高邮市|扬州经济技术开发区)/

/** Kind and level of a department named in the seed but not among the city's departments. */
export function classifyUnit(name: string, divisionCode: string): Pick<DepartmentUnit, 'kind' | 'level'> {
  if (/(村民委员会|居民委员会|党群服务中心)$/.test(name)) return { kind: 'office', level: 'village' }
  if (divisionCode.length === 9 || /(派出所|便民服务中心|人民政府|服务站|卫生服务中心)$/.test(name))
    return { kind: 'office', level: 'town' }
  // 区县部门 and the 分局 / 分中心 of city departments
  return { kind: 'bureau', level: 'county' }
}

/**
 * The most sensible parent among known department names: the longest name that prefixes this one
 * (扬州市公安局广陵分局 → 扬州市公安局), else the city department of the same line
 * (高邮市民政局 → 扬州市民政局, 国家税务总局扬州市江都区税务局 → 国家税务总局扬州市税务局), else for a village the
 * town unit of the same town.
 */
export function parentName(
  unit: { name: string; level: string; divisionCode: string },
  known: readonly { name: string; level: string; divisionCode: string | null }[],
): string | null {
  const prefixed = known
    .filter((k) => k.name !== unit.name && unit.name.startsWith(k.name))
    .sort((a, b) => b.name.length - a.name.length)[0]
  if (prefixed) return prefixed.name
  const names = new Set(known.map((k) => k.name))
  const county = COUNTY_PREFIX.exec(unit.name)
  if (county) {
    const city = `扬州市${unit.name.slice(county[0].length)}`
    if (names.has(city)) return city
  }
  const tax = /^国家税务总局扬州市.+?(区|县|市)税务局$/.exec(unit.name)
  if (tax && names.has('国家税务总局扬州市税务局')) return '国家税务总局扬州市税务局'
  if (unit.level === 'village') {
    const town = known.find((k) => k.level === 'town' && k.divisionCode === unit.divisionCode)
    if (town) return town.name
  }
  return null
}

/** Short code for a unit loaded with the catalogue: its division code and a hash of its name. */
function unitCode(name: string, divisionCode: string): string {
  return `${divisionCode}-${sha1(name).slice(0, 8).toUpperCase()}`
}

/**
 * Loads the catalogue idempotently (runs on every start): departments named by items are added when missing;
 * items and themes are upserted only when their content hash changed; items no longer in the seed are removed.
 * When anything changed the catalogue version is bumped (every process's read cache follows it) and the tables
 * are VACUUM ANALYZEd (without statistics the planner ignores the GIN indexes, docs/design.md).
 */
export async function loadCatalogue(
  db: Kysely<Database>,
  source: { items: ServiceItemSeed[]; themes: ThemeSeed[] } = catalogueSource(),
): Promise<CatalogueLoadResult> {
  const repo = catalogueLoadRepository(db)
  const { groups } = catalogueFiles().synonyms
  const synonyms = prepareSynonyms(groups)
  const names = divisionNames()
  const synonymsHash = sha1(JSON.stringify(groups))

  const result = await repo.inLoadTransaction(async (tx) => {
    // departments
    const known = await tx.departments()
    const byName = new Map(known.map((d) => [d.name, d]))
    const missing = new Map<string, DepartmentUnit>()
    for (const item of source.items) {
      if (byName.has(item.department) || missing.has(item.department)) continue
      const { kind, level } = classifyUnit(item.department, item.divisionCode)
      missing.set(item.department, {
        code: unitCode(item.department, item.divisionCode),
        name: item.department,
        shortName: item.department.replace(COUNTY_PREFIX, '').slice(0, 20) || item.department,
        kind,
        level,
        divisionCode: item.divisionCode,
      })
    }
    let departmentsAdded = 0
    if (missing.size > 0) {
      departmentsAdded = await tx.insertDepartments([...missing.values()])
      const all = await tx.departments()
      const parents: { name: string; parentName: string }[] = []
      for (const unit of missing.values()) {
        const parent = parentName({ name: unit.name, level: unit.level, divisionCode: unit.divisionCode }, all)
        if (parent) parents.push({ name: unit.name, parentName: parent })
      }
      await tx.setDepartmentParents(parents)
      for (const d of all) byName.set(d.name, d)
    }

    // items
    const existing = await tx.itemHashes()
    const rows: CatalogueItemRow[] = []
    const seen = new Set<string>()
    for (const item of source.items) {
      if (seen.has(item.implCode)) throw new Error(`事项实施编码重复：${item.implCode}`)
      seen.add(item.implCode)
      const hash = sha1(`${INDEX_VERSION}\n${synonymsHash}\n${JSON.stringify(item)}`)
      if (existing.get(item.implCode) === hash) continue
      const department = byName.get(item.department)
      const divisionName = names.get(item.divisionCode)
      if (!department) throw new Error(`事项 ${item.implCode} 的部门不存在：${item.department}`)
      if (!divisionName) throw new Error(`事项 ${item.implCode} 的区划代码不存在：${item.divisionCode}`)
      rows.push(itemRow(item, department.id, divisionName, synonyms, hash))
    }
    const itemsChanged = await tx.upsertItems(rows)
    const itemsRemoved = await tx.removeItemsExcept([...seen])

    // themes
    const themeHashes = await tx.themeHashes()
    let themesChanged = 0
    for (const [i, theme] of source.themes.entries()) {
      const hash = sha1(JSON.stringify(theme) + i)
      if (themeHashes.get(theme.code) === hash) continue
      await tx.upsertTheme(theme, i, hash)
      themesChanged++
    }
    themesChanged += await tx.removeThemesExcept(source.themes.map((t) => t.code))

    const changed = itemsChanged + itemsRemoved + themesChanged + departmentsAdded
    if (changed > 0) await tx.bumpVersion()
    return { itemsChanged, itemsRemoved, themesChanged, departmentsAdded }
  })
  if (result.itemsChanged + result.itemsRemoved + result.themesChanged + result.departmentsAdded > 0)
    await repo.analyze()
  return result
}
