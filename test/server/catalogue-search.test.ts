import type { ItemSearchResult } from '../../types/catalogue'
import { buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
}, 180_000)
afterAll(() => t?.close())

async function search(query: Record<string, string | number>): Promise<ItemSearchResult> {
  const res = await t.app.inject({
    url: '/api/items',
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  })
  expect(res.statusCode).toBe(200)
  return res.json<ItemSearchResult>()
}

test('a resident searching 公积金 gets the 住房公积金 items first, highlighted', async () => {
  const r = await search({ q: '公积金', pageSize: 10 })
  expect(r.total).toBeGreaterThanOrEqual(5)
  const first = r.items.slice(0, 5)
  for (const item of first) {
    expect(item.name).toContain('住房公积金')
    expect(item.matchedBy).toBe('name')
    expect(item.nameSegments.filter((s) => s.hit).map((s) => s.text)).toContain('住房公积金')
    expect(item.nameSegments.map((s) => s.text).join('')).toBe(item.name)
  }
  // name matches come before any weaker match
  const ranks = r.items.map((i) => ['name', 'alias', 'keyword', 'pinyin', 'guide'].indexOf(i.matchedBy!))
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
})

test('社保卡 finds 社会保障卡 items and 社会保障卡 finds the same ones (synonyms both ways)', async () => {
  const colloquial = await search({ q: '社保卡', pageSize: 50 })
  const official = await search({ q: '社会保障卡', pageSize: 50 })
  expect(colloquial.items.some((i) => i.name.includes('社会保障卡'))).toBe(true)
  const officialCodes = official.items.map((i) => i.implCode)
  for (const code of officialCodes) expect(colloquial.items.map((i) => i.implCode)).toContain(code)
  for (const code of colloquial.items.map((i) => i.implCode)) expect(officialCodes).toContain(code)
  expect(colloquial.items[0]!.matchedBy).toBe('name')
})

test('户口 ↔ 户籍 and 驾照 → 机动车驾驶证', async () => {
  const hukou = await search({ q: '户口', pageSize: 50 })
  const huji = await search({ q: '户籍', pageSize: 50 })
  expect(hukou.total).toBeGreaterThan(0)
  expect(huji.items.map((i) => i.implCode)).toEqual(
    expect.arrayContaining(hukou.items.slice(0, 3).map((i) => i.implCode)),
  )
  const jiazhao = await search({ q: '驾照' })
  expect(jiazhao.items.some((i) => /驾驶证/.test(i.name))).toBe(true)
})

test('pinyin: gongjijin and gjj find 公积金 items', async () => {
  for (const q of ['gongjijin', 'gjj', 'GJJ', 'gong ji jin']) {
    const r = await search({ q })
    expect(r.total).toBeGreaterThan(0)
    expect(r.items[0]!.name).toContain('公积金')
    expect(r.items[0]!.matchedBy).toBe('pinyin')
    expect(r.items[0]!.nameSegments.filter((s) => s.hit).map((s) => s.text)).toContain('公积金')
  }
})

test('a one-character query matches names by that character, not guide text', async () => {
  const r = await search({ q: '证', pageSize: 50 })
  expect(r.total).toBeGreaterThan(10)
  for (const i of r.items) expect(['name', 'alias', 'keyword']).toContain(i.matchedBy)
  expect(r.items[0]!.name).toContain('证')
})

test('200 characters are accepted, 201 are a 400 naming q in Chinese', async () => {
  const ok = await t.app.inject({ url: '/api/items', query: { q: '公'.repeat(200) } })
  expect(ok.statusCode).toBe(200)
  expect(ok.json().total).toBe(0)
  const long = await t.app.inject({ url: '/api/items', query: { q: '公'.repeat(201) } })
  expect(long.statusCode).toBe(400)
  expect(long.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { q: expect.stringContaining('200') } })
  // surrounding blanks do not count
  const padded = await t.app.inject({ url: '/api/items', query: { q: ` ${'公'.repeat(200)}  ` } })
  expect(padded.statusCode).toBe(200)
})

test.each(['%', '_', '\\', '%%', '100%', "'", '"', "';--", '😀', '公积金%', '社_卡'])(
  'the query %s answers 200 without spurious matches',
  async (q) => {
    const res = await t.app.inject({ url: '/api/items', query: { q } })
    expect(res.statusCode).toBe(200)
    const body = res.json<ItemSearchResult>()
    if (q === "'" || q === '"' || q === "';--" || q === '😀') expect(body.total).toBe(0)
    if (q.includes('%') || q.includes('_') || q === '\\') {
      // a wildcard must not match everything: only names that literally contain it could match, and none do
      expect(body.total).toBe(0)
    }
  },
)

