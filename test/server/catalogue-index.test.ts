import { sql } from 'kysely'
import { splitTerms } from '../../server/lib/search-text'
import { catalogueRepository, type SearchDocument } from '../../server/repositories/catalogue'
import { catalogueContext } from '../../server/services/catalogue-context'
import {
  CatalogueIndex,
  DEPARTMENT_FACET_SIZE,
  RANK_FIELDS,
  type TermPlan,
} from '../../server/services/catalogue-index'
import { planTerm } from '../../server/services/catalogue-search'
import type { ItemSearchResult } from '../../types/catalogue'
import { buildTestApp, type TestApp } from './helpers/test-app'

/**
 * The in-memory search index against the seeded catalogue: its gram postings must never lose a match (checked
 * against a brute-force reading of every item), and it must follow content written through any process.
 */

let t: TestApp
let docs: SearchDocument[]
beforeAll(async () => {
  t = await buildTestApp()
  docs = await catalogueRepository(t.app.db).searchDocuments()
}, 180_000)
afterAll(() => t?.close())

/** What the index must answer, read the slow way: every field of every item, no postings. */
function bruteForce(terms: TermPlan[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const d of docs) {
    let worst = 0
    for (const term of terms) {
      const vs = term.variants
      const py = term.pinyin
      let r = -1
      if (vs.some((v) => d.name_norm.includes(v.text))) r = 0
      else if (vs.some((v) => d.alias_text.includes(v.text))) r = 1
      else if (vs.some((v) => d.keyword_text.includes(v.text))) r = 2
      else if (py && (d.pinyin_initials.includes(py.term) || (py.fullGrams && d.pinyin_full.includes(py.term)))) r = 3
      else if (vs.some((v) => v.inGuide && d.guide_text.includes(v.text))) r = 4
      if (r < 0) {
        worst = -1
        break
      }
      worst = Math.max(worst, r)
    }
    if (worst >= 0) out.set(d.impl_code, worst)
  }
  return out
}

/** Per service (基本编码): its best rank over the implementations that match, and how many match. */
function byService(matches: Map<string, number>): Map<string, { rank: number; count: number }> {
  const out = new Map<string, { rank: number; count: number }>()
  for (const [implCode, rank] of matches) {
    const base = implCode.slice(0, implCode.indexOf('-'))
    const seen = out.get(base)
    out.set(base, { rank: Math.min(rank, seen?.rank ?? rank), count: (seen?.count ?? 0) + 1 })
  }
  return out
}

/** The index's answer in the same shape: one row per service, its rank and how many of its places matched. */
function indexed(index: CatalogueIndex, terms: TermPlan[]): Map<string, { rank: number; count: number }> {
  const all = index.search(terms, {}, 1, 100_000)
  return new Map(all.page.map((p) => [p.base_code, { rank: p.rank, count: p.places.count }]))
}

test('the postings never lose a match: every 1–4 character piece of every name, alias and keyword', () => {
  const index = new CatalogueIndex('1', docs)
  const queries = new Set<string>()
  for (const d of docs)
    for (const text of [d.name_norm, ...d.alias_text.split('\n'), ...d.keyword_text.split('\n')]) {
      const chars = [...text]
      for (let len = 1; len <= 4; len++)
        for (let s = 0; s + len <= chars.length; s += 3) queries.add(chars.slice(s, s + len).join(''))
    }
  // pinyin, guide-only words, several terms, and pieces with no grams
  for (const q of [
    'gjj',
    'gongjijin',
    'sbk',
    'shebao',
    'hukou',
    'zfgjj',
    '身份证 补领',
    '公积金 提取 扬州',
    '出生医学证明',
    '%',
    '_',
    '\\',
  ])
    queries.add(q)
  let checked = 0
  let nonEmpty = 0
  for (const q of queries) {
    const terms = splitTerms(q).map(planTerm)
    if (terms.length === 0) continue
    // every matching implementation is counted under its service, and the service ranks by its best one
    const expected = byService(bruteForce(terms))
    const got = indexed(index, terms)
    if (
      got.size !== expected.size ||
      [...expected].some(([code, e]) => got.get(code)?.rank !== e.rank || got.get(code)?.count !== e.count)
    )
      throw new Error(`“${q}”: index ${got.size} services, brute force ${expected.size}`)
    checked++
    if (expected.size > 0) nonEmpty++
  }
  expect(checked).toBeGreaterThan(1000)
  expect(nonEmpty).toBeGreaterThan(1000)
})

test('pages follow rank, then popularity, then code, with no gaps or repeats between pages', () => {
  const index = new CatalogueIndex('1', docs)
  const terms = ['证'].map(planTerm)
  const whole = index.search(terms, {}, 1, 100_000).page
  expect(whole.length).toBeGreaterThan(40)
  const order = [...whole].sort(
    (a, b) => a.rank - b.rank || b.popularity - a.popularity || (a.impl_code < b.impl_code ? -1 : 1),
  )
  expect(whole.map((p) => p.impl_code)).toEqual(order.map((p) => p.impl_code))
  const pages = [1, 2, 3].flatMap((p) => index.search(terms, {}, p, 15).page.map((x) => x.impl_code))
  expect(pages).toEqual(whole.slice(0, 45).map((p) => p.impl_code))
  expect(index.search(terms, {}, 1000, 20).page).toEqual([])
})

