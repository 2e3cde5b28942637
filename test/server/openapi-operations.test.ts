import { operationIdFor } from '../../server/plugins/swagger'
import { buildTestApp, type TestApp } from './helpers/test-app'

/** Issue #7 item 9: every OpenAPI operation has a unique, stable operationId and its feature tag. */
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

test('every operation in /api/openapi.json has a unique operationId and a declared-or-used feature tag', async () => {
  const doc = (await t.app.inject('/api/openapi.json')).json<{
    paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>>
  }>()
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, ...op })),
  )
  expect(operations.length).toBeGreaterThan(40)
  const missing = operations.filter((o) => !o.operationId).map((o) => o.where)
  expect(missing).toEqual([])
  const untagged = operations.filter((o) => !o.tags?.length).map((o) => o.where)
  expect(untagged).toEqual([])
  const seen = new Map<string, string>()
  const duplicates = operations.filter((o) => {
    const first = seen.get(o.operationId!)
    seen.set(o.operationId!, o.where)
    return first !== undefined
  })
  expect(duplicates.map((o) => o.where)).toEqual([])
  expect(operations.find((o) => o.where === 'POST /api/hotline/tickets/{ref}/follow')?.operationId).toBe(
    'postHotlineTicketsByRefFollow',
  )
})

test('operationIds come from method and path only, so they are stable', () => {
  expect(operationIdFor('GET', '/api/items/:implCode/ratings/mine')).toBe('getItemsByImplCodeRatingsMine')
  expect(operationIdFor('GET', '/open311/v2/requests/:id.:format')).toBe('getOpen311V2RequestsByIdByFormat')
  expect(operationIdFor('DELETE', '/api/me')).toBe('deleteMe')
})