test('quotes around a word search the word', async () => {
  const r = await search({ q: '"公积金"' })
  expect(r.total).toBe((await search({ q: '公积金' })).total)
})

test('facets: counts add up, and each ignores its own filter', async () => {
  const all = await search({ q: '登记', pageSize: 1 })
  const sum = (xs: { count: number }[]) => xs.reduce((a, b) => a + b.count, 0)
  expect(all.total).toBeGreaterThan(5)
  expect(sum(all.facets.level)).toBe(all.total)
  expect(sum(all.facets.mode)).toBe(all.total)
  // departments: the 30 with most results, so their counts add up to the total or less
  expect(all.facets.department.length).toBeLessThanOrEqual(30)
  expect(sum(all.facets.department)).toBeLessThanOrEqual(all.total)
  expect(sum(all.facets.district)).toBe(all.total)
  expect(sum(all.facets.audience)).toBeGreaterThanOrEqual(all.total)

  const county = all.facets.level.find((l) => l.value === 'county')!
  const filtered = await search({ q: '登记', level: 'county', pageSize: 50 })
  expect(filtered.total).toBe(county.count)
  for (const i of filtered.items) expect(i.level).toBe('county')
  // the level facet still shows every level (its own filter ignored); other facets follow the filter
  expect(filtered.facets.level).toEqual(all.facets.level)
  expect(sum(filtered.facets.mode)).toBe(filtered.total)

  const online = await search({ q: '登记', online: 1, pageSize: 50 })
  expect(online.total).toBe(all.facets.mode.find((m) => m.value === 'online')!.count)
  for (const i of online.items) expect(i.handlingMode).toBe('online')
  expect(online.facets.mode).toEqual(all.facets.mode)

  const dept = all.facets.department[0]!
  const byDept = await search({ q: '登记', department: dept.value, pageSize: 50 })
  expect(byDept.total).toBe(dept.count)
  for (const i of byDept.items) expect(String(i.department.id)).toBe(dept.value)
})

test('district and audience filters', async () => {
  const r = await search({ district: '321002', audience: 'personal', pageSize: 50 })
  expect(r.total).toBeGreaterThan(0)
  for (const i of r.items) {
    expect(i.divisionCode.startsWith('321002')).toBe(true)
    expect(i.audience).toContain('personal')
  }
  expect(r.facets.district.find((d) => d.value === '321000')?.label).toBe('市本级')
})

test('empty q lists everything by popularity', async () => {
  const r = await search({ pageSize: 5 })
  expect(r.total).toBeGreaterThanOrEqual(150)
  expect(r.items).toHaveLength(5)
  expect(r.items[0]!.matchedBy).toBeUndefined()
})

test('pagination: pages do not overlap; bounds are 400 with Chinese field messages', async () => {
  const p1 = await search({ q: '登记', pageSize: 3, page: 1 })
  const p2 = await search({ q: '登记', pageSize: 3, page: 2 })
  expect(p2.page).toBe(2)
  expect(p1.items.map((i) => i.implCode)).not.toEqual(expect.arrayContaining(p2.items.map((i) => i.implCode)))
  const beyond = await search({ q: '登记', pageSize: 50, page: 100 })
  expect(beyond.items).toEqual([])
  expect(beyond.total).toBe(p1.total)
  const bad: Record<string, string>[] = [
    { pageSize: '51' },
    { pageSize: '0' },
    { page: '0' },
    { page: 'x' },
    { level: 'province' },
  ]
  for (const query of bad) {
    const res = await t.app.inject({ url: '/api/items', query })
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('VALIDATION_FAILED')
    expect(Object.values(body.fields as Record<string, string>).join()).toMatch(/[\u4e00-\u9fff]/)
  }
})

test('zero results suggest nearer queries that do find something', async () => {
  const r = await search({ q: '住房公积金提取火星' })
  expect(r.total).toBe(0)
  expect(r.suggestions.length).toBeGreaterThan(0)
  for (const s of r.suggestions) expect((await search({ q: s })).total).toBeGreaterThan(0)
})

test('hot searches count terms that found something, and nothing else', async () => {
  for (let i = 0; i < 12; i++) await search({ q: '不动产' })
  await search({ q: '13912345678' })
  await search({ q: '张三丰的家' })
  await new Promise((r) => setTimeout(r, 200))
  const res = await t.app.inject('/api/search/hot')
  expect(res.statusCode).toBe(200)
  const { terms } = res.json<{ terms: string[] }>()
  expect(terms[0]).toBe('不动产')
  expect(terms).not.toContain('13912345678')
  expect(terms).not.toContain('张三丰的家')
  expect(terms.length).toBeLessThanOrEqual(10)
})
