import type { ItemDetail, ItemList, ItemSearchResult } from '../../types/catalogue'
import { EVERYDAY_QUERIES } from '../fixtures/everyday-queries'
import { buildTestApp, type TestApp } from './helpers/test-app'

/**
 * One service, one result (issue #14): a resident searching 居住证 meets 居住证申领 once — with “市级及 12 个街道可办”
 * under it — not once per office; a district filter narrows the offices under the row; the guide lists every office,
 * with what one office asks for beyond the others.
 */

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
}, 180_000)
afterAll(() => t?.close())

const RESIDENCE = '100100000005' // 居住证申领: 市公安局 and 12 街道便民服务中心

async function search(query: Record<string, string | number>): Promise<ItemSearchResult> {
  const res = await t.app.inject({
    url: '/api/items',
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  })
  expect(res.statusCode).toBe(200)
  return res.json<ItemSearchResult>()
}

test.each(EVERYDAY_QUERIES.map((q) => [q]))('“%s”: every row of the first page is a different service', async (q) => {
  const r = await search({ q, pageSize: 20 })
  const codes = r.items.map((i) => i.baseCode)
  expect(new Set(codes).size).toBe(codes.length)
  expect(new Set(codes.slice(0, 3)).size).toBe(Math.min(3, codes.length))
  for (const i of r.items) expect(i.places?.count).toBeGreaterThanOrEqual(1)
})

test('a service done in 13 places is one row, saying where', async () => {
  const r = await search({ q: '居住证', pageSize: 20 })
  const rows = r.items.filter((i) => i.baseCode === RESIDENCE)
  expect(rows).toHaveLength(1)
  expect(r.items[0]!.baseCode).toBe(RESIDENCE)
  expect(rows[0]!.places).toEqual({
    count: 13,
    levels: [
      { level: 'city', count: 1 },
      { level: 'town', count: 12 },
    ],
    online: true,
    label: '市级及 12 个街道可办',
  })
  // the row opens the most used place (the city's, 全程网办)
  expect(rows[0]!.implCode).toBe(`${RESIDENCE}-321000-1`)
})

test('a district filter keeps the one row and narrows its places to that district', async () => {
  const all = await search({ q: '居住证', pageSize: 20 })
  const guangling = await search({ q: '居住证', district: '321002', pageSize: 20 })
  const row = guangling.items.filter((i) => i.baseCode === RESIDENCE)
  expect(row).toHaveLength(1)
  // 汶河、东关、文峰、曲江、汤汪 in 广陵区; the row opens one of them, not the city's
  expect(row[0]!.places).toMatchObject({ count: 5, levels: [{ level: 'town', count: 5 }], label: '5 个街道可办' })
  expect(row[0]!.divisionCode.startsWith('321002')).toBe(true)
  // counts are per service: the district facet counts 居住证申领 once for 广陵区, the total is services
  const facet = all.facets.district.find((d) => d.value === '321002')!
  expect(facet.count).toBe(guangling.total)
  const city = await search({ q: '居住证', level: 'city', pageSize: 20 })
  expect(city.items.find((i) => i.baseCode === RESIDENCE)!.places).toMatchObject({ count: 1, label: '市级可办' })
  // a district with none of the service's places drops the service
  const baoying = await search({ q: '居住证申领', district: '321023', pageSize: 20 })
  expect(baoying.items.some((i) => i.baseCode === RESIDENCE)).toBe(false)
})

test('the guide lists every place, city first, and what a place asks for beyond the one shown', async () => {
  const res = await t.app.inject(`/api/items/${RESIDENCE}-321000-1`)
  expect(res.statusCode).toBe(200)
  const item = res.json<ItemDetail>()
  expect(item.implementations).toHaveLength(13)
  expect(item.implementations[0]).toMatchObject({ level: 'city', current: true, extraMaterials: [] })
  expect(item.implementations.filter((p) => p.current)).toHaveLength(1)
  for (const p of item.implementations) {
    expect(p.locations.length).toBeGreaterThan(0)
    expect(p.consultPhone).toMatch(/\d/)
  }
  const wenfeng = item.implementations.find((p) => p.divisionName === '广陵区文峰街道')!
  expect(wenfeng).toMatchObject({ countyCode: '321002', level: 'town', department: '广陵区文峰街道便民服务中心' })
  expect(wenfeng.extraMaterials).toEqual(['社区居委会出具的居住情况证明'])
  const dongguan = item.implementations.find((p) => p.divisionName === '广陵区东关街道')!
  expect(dongguan.extraMaterials).toEqual([])
})

test('高频事项 are different services', async () => {
  const res = await t.app.inject('/api/items/hot?limit=12')
  const { items } = res.json<ItemList>()
  expect(items).toHaveLength(12)
  expect(new Set(items.map((i) => i.baseCode)).size).toBe(12)
  for (const i of items) expect(i.places?.label).toMatch(/可办$/)
})
