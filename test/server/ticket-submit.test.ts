import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Ticket } from '../../types/hotline'
import { GPS_MARK, jpegWithGps, streetlightDraft, submit, upload } from './helpers/hotline'
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

test('resident picks a category, uploads a photo, submits and tracks the ticket to its deadline', async () => {
  const cats = await t.app.inject('/api/hotline/categories')
  expect(cats.statusCode).toBe(200)
  const groups = cats.json().groups as { name: string; categories: { serviceCode: string }[] }[]
  expect(groups.map((g) => g.name)).toEqual(expect.arrayContaining(['城市管理', '交通出行', '住房物业']))
  expect(groups.flatMap((g) => g.categories)).toHaveLength(72)

  const me = await t.loginResident('13952712345')
  const up = await upload(t, me.token, jpegWithGps())
  expect(up.statusCode).toBe(201)
  const photo = up.json()
  expect(photo).toMatchObject({ mime: 'image/jpeg', url: `/api/uploads/${photo.id}` })

  const res = await submit(t, me.token, streetlightDraft({ photoIds: [photo.id] }))
  expect(res.statusCode).toBe(201)
  const ticket = res.json<Ticket>()
  expect(ticket.ref).toMatch(/^YZ\d{8}-\d{6}$/)
  expect(ticket).toMatchObject({
    type: '投诉',
    status: 'submitted',
    statusLabel: '已提交',
    category: { serviceCode: 'URBAN_STREETLIGHT', group: '城市管理' },
    district: { code: '321003', name: '邗江区' },
    department: { name: '扬州市城市管理局' },
    contactPhoneMasked: '139****2345',
    overdue: false,
    canRate: false,
    followers: 0,
    mergedInto: null,
    photos: [{ id: photo.id, url: photo.url }],
  })
  expect(res.body).not.toContain('13952712345')
  expect(new Date(ticket.dueAt).getTime()).toBeGreaterThan(new Date(ticket.acceptDeadline).getTime())
  expect(ticket.timeline).toEqual([expect.objectContaining({ status: 'submitted', by: 'resident' })])

  // 我的工单 and the detail page.
  const list = await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(me.token) })
  expect(list.json()).toMatchObject({ total: 1, items: [{ ref: ticket.ref, relation: 'own', status: 'submitted' }] })
  const detail = await t.app.inject({ url: `/api/hotline/tickets/${ticket.ref}`, headers: bearer(me.token) })
  expect(detail.statusCode).toBe(200)
  expect(detail.json().ref).toBe(ticket.ref)

  // The photo comes back without its GPS metadata, to its owner only.
  const img = await t.app.inject({ url: photo.url, headers: bearer(me.token) })
  expect(img.statusCode).toBe(200)
  expect(img.headers['content-type']).toBe('image/jpeg')
  expect(img.rawPayload.includes(Buffer.from(GPS_MARK))).toBe(false)

  // Public tracking view from a bookmark: logged out, no personal data.
  const track = await t.app.inject(`/api/hotline/track/${ticket.ref}?t=${ticket.trackingToken}`)
  expect(track.statusCode).toBe(200)
  expect(track.json()).toMatchObject({ ref: ticket.ref, status: 'submitted', district: '邗江区' })
  expect(track.body).not.toContain('2345')
  expect(track.body).not.toContain(ticket.description)
  expect(track.body).not.toContain('公交站')
  const wrong = await t.app.inject(`/api/hotline/track/${ticket.ref}?t=AAAAAAAAAAAAAAAAAAAAAA`)
  expect(wrong.statusCode).toBe(404)

  // An in-app message says it was received.
  const msgs = await t.app.inject({ url: '/api/me/messages', headers: bearer(me.token) })
  expect(msgs.json()).toMatchObject({ total: 1, unread: 1, items: [{ ticketRef: ticket.ref }] })
})

