import type { OpenDayDetail, OpenDayPage, Registration } from '../../../types/openday'
import { act, createOpenDay, idNumber, register, registrationDraft } from '../helpers/openday'
import { bearer, buildTestApp, type TestApp } from '../helpers/test-app'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('find → register with a companion → 我的报名 with entry codes → cancel gives the seats back', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 30 })

  // find: the demo open days and ours, seats told honestly
  const list = (await t.app.inject('/api/openday/events?department=3210-ZLS')).json<OpenDayPage>()
  const row = list.items.find((e) => e.id === eventId)!
  expect(row).toMatchObject({ department: { code: '3210-ZLS' }, availability: { state: 'open', label: '余 30 席' } })
  const all = (await t.app.inject('/api/openday/events')).json<OpenDayPage>()
  expect(all.items.map((e) => e.title)).toEqual(expect.arrayContaining(['警营开放日：走进110指挥中心']))
  const police = all.items.find((e) => e.title === '警营开放日：走进110指挥中心')!
  expect(police.availability.label).toMatch(/^报名未开始 · \d{1,2}月\d{1,2}日 09:00 开放$/)
  const past = (await t.app.inject('/api/openday/events?when=past')).json<OpenDayPage>()
  expect(past.items.map((e) => e.title)).toEqual(['走进12345：热线话务员的一天'])
  expect(past.items[0]!.availability.label).toBe('已结束')

  const detail = (await t.app.inject(`/api/openday/events/${eventId}`)).json<OpenDayDetail>()
  expect(detail.sessions).toEqual([
    expect.objectContaining({
      id: sessionId,
      capacity: 30,
      waitlistCount: 0,
      availability: expect.objectContaining({ seatsLeft: 30 }),
    }),
  ])
  expect(detail.contactPhone).toBe('0514-87365551')

  // register (login required)
  const anonymous = await t.app.inject({
    method: 'POST',
    url: `/api/openday/events/${eventId}/registrations`,
    headers: { 'idempotency-key': 'k-anonymous-1' },
    payload: registrationDraft(sessionId, 1),
  })
  expect(anonymous.statusCode).toBe(401)
  const me = await t.loginResident()
  const draft = registrationDraft(sessionId, 1, {
    name: '李建国',
    companions: [{ name: '李小雨', idType: 'resident_id', idNumber: idNumber(2).toLowerCase() }],
  })
  const key = 'reg-key-0001'
  const res = await register(t, me.token, eventId, draft, key)
  expect(res.statusCode).toBe(201)
  const reg = res.json<Registration>()
  expect(reg).toMatchObject({
    status: 'confirmed',
    statusLabel: '报名成功',
    partySize: 2,
    phoneMasked: `${me.phone.slice(0, 3)}****${me.phone.slice(7)}`,
    waitlistPosition: null,
    canCancel: true,
  })
  expect(reg.ref).toMatch(/^KF[0-9A-Z]{8}$/)
  expect(reg.attendees).toEqual([
    expect.objectContaining({ name: '李建国', companion: false, idMasked: `3210**********${idNumber(1).slice(14)}` }),
    expect.objectContaining({ name: '李小雨', companion: true, idMasked: `3210**********${idNumber(2).slice(14)}` }),
  ])
  for (const a of reg.attendees) expect(a.entryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
  // nothing in the answer carries the full number
  expect(res.body).not.toContain(idNumber(1))

  // at rest: ciphertext, keyed hash and masked form only
  const stored = await t.app.db.selectFrom('openday_attendees').selectAll().where('event_id', '=', eventId).execute()
  expect(stored).toHaveLength(2)
  for (const a of stored) {
    expect(a.id_cipher).not.toContain(idNumber(1).slice(0, 10))
    expect(a.id_hash).toMatch(/^[0-9a-f]{64}$/)
  }

  // a retry with the same key answers the same registration
  const retry = await register(t, me.token, eventId, draft, key)
  expect(retry.statusCode).toBe(201)
  expect(retry.headers['idempotent-replayed']).toBe('true')
  expect(retry.json<Registration>().ref).toBe(reg.ref)
  expect(
    (await t.app.inject(`/api/openday/events/${eventId}`)).json<OpenDayDetail>().sessions[0]!.availability.label,
  ).toBe('余 28 席')

  // 我的报名; another resident cannot see it
  const mine = (await t.app.inject({ url: '/api/openday/registrations', headers: bearer(me.token) })).json()
  expect(mine.items.map((r: Registration) => r.ref)).toEqual([reg.ref])
  const other = await t.loginResident()
  expect(
    (await t.app.inject({ url: `/api/openday/registrations/${reg.ref}`, headers: bearer(other.token) })).statusCode,
  ).toBe(404)
  expect((await act(t, other.token, reg.ref, 'cancel')).statusCode).toBe(404)

  // cancel: the two seats go back, the codes are gone, and the same people may register again
  const cancelled = await act(t, me.token, reg.ref, 'cancel')
  expect(cancelled.statusCode).toBe(200)
  expect(cancelled.json<Registration>()).toMatchObject({ status: 'cancelled', statusLabel: '已取消', canCancel: false })
  expect(cancelled.json<Registration>().attendees.every((a) => a.entryCode === null)).toBe(true)
  expect(
    (await t.app.inject(`/api/openday/events/${eventId}`)).json<OpenDayDetail>().sessions[0]!.availability.label,
  ).toBe('余 30 席')
  const again = await register(t, me.token, eventId, draft)
  expect(again.statusCode).toBe(201)
  expect(again.json<Registration>().ref).not.toBe(reg.ref)
})

test('the list filters by month (Asia/Shanghai) and the detail of a draft is 404', async () => {
  const startsAt = new Date('2027-03-01T01:00:00Z') // 3月1日 09:00 in Yangzhou
  const { eventId } = await createOpenDay(t.app.db, { startsAt })
  const march = (await t.app.inject('/api/openday/events?month=2027-03')).json<OpenDayPage>()
  expect(march.items.map((e) => e.id)).toContain(eventId)
  const february = (await t.app.inject('/api/openday/events?month=2027-02')).json<OpenDayPage>()
  expect(february.items.map((e) => e.id)).not.toContain(eventId)
  const bad = await t.app.inject('/api/openday/events?month=2027-13')
  expect(bad.statusCode).toBe(400)

  const draft = await createOpenDay(t.app.db, { status: 'draft' })
  expect((await t.app.inject(`/api/openday/events/${draft.eventId}`)).statusCode).toBe(404)
  expect((await t.app.inject('/api/openday/events')).json<OpenDayPage>().items.map((e) => e.id)).not.toContain(
    draft.eventId,
  )
})
