import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { MIGRATIONS_DIR } from '../../server/db/migrate'
import type { ItemDetail } from '../../types/catalogue'
import { buildTestApp, type TestApp } from './helpers/test-app'

/**
 * Migration 009 (issue #9 item 6): anonymous guide ratings leave the average and are kept as comments; a resident's
 * earlier duplicates become comments too; the aggregate is recomputed. Run against the table as it was before 009.
 */
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(async () => {
  await t.close()
})

const BIRTH = '100100000001-321002-2'

test('anonymous ratings become comments and leave the score; one rating per resident stays', async () => {
  const db = t.app.db
  const me = await t.loginResident()
  // Back to the shape before 009, with the data an old server wrote.
  for (const statement of [
    'DROP TABLE item_comments',
    'ALTER TABLE item_ratings DROP CONSTRAINT item_ratings_one_per_resident',
    'ALTER TABLE item_ratings DROP COLUMN updated_at',
    'ALTER TABLE item_ratings ADD COLUMN idempotency_key text UNIQUE',
    'DELETE FROM item_ratings',
    'DELETE FROM item_rating_totals',
  ])
    await sql.raw(statement).execute(db)
  await sql`
    INSERT INTO item_ratings (impl_code, user_id, score, comment, idempotency_key) VALUES
      (${BIRTH}, NULL, 1, '刷分', 'anon-0001'),
      (${BIRTH}, NULL, 1, NULL, 'anon-0002'),
      (${BIRTH}, ${me.user.id}, 2, '第一次', 'mine-0001'),
      (${BIRTH}, ${me.user.id}, 5, '改主意了', 'mine-0002')`.execute(db)
  await sql`INSERT INTO item_rating_totals (impl_code, rating_count, score_sum) VALUES (${BIRTH}, 4, 9)`.execute(db)

  const file = fs.readdirSync(MIGRATIONS_DIR).find((f) => f.startsWith('009_'))!
  // The simple query protocol (several statements), as runMigrations sends it.
  await t.app.dbPool.query(fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8'))

  const ratings = await db.selectFrom('item_ratings').select(['user_id', 'score', 'comment']).execute()
  expect(ratings).toEqual([{ user_id: me.user.id, score: 5, comment: '改主意了' }])
  const comments = await db
    .selectFrom('item_comments')
    .select(['score', 'comment'])
    .where('impl_code', '=', BIRTH)
    .orderBy('id')
    .execute()
  expect(comments).toEqual([
    { score: 1, comment: '刷分' },
    { score: 1, comment: null },
    { score: 2, comment: '第一次' },
  ])
  expect(await db.selectFrom('item_rating_totals').selectAll().where('impl_code', '=', BIRTH).execute()).toEqual([
    { impl_code: BIRTH, rating_count: 1, score_sum: 5 },
  ])
  // The cached guide follows (the migration bumps the catalogue version).
  expect((await t.app.inject(`/api/items/${BIRTH}`)).json<ItemDetail>().rating).toEqual({ averageScore: 5, count: 1 })
})