test('similar open tickets are offered anonymised, and 我也遇到了 joins one', async () => {
  const a = await t.loginResident()
  const first = (await submit(t, a.token, streetlightDraft({ contactPhone: '13700001111' }))).json<Ticket>()
  const b = await t.loginResident()
  const similar = await t.app.inject({
    method: 'POST',
    url: '/api/hotline/similar',
    payload: { serviceCode: 'URBAN_STREETLIGHT', districtCode: '321003', text: '百祥路东段路灯晚上不亮，很黑' },
  })
  expect(similar.statusCode).toBe(200)
  const items = similar.json().items as { ref: string }[]
  expect(items.length).toBeGreaterThan(0)
  expect(items.length).toBeLessThanOrEqual(3)
  expect(items.map((i) => i.ref)).toContain(first.ref)
  expect(similar.body).not.toContain('13700001111')
  expect(similar.body).not.toContain('公交站')
  const follow = await t.app.inject({
    method: 'POST',
    url: `/api/hotline/tickets/${first.ref}/follow`,
    headers: bearer(b.token),
  })
  expect(follow.statusCode).toBe(200)
  expect(follow.json()).toMatchObject({ ref: first.ref, followers: 1, trackingToken: first.trackingToken })
  const mine = await t.app.inject({ url: '/api/hotline/tickets', headers: bearer(b.token) })
  expect(mine.json().items).toEqual([expect.objectContaining({ ref: first.ref, relation: 'following' })])
})

test('a one-item multivaluelist answer is accepted and stored as a list', async () => {
  const me = await t.loginResident('13952710001')
  const res = await submit(
    t,
    me.token,
    streetlightDraft({
      serviceCode: 'URBAN_PILING',
      title: '小区门口长期堆放装修垃圾',
      description: '广陵区东关街道某小区北门外人行道上堆了十几袋装修垃圾，已经一个多星期没人清理。',
      districtCode: '321002',
      townCode: '321002001',
      address: '广陵区东关街道某小区北门外人行道',
      attributes: { MATERIAL: ['CONSTRUCTION'] },
    }),
  )
  expect(res.statusCode).toBe(201)
  const ticket = res.json<Ticket>()
  const stored = await t.app.db
    .selectFrom('tickets')
    .select('attributes')
    .where('ref', '=', ticket.ref)
    .executeTakeFirstOrThrow()
  expect(stored.attributes).toEqual({ MATERIAL: ['CONSTRUCTION'] })
})

test('a resident logged in by SMS files with 使用账号手机号 and never types the number', async () => {
  const me = await t.loginResident('13952719876')
  const { contactPhone: _typed, ...draft } = streetlightDraft()
  const res = await submit(t, me.token, { ...draft, useAccountPhone: true })
  expect(res.statusCode).toBe(201)
  const ticket = res.json<Ticket>()
  expect(ticket.contactPhoneMasked).toBe('139****9876')
  const row = await t.app.db
    .selectFrom('tickets')
    .select('contact_phone')
    .where('ref', '=', ticket.ref)
    .executeTakeFirst()
  expect(row?.contact_phone).toBe('13952719876')

  // Ticked, the account's number wins over one also sent; unticked, the typed one is used.
  const both = (
    await submit(t, me.token, streetlightDraft({ useAccountPhone: true, contactPhone: '13700002222' }))
  ).json<Ticket>()
  expect(both.contactPhoneMasked).toBe('139****9876')
  const typed = (
    await submit(t, me.token, streetlightDraft({ useAccountPhone: false, contactPhone: '13700002222' }))
  ).json<Ticket>()
  expect(typed.contactPhoneMasked).toBe('137****2222')
})

test('a WeChat resident (no phone on the account) is asked for a contact phone', async () => {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/wechat',
    payload: { code: 'wx-code-ticket-phone' },
  })
  expect(login.statusCode).toBe(200)
  const { token } = login.json<{ token: string; user: { phoneMasked: string | null } }>()
  const { contactPhone: _typed, ...draft } = streetlightDraft()
  for (const body of [{ ...draft, useAccountPhone: true }, draft]) {
    const res = await submit(t, token, body)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { contactPhone: '请填写联系电话' } })
  }
  const ok = await submit(t, token, streetlightDraft({ useAccountPhone: true, contactPhone: '13700003333' }))
  expect(ok.statusCode).toBe(400)
  const typed = await submit(t, token, streetlightDraft({ contactPhone: '13700003333' }))
  expect(typed.statusCode).toBe(201)
})
