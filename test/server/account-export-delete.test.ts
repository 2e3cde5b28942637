import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import type { StaffTicket, Ticket } from '../../types/hotline'
import type { MyDataExport } from '../../types/me'
import {
  drainNotifications,
  jpegWithGps,
  pngWithText,
  staffAct,
  streetlightDraft,
  submit,
  upload,
  wageDraft,
  webpWithExif,
} from './helpers/hotline'
import { bearer, buildTestApp, type TestApp } from './helpers/test-app'

let t: TestApp
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-uploads-'))
beforeAll(async () => {
  t = await buildTestApp({ env: { UPLOAD_DIR: uploadDir } })
})
afterAll(async () => {
  await t.close()
  fs.rmSync(uploadDir, { recursive: true, force: true })
})

/** A guide of the seeded catalogue (广陵区). */
const BIRTH = '100100000001-321002-2'

test('a resident exports all own data unmasked, deletes the account, and the phone can register afresh', async () => {
  const phone = '15952701234'
  const first = await t.loginResident(phone)
  await t.app.db
    .updateTable('sms_codes')
    .set({ created_at: new Date(Date.now() - 120_000) })
    .execute()
  const second = await t.loginResident(phone)

  const exported = await t.app.inject({ url: '/api/me/export', headers: bearer(second.token) })
  expect(exported.statusCode).toBe(200)
  expect(exported.headers['cache-control']).toBe('no-store')
  const data = exported.json()
  expect(data.user).toMatchObject({ id: first.user.id, phone, wechatOpenid: null })
  expect(data.sessions).toHaveLength(2)
  expect(data.sessions[0]).toMatchObject({ createdAt: expect.any(String), expiresAt: expect.any(String) })
  expect(new Date(data.exportedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)

  const del = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(second.token) })
  expect(del.statusCode).toBe(204)
  // Every session is revoked, not only the one used to delete.
  for (const token of [first.token, second.token]) {
    expect((await t.app.inject({ url: '/api/me', headers: bearer(token) })).statusCode).toBe(401)
  }
  // Revoked in the database too, not only refused because the account is gone.
  const live = await t.app.db
    .selectFrom('sessions')
    .select('id')
    .where('subject_type', '=', 'user')
    .where('subject_id', '=', first.user.id)
    .where('revoked_at', 'is', null)
    .execute()
  expect(live).toHaveLength(0)
  const row = await t.app.db.selectFrom('users').selectAll().where('id', '=', first.user.id).executeTakeFirstOrThrow()
  expect(row).toMatchObject({ phone: null, wechat_openid: null, nickname: null })
  expect(row.deleted_at).toBeInstanceOf(Date)
  const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.erase').execute()
  expect(audit).toHaveLength(1)
  expect(JSON.stringify(audit)).not.toContain(phone)

  const fresh = await t.loginResident(phone)
  expect(fresh.user.id).not.toBe(first.user.id)
  expect(fresh.user.phoneMasked).toBe('159****1234')
})

/** Where an upload's file is on disk. */
async function fileOf(id: string): Promise<string> {
  const row = await t.app.db.selectFrom('uploads').select('path').where('id', '=', id).executeTakeFirstOrThrow()
  return path.join(uploadDir, row.path)
}

