/**
 * 我的 办事记录 (GET /api/me/timeline): a resident's tickets, newest change first, paged by cursor without repeating
 * or skipping a row (ties on the change time included), a status change moving the ticket to the top with its badge,
 * and never another resident's rows.
 */
import { sql } from 'kysely'
import type { Ticket } from '../../types/hotline'
import type { TimelineEntry, TimelinePage } from '../../types/timeline'
import { staffAct, streetlightDraft, submit } from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

const timeline = (token: string, query = '') =>
  t.app.inject({ url: `/api/me/timeline${query}`, headers: bearer(token) })

/** Every row, following nextCursor page by page. */
async function allPages(token: string, limit: number): Promise<{ pages: number; items: TimelineEntry[] }> {
  const items: TimelineEntry[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const res = await timeline(token, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.statusCode).toBe(200)
    const page = res.json<TimelinePage>()
    expect(page.items.length).toBeLessThanOrEqual(limit)
    items.push(...page.items)
    cursor = page.nextCursor
    pages += 1
  } while (cursor && pages < 50)
  return { pages, items }
}

/** Copies a resident's ticket `n` times (fresh refs), all changed at one instant `at` — the worst case for a cursor. */
async function copies(ticketRef: string, n: number, at: string) {
  await sql`
    insert into tickets (ref, tracking_token, user_id, type, service_code, title, description, district_code,
                         contact_phone, accept_deadline, due_at, created_at, updated_at)
    select 'YZ20261201-' || lpad((900000 + g)::text, 6, '0'), md5(random()::text) || md5(g::text), user_id, type,
           service_code, '路灯第' || g || '件', description, district_code, contact_phone, accept_deadline, due_at,
           ${at}::timestamptz, ${at}::timestamptz
    from tickets, generate_series(1, ${n}) as g
    where ref = ${ticketRef}`.execute(t.app.db)
}

test('a resident sees their ticket with its status badge, newest change first; a status change moves it up', async () => {
  const me = await t.loginResident()
  const first = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const second = (await submit(t, me.token, streetlightDraft({ title: '文昌中路夜间路灯全灭' }))).json<Ticket>()
  let page = (await timeline(me.token)).json<TimelinePage>()
  expect(page.items.map((i) => i.link.id)).toEqual([second.ref, first.ref])
  expect(page.items[1]).toEqual({
    kind: 'ticket',
    kindLabel: '12345 工单',
    title: '百祥路东段路灯连续一周不亮',
    status: 'submitted',
    statusLabel: '已提交',
    tone: 'open',
    updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    link: { kind: 'ticket', id: first.ref },
  })
  expect(page.nextCursor).toBeNull()

  const staff = await t.createStaff({ role: 'admin', department: null })
  const s = await t.loginStaff(staff.username, staff.password)
  expect((await staffAct(t, s.token, first.ref, 'return', { reason: '请补充具体位置信息' })).statusCode).toBe(200)
  page = (await timeline(me.token)).json<TimelinePage>()
  expect(page.items.map((i) => [i.link.id, i.statusLabel, i.tone])).toEqual([
    [first.ref, '已退回', 'warn'],
    [second.ref, '已提交', 'open'],
  ])
})

test('cursor paging returns every row once, in order, even when many rows changed at the same instant', async () => {
  const me = await t.loginResident()
  const own = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  await copies(own.ref, 23, '2026-12-01T08:00:00.123456Z')
  const { pages, items } = await allPages(me.token, 5)
  expect(items).toHaveLength(24)
  expect(pages).toBe(5)
  expect(new Set(items.map((i) => i.link.id)).size).toBe(24)
  // Newest first: the submitted ticket (changed now), then the 23 copies changed at one instant, by ref descending.
  expect(items[0].link.id).toBe(own.ref)
  const copyRefs = items.slice(1).map((i) => i.link.id)
  expect(copyRefs).toEqual([...copyRefs].sort().reverse())
})

test('no other resident’s rows, ever; a page of someone with nothing is empty', async () => {
  const owner = await t.loginResident()
  await submit(t, owner.token, streetlightDraft({ title: '文昌中路夜间路灯全灭' }))
  const mine = (await submit(t, owner.token, streetlightDraft())).json<Ticket>()
  const stranger = await t.loginResident()
  const page = (await timeline(stranger.token)).json<TimelinePage>()
  expect(page).toEqual({ items: [], nextCursor: null })
  // Nor through the owner's cursor.
  const ownerFirst = (await timeline(owner.token, '?limit=1')).json<TimelinePage>()
  expect(ownerFirst.items[0].link.id).toBe(mine.ref)
  expect(ownerFirst.nextCursor).not.toBeNull()
  const through = (await timeline(stranger.token, `?cursor=${ownerFirst.nextCursor}`)).json<TimelinePage>()
  expect(through).toEqual({ items: [], nextCursor: null })
})

test('a cursor that is not one, a limit out of range and no login are refused with a clear message', async () => {
  const me = await t.loginResident()
  const bad = await timeline(me.token, '?cursor=bm90LWEtY3Vyc29y')
  expect(bad.statusCode).toBe(400)
  expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '翻页位置无效，请从第一页重新加载' })
  expect((await timeline(me.token, '?limit=500')).statusCode).toBe(400)
  expect((await t.app.inject({ url: '/api/me/timeline' })).statusCode).toBe(401)
})