test('facets count every filter but their own; a value the catalogue does not hold matches nothing', () => {
  const index = new CatalogueIndex('1', docs)
  const terms = ['登记'].map(planTerm)
  const online = index.search(terms, { online: true, level: 'city' }, 1, 100_000)
  // counted by hand over the matching implementations: services with at least one that passes
  const matching = docs.filter((d) => bruteForce(terms).has(d.impl_code))
  const services = (keep: (d: SearchDocument) => boolean) => new Set(matching.filter(keep).map((d) => d.base_code)).size
  const byHand = services((d) => d.handling_mode === 'online' && d.level === 'city')
  expect(byHand).toBeGreaterThan(0)
  expect(online.total).toBe(byHand)
  // the level facet ignores the level filter but keeps 只看全程网办
  const cityCount = online.facets.level.find((l) => l.value === 'city')!.count
  expect(cityCount).toBe(byHand)
  const countyCount = online.facets.level.find((l) => l.value === 'county')?.count ?? 0
  expect(countyCount).toBe(services((d) => d.handling_mode === 'online' && d.level === 'county'))
  // the mode facet ignores 只看全程网办 but keeps the level; a service online in one place and not in another counts
  // under both modes
  for (const m of online.facets.mode)
    expect(m.count).toBe(services((d) => d.level === 'city' && d.handling_mode === m.value))
  expect(index.search(terms, { department: 999_999 }, 1, 20).total).toBe(0)
  expect(index.search(terms, { district: '110000' }, 1, 20).total).toBe(0)
})

test('the department facet lists the 30 with most results, and the chosen one wherever it ranks', () => {
  const index = new CatalogueIndex('1', docs)
  const counts = new Map<number, number>()
  for (const d of docs) counts.set(d.department_id, (counts.get(d.department_id) ?? 0) + 1)
  expect(counts.size).toBeGreaterThan(DEPARTMENT_FACET_SIZE)
  const facet = index.search([], {}, 1, 1).facets.department
  expect(facet).toHaveLength(DEPARTMENT_FACET_SIZE)
  for (const f of facet) expect(f.count).toBe(counts.get(f.value))
  const listed = facet.map((f) => f.count)
  expect(listed).toEqual([...listed].sort((a, b) => b - a))
  expect(Math.min(...listed)).toBeGreaterThanOrEqual(
    Math.max(...[...counts].filter(([id]) => !facet.some((f) => f.value === id)).map(([, n]) => n)),
  )
  // a rare department, once chosen, is listed with its count (so its chip can be named and cleared)
  const [rare, rareCount] = [...counts].sort((a, b) => a[1] - b[1])[0]!
  const chosen = index.search([], { department: rare }, 1, 1)
  expect(chosen.total).toBe(rareCount)
  expect(chosen.facets.department.find((f) => f.value === rare)).toMatchObject({ count: rareCount })
})

test('RANK_FIELDS names the field of each rank', () => {
  const index = new CatalogueIndex('1', docs)
  const r = index.search([planTerm('gjj')], {}, 1, 5)
  expect(r.page.length).toBeGreaterThan(0)
  for (const p of r.page) expect(RANK_FIELDS[p.rank]).toBe('pinyin')
})

async function search(q: string): Promise<ItemSearchResult> {
  const res = await t.app.inject({ url: '/api/items', query: { q, pageSize: '50' } })
  expect(res.statusCode).toBe(200)
  return res.json<ItemSearchResult>()
}

test('a change written through any process is searched on the next query; a rating does not rebuild the index', async () => {
  const ctx = catalogueContext(t.app.db)
  expect((await search('公积金')).total).toBeGreaterThan(0)
  const before = ctx.search.indexInfo()
  expect(before.items).toBe(docs.length)

  // a rating moves only the answer version: same index
  const login = await t.loginResident()
  const code = docs[0]!.impl_code
  const rated = await t.app.inject({
    method: 'POST',
    url: `/api/items/${code}/ratings`,
    headers: { authorization: `Bearer ${login.token}` },
    payload: { score: 4 },
  })
  expect(rated.statusCode).toBeLessThan(300)
  await search('公积金')
  expect(ctx.search.indexInfo().builds).toBe(before.builds)

  // another process renames an item (as the loader does: row + both versions in one transaction)
  await t.app.db.transaction().execute(async (trx) => {
    await sql`UPDATE service_items SET name = '琼花观香火登记', name_norm = '琼花观香火登记' WHERE impl_code = ${code}`.execute(
      trx,
    )
    await catalogueRepository(trx).bumpVersion()
  })
  const found = await search('琼花观')
  expect(found.items.map((i) => i.implCode)).toEqual([code])
  expect(found.items[0]!.name).toBe('琼花观香火登记')
  const after = ctx.search.indexInfo()
  expect(after.builds).toBe(before.builds + 1)
  expect(BigInt(after.version!)).toBeGreaterThan(BigInt(before.version!))
})

test('searches arriving while the index is rebuilt wait for one build', async () => {
  const ctx = catalogueContext(t.app.db)
  await catalogueRepository(t.app.db).bumpVersion()
  const before = ctx.search.indexInfo().builds
  const answers = await Promise.all(Array.from({ length: 8 }, () => search('社保卡')))
  expect(new Set(answers.map((a) => a.total)).size).toBe(1)
  expect(answers[0]!.total).toBeGreaterThan(0)
  expect(ctx.search.indexInfo().builds).toBe(before + 1)
})

test('a homophone typed by pinyin input is suggested as the catalogue word (公基金 → 公积金)', async () => {
  const r = await search('公基金')
  expect(r.total).toBe(0)
  expect(r.suggestions[0]).toBe('公积金')
  const twoTerms = await search('社宝卡 补办')
  expect(twoTerms.total).toBe(0)
  expect(twoTerms.suggestions[0]).toBe('社保卡 补办')
  for (const s of [...r.suggestions, ...twoTerms.suggestions]) expect((await search(s)).total).toBeGreaterThan(0)
})