test('a resident with a ticket, a follow, a rating, a favourite and messages exports all of it, then erases it', async () => {
  const phone = '13952710001'
  const otherPhone = '13852710002'
  const me = await t.loginResident(phone)
  const other = await t.loginResident(otherPhone)
  const admin = await t.createStaff({ role: 'admin', department: null })
  const staff = await t.loginStaff(admin.username, admin.password)

  // My ticket with a photo, answered by the department and rated by me.
  const photo = (await upload(t, me.token, jpegWithGps())).json()
  // Two unused uploads: one a picture only I sent, one the same picture another resident also sent.
  const loose = (await upload(t, me.token, webpWithExif())).json()
  const shared = (await upload(t, me.token, pngWithText())).json()
  const othersCopy = (await upload(t, other.token, pngWithText())).json()
  const mine = (
    await submit(
      t,
      me.token,
      streetlightDraft({
        contactPhone: phone,
        photoIds: [photo.id],
        location: { lat: 32.394213, lng: 119.412987 },
        subscribeTemplateIds: ['tmpl-status'],
      }),
    )
  ).json<Ticket>()
  expect((await staffAct(t, staff.token, mine.ref, 'accept')).statusCode).toBe(200)
  expect((await staffAct(t, staff.token, mine.ref, 'reply', { body: '百祥路东段路灯已全部修复。' })).statusCode).toBe(
    200,
  )
  const rated = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${mine.ref}/rating`,
    headers: bearer(me.token),
    payload: { level: '满意', comment: '修得很快' },
  })
  expect(rated.statusCode).toBe(200)

  // Another resident's ticket that I follow (我也遇到了), and that resident following mine.
  // A 投诉: a 举报 cannot be followed (issue #9 item 3).
  const theirs = (await submit(t, other.token, wageDraft({ type: '投诉' }))).json<Ticket>()
  const follow = (token: string, ref: string) =>
    t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${ref}/follow`, headers: bearer(token) })
  expect((await follow(me.token, theirs.ref)).json()).toMatchObject({ followers: 1 })
  const theirsBefore = await follow(other.token, mine.ref)
  expect(theirsBefore.statusCode).toBe(409) // mine is closed after the rating; follow a fresh one of mine instead
  const second = (
    await submit(t, me.token, streetlightDraft({ contactPhone: phone, title: '百祥路西段路灯也不亮了' }))
  ).json<Ticket>()
  expect((await follow(other.token, second.ref)).json()).toMatchObject({ followers: 1 })

  // Guide rating and favourite, mine and theirs.
  const hot = (await t.app.inject('/api/items/hot?limit=8')).json<{ items: { implCode: string }[] }>()
  const OTHER_ITEM = hot.items.find((i) => i.implCode !== BIRTH)!.implCode
  const rate = (token: string, score: number, comment: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/items/${BIRTH}/ratings`,
      headers: { ...bearer(token), 'idempotency-key': crypto.randomUUID() },
      payload: { score, comment },
    })
  expect((await rate(me.token, 2, '材料清单和窗口说的不一样')).statusCode).toBe(201)
  expect((await rate(other.token, 5, '很清楚')).statusCode).toBe(201)
  const favourite = (token: string, code: string) =>
    t.app.inject({ method: 'PUT', url: `/api/me/favourites/${code}`, headers: bearer(token) })
  expect((await favourite(me.token, BIRTH)).statusCode).toBe(204)
  expect((await favourite(other.token, OTHER_ITEM)).statusCode).toBe(204)
  await drainNotifications(t)

  // The export holds all of it, unmasked.
  const exported = await t.app.inject({ url: '/api/me/export', headers: bearer(me.token) })
  expect(exported.statusCode).toBe(200)
  const data = exported.json<MyDataExport>()
  expect(data.tickets.map((x) => x.ref)).toEqual([mine.ref, second.ref])
  expect(data.tickets[0]).toMatchObject({
    ref: mine.ref,
    contactPhone: phone,
    address: '邗江区蒋王街道百祥路东段公交站附近',
    location: { lat: 32.394213, lng: 119.412987 },
    attributes: { FAULT: 'OFF' },
    photos: [{ id: photo.id, url: `/api/uploads/${photo.id}` }],
    replies: [expect.objectContaining({ body: '百祥路东段路灯已全部修复。' })],
    rating: expect.objectContaining({ level: '满意', comment: '修得很快' }),
    ratings: [{ level: '满意', comment: '修得很快', at: expect.any(String), reopened: false }],
    status: 'closed',
  })
  expect(data.tickets[1]!.ratings).toEqual([])
  expect(data.tickets[0]!.timeline.map((e) => e.status)).toEqual(['submitted', 'accepted', 'replied', 'closed'])
  expect(data.following).toEqual([expect.objectContaining({ ref: theirs.ref, title: theirs.title })])
  expect(data.messages.length).toBeGreaterThanOrEqual(3)
  expect(
    data.messages.every((m) => m.ticketRef === mine.ref || m.ticketRef === second.ref || m.ticketRef === theirs.ref),
  ).toBe(true)
  expect(data.subscriptions).toEqual([
    { ticketRef: mine.ref, templateId: 'tmpl-status', remaining: expect.any(Number) },
  ])
  expect(data.ratings).toEqual([
    expect.objectContaining({ implCode: BIRTH, score: 2, comment: '材料清单和窗口说的不一样' }),
  ])
  expect(data.ratings[0]!.itemName).toEqual(expect.any(String))
  expect(data.favourites).toEqual([expect.objectContaining({ implCode: BIRTH, name: data.ratings[0]!.itemName })])
  expect(data.uploads.map((u) => [u.id, u.ticketRef])).toEqual([
    [photo.id, mine.ref],
    [loose.id, null],
    [shared.id, null],
  ])
  expect(data.uploads[1]).toMatchObject({
    mime: 'image/webp',
    bytes: expect.any(Number),
    createdAt: expect.any(String),
  })

  const photoFile = await fileOf(photo.id)
  const looseFile = await fileOf(loose.id)
  const sharedFile = await fileOf(shared.id)
  expect(sharedFile).toBe(await fileOf(othersCopy.id))
  for (const f of [photoFile, looseFile, sharedFile]) expect(fs.existsSync(f)).toBe(true)

  // Erase.
  expect((await t.app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(me.token) })).statusCode).toBe(204)
  const db = t.app.db

  // No table holds my phone or my account any more.
  const user = await db.selectFrom('users').selectAll().where('id', '=', me.user.id).executeTakeFirstOrThrow()
  expect(user).toMatchObject({ phone: null, wechat_openid: null, wechat_unionid: null })
  for (const table of [
    'users',
    'tickets',
    'ticket_ratings',
    'sms_codes',
    'idempotency_keys',
    'messages',
    'audit_log',
    'ticket_events',
  ]) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(table)} x WHERE x::text LIKE ${`%${phone}%`}`.execute(db)
    expect([table, rows[0]!.n]).toEqual([table, 0])
  }
  for (const table of [
    'tickets',
    'ticket_followers',
    'subscribe_grants',
    'messages',
    'favourites',
    'item_ratings',
    'uploads',
    'idempotency_keys',
  ] as const) {
    const column = table === 'uploads' ? 'owner_user_id' : 'user_id'
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${me.user.id}`.execute(db)
    expect([table, rows[0]!.n]).toEqual([table, 0])
  }

  // The ticket is still there for the department: its text and place, not the person.
  const kept = await t.app.inject({ url: `/api/staff/tickets/${mine.ref}`, headers: bearer(staff.token) })
  expect(kept.statusCode).toBe(200)
  expect(kept.json<StaffTicket>()).toMatchObject({
    title: mine.title,
    description: mine.description,
    category: { serviceCode: 'URBAN_STREETLIGHT' },
    district: { code: '321003' },
    town: { code: '321003002' },
    address: null,
    location: { lat: 32.394, lng: 119.413 },
    contactPhone: null,
    contactPhoneMasked: null,
    reporterErased: true,
    rating: expect.objectContaining({ level: '满意' }),
    photos: [{ id: photo.id, url: `/api/uploads/${photo.id}` }],
  })
  const row = await db.selectFrom('tickets').selectAll().where('ref', '=', mine.ref).executeTakeFirstOrThrow()
  expect(row).toMatchObject({ user_id: null, contact_phone: null, address: null })
  expect(row.reporter_erased_at).toBeInstanceOf(Date)
  expect((await t.app.inject({ url: `/api/uploads/${photo.id}`, headers: bearer(staff.token) })).statusCode).toBe(200)
  expect(fs.existsSync(photoFile)).toBe(true)

  // The follow is gone and the counter with it; the rating stays as an anonymous score.
  const theirsRow = await db
    .selectFrom('tickets')
    .select('followers_count')
    .where('ref', '=', theirs.ref)
    .executeTakeFirstOrThrow()
  expect(theirsRow.followers_count).toBe(0)
  const ratings = await db
    .selectFrom('item_ratings')
    .select(['user_id', 'score', 'comment'])
    .where('impl_code', '=', BIRTH)
    .orderBy('id')
    .execute()
  expect(ratings).toEqual([
    { user_id: null, score: 2, comment: '材料清单和窗口说的不一样' },
    { user_id: other.user.id, score: 5, comment: '很清楚' },
  ])
  const item = await t.app.inject(`/api/items/${BIRTH}`)
  expect(item.json().rating).toMatchObject({ count: 2, averageScore: 3.5 })

  // The unused upload only I had is gone from disk; the one another resident shares stays.
  expect(fs.existsSync(looseFile)).toBe(false)
  expect(fs.existsSync(sharedFile)).toBe(true)
  expect(await db.selectFrom('uploads').select('id').where('id', 'in', [loose.id, shared.id]).execute()).toEqual([])

  // The other resident is untouched: account, ticket with phone, follow of my old ticket, favourite, upload.
  expect((await t.app.inject({ url: '/api/me', headers: bearer(other.token) })).json()).toMatchObject({
    phoneMasked: '138****0002',
  })
  const theirExport = (await t.app.inject({ url: '/api/me/export', headers: bearer(other.token) })).json<MyDataExport>()
  expect(theirExport.tickets).toEqual([expect.objectContaining({ ref: theirs.ref, contactPhone: '13852798765' })])
  expect(theirExport.following).toEqual([expect.objectContaining({ ref: second.ref })])
  expect(theirExport.favourites).toEqual([expect.objectContaining({ implCode: OTHER_ITEM })])
  expect(theirExport.ratings).toEqual([expect.objectContaining({ implCode: BIRTH, score: 5 })])
  expect(theirExport.uploads).toEqual([expect.objectContaining({ id: othersCopy.id })])
  expect(theirExport.messages.length).toBeGreaterThan(0)
  const secondRow = await db
    .selectFrom('tickets')
    .select(['followers_count', 'user_id'])
    .where('ref', '=', second.ref)
    .executeTakeFirstOrThrow()
  expect(secondRow).toEqual({ followers_count: 1, user_id: null })
})

test('the export holds every 好差评 rating of my tickets with its comment, the reopening one too; erasure keeps them unlinked', async () => {
  const me = await t.loginResident()
  const mine = (await submit(t, me.token, streetlightDraft())).json<Ticket>()
  const clerk = await t.createStaff({ department: '3210-CGJ' })
  const staffToken = (await t.loginStaff(clerk.username, clerk.password)).token
  const rate = (payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${mine.ref}/rating`,
      headers: bearer(me.token),
      payload,
    })
  await staffAct(t, staffToken, mine.ref, 'accept')
  await staffAct(t, staffToken, mine.ref, 'reply', { body: '已更换两盏路灯。' })
  const reopen = await rate({ level: '不满意', comment: '还有四盏不亮', reopenReason: '其余四盏仍然不亮，请再修。' })
  expect(reopen.statusCode).toBe(200)
  await staffAct(t, staffToken, mine.ref, 'accept')
  await staffAct(t, staffToken, mine.ref, 'reply', { body: '其余四盏已更换。' })
  expect((await rate({ level: '非常满意', comment: '这次全亮了' })).statusCode).toBe(200)

  const data = (await t.app.inject({ url: '/api/me/export', headers: bearer(me.token) })).json<MyDataExport>()
  expect(data.tickets.map((x) => [x.ref, x.ratings.map((r) => [r.level, r.comment, r.reopened])])).toEqual([
    [
      mine.ref,
      [
        ['不满意', '还有四盏不亮', true],
        ['非常满意', '这次全亮了', false],
      ],
    ],
  ])

  // Erased: the ratings stay with the ticket as 好差评 data, and the ticket no longer points at anyone.
  expect((await t.app.inject({ method: 'DELETE', url: '/api/me', headers: bearer(me.token) })).statusCode).toBe(204)
  const kept = await t.app.db
    .selectFrom('ticket_ratings as r')
    .innerJoin('tickets as k', 'k.id', 'r.ticket_id')
    .select(['k.user_id', 'k.reporter_erased_at', 'r.level', 'r.comment'])
    .where('k.ref', '=', mine.ref)
    .orderBy('r.id')
    .execute()
  expect(kept).toEqual([
    { user_id: null, reporter_erased_at: expect.any(Date), level: '不满意', comment: '还有四盏不亮' },
    { user_id: null, reporter_erased_at: expect.any(Date), level: '非常满意', comment: '这次全亮了' },
  ])
})
