import fs from 'node:fs'
import path from 'node:path'
import { seedCatalogue } from './load'
import type { ItemLevel, ServiceItemSeed, ThemeSeed } from './types'

/**
 * Scales the hand-written catalogue to N items for benchmarks, the way the real catalogue grows ("三级四同"): the
 * same standard item (same baseCode, basis, conditions, materials) published by the matching unit of every other
 * county and every other town, with real 扬州 division names. Only the implementing unit, its hall and the
 * popularity change; the guide text is the clerk-written one. Deterministic for a given N.
 */

interface Division {
  code: string
  name: string
  county: { code: string; name: string }
}

const LEVEL_DIGIT: Record<ItemLevel, number> = { city: 1, county: 2, town: 3, village: 4 }

function divisions(): { counties: Division[]; towns: Division[] } {
  const file = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'yangzhou-divisions.json'), 'utf8')) as {
    counties: { code: string; name: string; towns: { code: string; name: string }[] }[]
  }
  const counties: Division[] = []
  const towns: Division[] = []
  for (const c of file.counties) {
    const county = { code: c.code, name: c.name }
    counties.push({ code: c.code, name: c.name, county })
    for (const t of c.towns) towns.push({ code: t.code, name: t.name, county })
  }
  return { counties, towns }
}

/** Small deterministic hash → 0..1, so popularity varies but a run is repeatable. */
function jitter(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return ((h >>> 0) % 1000) / 1000
}

function replaceAll(text: string, pairs: [string, string][]): string {
  let out = text
  for (const [from, to] of pairs) if (from && from !== to) out = out.split(from).join(to)
  return out
}

/** The unit that implements an item at `target`, named after the source unit. */
function unitAt(item: ServiceItemSeed, source: Division | null, target: Division, level: ItemLevel): string {
  if (level === 'county') {
    const county = target.county.name
    const short = county.replace(/(区|县|市)$/, '')
    if (source && item.department.includes(source.county.name))
      return replaceAll(item.department, [[source.county.name, county]])
    if (item.department.startsWith('国家税务总局扬州市'))
      return county.endsWith('区') ? `国家税务总局扬州市${county}税务局` : `国家税务总局${county}税务局`
    if (item.department.startsWith('扬州市住房公积金管理中心')) return `扬州市住房公积金管理中心${short}分中心`
    if (item.department.startsWith('扬州市公安局') && county.endsWith('区')) return `扬州市公安局${short}分局`
    // 扬州市公安局广陵分局 → 高邮市公安局; 扬州市民政局 → 高邮市民政局
    const line = item.department.replace(/^扬州市/, '').replace(/[\u4e00-\u9fff]{2}分局$/, '')
    return `${county}${line}`
  }
  // 村级代办: towns publish their items again through the 为民服务站 of their villages and communities
  if (level === 'village' && item.level === 'town') return `${target.county.name}${target.name}村（社区）为民服务站`
  // towns and villages: the town's 便民服务中心 (村居 items are handled through it when no village is named)
  return `${target.county.name}${target.name}便民服务中心`
}

/** One derived implementation of `item` at `target`. */
function derive(
  item: ServiceItemSeed,
  level: ItemLevel,
  source: Division | null,
  target: Division,
  townLabel: (d: Division) => string,
): ServiceItemSeed {
  const department = unitAt(item, source, target, level)
  const pairs: [string, string][] = [[item.department, department]]
  if (source) {
    pairs.push([townLabel(source), townLabel(target)], [source.county.name, target.county.name])
    if (source.code.length === 9) pairs.push([source.name, target.name])
  } else {
    pairs.push(['扬州市政务服务中心', `${target.county.name}政务服务中心`])
  }
  const guide = item.guide
  const popularity = Math.max(1, Math.round(item.popularity * (0.35 + 0.5 * jitter(target.code + item.baseCode))))
  return {
    ...item,
    implCode: `${item.baseCode}-${target.code}-${LEVEL_DIGIT[level]}`,
    department,
    level,
    divisionCode: target.code,
    popularity,
    summary: replaceAll(item.summary, pairs),
    guide: {
      ...guide,
      implementer: replaceAll(guide.implementer, pairs),
      acceptingUnit: replaceAll(guide.acceptingUnit, pairs),
      locations: guide.locations.map((l) => ({
        name: replaceAll(l.name, pairs),
        address: replaceAll(l.address, pairs),
        hours: l.hours,
      })),
    },
  }
}

/**
 * At least `target` items (the seed first, then derived implementations round-robin over standard items so every
 * department and level grows together), and the seed's themes.
 */
export function generateCatalogue(target = 5000): { items: ServiceItemSeed[]; themes: ThemeSeed[] } {
  const seed = seedCatalogue()
  const { counties, towns } = divisions()
  const byCode = new Map([...counties, ...towns].map((d) => [d.code, d]))
  const townLabel = (d: Division) => `${d.county.name}${d.name}`
  const items = [...seed.items]
  const used = new Set(items.map((i) => i.implCode))
  // one template per standard item and level: the first implementation in the seed
  const templates = new Map<string, ServiceItemSeed>()
  for (const i of seed.items)
    if (!templates.has(`${i.baseCode}/${i.level}`)) templates.set(`${i.baseCode}/${i.level}`, i)

  const queues = [...templates.values()].map((item) => {
    const level: ItemLevel = item.level === 'city' ? 'county' : item.level
    const source = item.level === 'city' ? null : (byCode.get(item.divisionCode) ?? null)
    const places = level === 'county' ? counties : towns
    return places.map((p) => () => derive(item, level, source, p, townLabel))
  })
  // after every town has its own implementation, the village-level 代办 of town items
  for (const item of templates.values())
    if (item.level === 'town') {
      const source = byCode.get(item.divisionCode) ?? null
      queues.push(towns.map((p) => () => derive(item, 'village', source, p, townLabel)))
    }
  for (let round = 0; items.length < target; round++) {
    let progressed = false
    for (const q of queues) {
      const make = q[round]
      if (!make) continue
      progressed = true
      const item = make()
      if (used.has(item.implCode)) continue
      used.add(item.implCode)
      items.push(item)
      if (items.length >= target) break
    }
    if (!progressed) break
  }
  return { items, themes: seed.themes }
}
