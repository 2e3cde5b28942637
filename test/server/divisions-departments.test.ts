import { buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('扬州市 with its real county-level units and towns, by GB/T 2260 code', async () => {
  const res = await t.app.inject('/api/divisions')
  expect(res.statusCode).toBe(200)
  const tree = res.json()
  expect(tree.city).toEqual({ code: '321000', name: '扬州市' })
  const counties = Object.fromEntries(tree.counties.map((c: { code: string; name: string }) => [c.code, c.name]))
  expect(counties).toMatchObject({
    '321002': '广陵区',
    '321003': '邗江区',
    '321012': '江都区',
    '321023': '宝应县',
    '321081': '仪征市',
    '321084': '高邮市',
  })
  const towns = tree.counties.flatMap((c: { towns: unknown[] }) => c.towns)
  expect(towns.length).toBe(98)
  const guangling = tree.counties.find((c: { code: string }) => c.code === '321002')
  expect(guangling.towns).toContainEqual({ code: '321002001', name: '东关街道' })
  for (const c of tree.counties) for (const town of c.towns) expect(town.code.startsWith(c.code)).toBe(true)
})

test('real Yangzhou departments with short codes', async () => {
  const res = await t.app.inject('/api/departments')
  const { items } = res.json()
  expect(items.length).toBeGreaterThanOrEqual(20)
  const names = items.map((d: { name: string }) => d.name)
  for (const name of [
    '扬州市公安局',
    '扬州市人力资源和社会保障局',
    '扬州市行政审批局',
    '扬州市12345政府服务热线',
    '国家税务总局扬州市税务局',
  ])
    expect(names).toContain(name)
  expect(items.find((d: { code: string }) => d.code === '3210-RSJ')).toMatchObject({ shortName: '市人社局' })
})

test('seeding again changes nothing (idempotent)', async () => {
  const { seedReferenceData } = await import('../../server/db/seed/seed')
  expect(await seedReferenceData(t.app.db, { sampleTickets: true })).toEqual({
    divisionsChanged: 0,
    departmentsChanged: 0,
  })
})
