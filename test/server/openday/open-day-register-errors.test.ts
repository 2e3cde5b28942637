import type { OpenDayDetail, Registration } from '../../../types/openday'
import { act, createOpenDay, idNumber, register, registrationDraft, seatCounts } from '../helpers/openday'
import { buildTestApp, type TestApp } from '../helpers/test-app'

const HOUR = 3_600_000
let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.close())

test('field errors in Chinese next to the field: wrong check digit, duplicate companion, no consent; nothing written', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db)
  const me = await t.loginResident()
  const good = idNumber(10)
  const wrongDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
  const res = await register(
    t,
    me.token,
    eventId,
    registrationDraft(sessionId, 10, {
      idNumber: wrongDigit,
      companions: [
        { name: '王芳', idType: 'resident_id', idNumber: idNumber(11) },
        { name: '王小明', idType: 'resident_id', idNumber: idNumber(11) },
        { name: 'Chan Tai Man', idType: 'hmt_permit', idNumber: 'X1234' },
      ],
      privacyConsent: false,
    }),
  )
  expect(res.statusCode).toBe(400)
  expect(res.json()).toMatchObject({
    code: 'VALIDATION_FAILED',
    fields: {
      idNumber: '证件号码校验位不正确，请核对是否有输错的数字',
      'companions.1.idNumber': '与另一位同行人员的证件号码相同，请核对',
      'companions.2.idNumber': expect.stringContaining('通行证号码格式不正确'),
      privacyConsent: '请阅读并同意隐私说明',
    },
  })
  const sameAsMe = await register(
    t,
    me.token,
    eventId,
    registrationDraft(sessionId, 10, {
      companions: [{ name: '李建国', idType: 'resident_id', idNumber: idNumber(10) }],
    }),
  )
  expect(sameAsMe.json().fields).toEqual({ 'companions.0.idNumber': '同行人员的证件号码与报名人相同，请核对' })
  // too many companions is the schema's 400
  const crowd = await register(
    t,
    me.token,
    eventId,
    registrationDraft(sessionId, 10, {
      companions: [1, 2, 3, 4, 5].map((n) => ({
        name: '王芳',
        idType: 'resident_id' as const,
        idNumber: idNumber(20 + n),
      })),
    }),
  )
  expect(crowd.statusCode).toBe(400)
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 0, held: 0 })
  const rows = await t.app.db.selectFrom('openday_registrations').select('id').where('event_id', '=', eventId).execute()
  expect(rows).toHaveLength(0)
})

test('registration not open yet, closed, or the event cancelled: 409 REGISTRATION_CLOSED saying when', async () => {
  const me = await t.loginResident()
  const opensAt = new Date('2027-01-10T01:00:00Z') // 1月10日 09:00 in Yangzhou
  const early = await createOpenDay(t.app.db, {
    opensAt,
    closesAt: new Date('2027-01-20T09:00:00Z'),
    startsAt: new Date('2027-01-25T01:00:00Z'),
  })
  const res = await register(t, me.token, early.eventId, registrationDraft(early.sessionId, 30))
  expect(res.statusCode).toBe(409)
  expect(res.json()).toMatchObject({ code: 'REGISTRATION_CLOSED', message: '报名尚未开始，将于 1月10日 09:00 开放' })
  expect((await t.app.inject(`/api/openday/events/${early.eventId}`)).json<OpenDayDetail>().availability.label).toBe(
    '报名未开始 · 1月10日 09:00 开放',
  )

  const late = await createOpenDay(t.app.db, {
    opensAt: new Date(Date.now() - 48 * HOUR),
    closesAt: new Date(Date.now() - HOUR),
    startsAt: new Date(Date.now() + 48 * HOUR),
  })
  const closed = await register(t, me.token, late.eventId, registrationDraft(late.sessionId, 31))
  expect(closed.json()).toMatchObject({
    code: 'REGISTRATION_CLOSED',
    message: expect.stringMatching(/^报名已于 .* 截止$/),
  })

  const cancelled = await createOpenDay(t.app.db, { status: 'cancelled' })
  const refused = await register(t, me.token, cancelled.eventId, registrationDraft(cancelled.sessionId, 32))
  expect(refused.json()).toMatchObject({ code: 'REGISTRATION_CLOSED', message: '活动已取消，不能报名' })
  // a session of another event
  const wrong = await register(t, me.token, late.eventId, registrationDraft(early.sessionId, 33))
  expect(wrong.statusCode).toBe(400)
  expect(wrong.json().fields).toEqual({ sessionId: '请选择本次活动的场次' })
})

test('one registration per person: the same ID from another account, or a companion registering separately, is refused', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db)
  const a = await t.loginResident()
  const b = await t.loginResident()
  const first = await register(
    t,
    a.token,
    eventId,
    registrationDraft(sessionId, 40, { companions: [{ name: '王芳', idType: 'resident_id', idNumber: idNumber(41) }] }),
  )
  expect(first.statusCode).toBe(201)
  const twice = await register(t, a.token, eventId, registrationDraft(sessionId, 42))
  expect(twice.json()).toMatchObject({ code: 'ALREADY_REGISTERED', message: expect.stringContaining(first.json().ref) })
  const sameId = await register(t, b.token, eventId, registrationDraft(sessionId, 40))
  expect(sameId.statusCode).toBe(409)
  expect(sameId.json()).toMatchObject({
    code: 'ALREADY_REGISTERED',
    fields: { idNumber: '该证件号码已报名本次活动（可能是用另一个账号报名的）' },
  })
  const companion = await register(t, b.token, eventId, registrationDraft(sessionId, 41, { name: '王芳' }))
  expect(companion.json().code).toBe('ALREADY_REGISTERED')
  // …but a companion of B who is someone else is fine
  const ok = await register(
    t,
    b.token,
    eventId,
    registrationDraft(sessionId, 43, { companions: [{ name: '赵磊', idType: 'passport', idNumber: 'E12345678' }] }),
  )
  expect(ok.statusCode).toBe(201)
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 4, held: 4 })
})

test('session full → 409 offering the waitlist → join → promoted when a seat frees → confirm within the window', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 2 })
  const [a, b, c, d] = await Promise.all([t.loginResident(), t.loginResident(), t.loginResident(), t.loginResident()])
  const ra = (await register(t, a.token, eventId, registrationDraft(sessionId, 50))).json<Registration>()
  expect((await register(t, b.token, eventId, registrationDraft(sessionId, 51))).statusCode).toBe(201)
  expect(
    (await t.app.inject(`/api/openday/events/${eventId}`)).json<OpenDayDetail>().sessions[0]!.availability.label,
  ).toBe('已满，可候补')

  // a party of 2 and then a single person wait
  const cDraft = registrationDraft(sessionId, 52, {
    companions: [{ name: '孙丽', idType: 'resident_id', idNumber: idNumber(53) }],
  })
  const full = await register(t, c.token, eventId, cDraft)
  expect(full.statusCode).toBe(409)
  expect(full.json()).toMatchObject({ code: 'SESSION_FULL', message: expect.stringContaining('加入候补') })
  const waitC = await register(t, c.token, eventId, { ...cDraft, joinWaitlist: true })
  expect(waitC.statusCode).toBe(201)
  expect(waitC.json<Registration>()).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 1,
    attendees: [{ entryCode: null }, { entryCode: null }],
  })
  const waitD = (
    await register(t, d.token, eventId, registrationDraft(sessionId, 54, { joinWaitlist: true }))
  ).json<Registration>()
  expect(waitD).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })

  // A cancels: one seat frees; C's party of 2 does not fit and keeps its place, D (1) is promoted — never split
  const cancelA = await act(t, a.token, ra.ref, 'cancel')
  expect(cancelA.statusCode).toBe(200)
  const dNow = (
    await t.app.inject({
      url: `/api/openday/registrations/${waitD.ref}`,
      headers: { authorization: `Bearer ${d.token}` },
    })
  ).json<Registration>()
  expect(dNow.status).toBe('offered')
  // confirm window: min(24 h, half the time to the start 7 days away) = 24 h
  expect(new Date(dNow.offerExpiresAt!).getTime() - Date.now()).toBeGreaterThan(23.9 * HOUR)
  expect(new Date(dNow.offerExpiresAt!).getTime() - Date.now()).toBeLessThanOrEqual(24 * HOUR)
  const cNow = (
    await t.app.inject({
      url: `/api/openday/registrations/${waitC.json().ref}`,
      headers: { authorization: `Bearer ${c.token}` },
    })
  ).json<Registration>()
  expect(cNow).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 2, held: 2 })

  const accepted = await act(t, d.token, waitD.ref, 'accept')
  expect(accepted.json<Registration>()).toMatchObject({ status: 'confirmed', offerExpiresAt: null })
  expect(accepted.json<Registration>().attendees[0]!.entryCode).toMatch(/^[0-9A-Z]{8}$/)
})

test('cancel after the deadline: 409 with the deadline and the department phone; the waiting may still leave', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, {
    capacity: 1,
    startsAt: new Date(Date.now() + 10 * HOUR),
    closesAt: new Date(Date.now() + 5 * HOUR),
    cancelDeadlineHours: 24,
  })
  const a = await t.loginResident()
  const b = await t.loginResident()
  const ra = (await register(t, a.token, eventId, registrationDraft(sessionId, 60))).json<Registration>()
  expect(ra.canCancel).toBe(false)
  const late = await act(t, a.token, ra.ref, 'cancel')
  expect(late.statusCode).toBe(409)
  expect(late.json()).toMatchObject({
    code: 'CANCEL_DEADLINE_PASSED',
    message: expect.stringMatching(/^已过网上取消的截止时间（.*）。如确实无法参加，请致电主办部门 0514-87365551 说明/),
  })
  const rb = (
    await register(t, b.token, eventId, registrationDraft(sessionId, 61, { joinWaitlist: true }))
  ).json<Registration>()
  expect(rb).toMatchObject({ status: 'waitlisted', canCancel: true })
  expect((await act(t, b.token, rb.ref, 'cancel')).json()).toMatchObject({ status: 'cancelled' })
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 1, held: 1 })
})

test('抽签 events collect entries without taking seats', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { mode: 'draw', capacity: 1 })
  const [a, b] = [await t.loginResident(), await t.loginResident()]
  for (const [i, who] of [a, b].entries()) {
    const res = await register(t, who.token, eventId, registrationDraft(sessionId, 70 + i))
    expect(res.json<Registration>()).toMatchObject({ status: 'applied', statusLabel: '已报名，待抽签' })
  }
  const detail = (await t.app.inject(`/api/openday/events/${eventId}`)).json<OpenDayDetail>()
  expect(detail.availability.label).toMatch(/^抽签报名中 · .* 截止$/)
  expect(detail.draw).toMatchObject({
    commitment: expect.stringMatching(/^[0-9a-f]{64}$/),
    secret: null,
    drawnAt: null,
  })
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 0, held: 0 })
})

test('an offer not accepted in its window expires by the durable job and passes to the next waiting party', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 1 })
  const [a, b, c] = [await t.loginResident(), await t.loginResident(), await t.loginResident()]
  const ra = (await register(t, a.token, eventId, registrationDraft(sessionId, 80))).json<Registration>()
  const rb = (
    await register(t, b.token, eventId, registrationDraft(sessionId, 81, { joinWaitlist: true }))
  ).json<Registration>()
  const rc = (
    await register(t, c.token, eventId, registrationDraft(sessionId, 82, { joinWaitlist: true }))
  ).json<Registration>()
  await act(t, a.token, ra.ref, 'cancel')
  const mine = (token: string, ref: string) =>
    t.app.inject({ url: `/api/openday/registrations/${ref}`, headers: { authorization: `Bearer ${token}` } })
  expect((await mine(b.token, rb.ref)).json<Registration>().status).toBe('offered')
  // B's window ends (as if 24 hours passed); the job that was scheduled for then runs now
  await t.app.db
    .updateTable('openday_registrations')
    .set({ offer_expires_at: new Date(Date.now() - 1000) })
    .where('ref', '=', rb.ref)
    .execute()
  const row = await t.app.db
    .selectFrom('openday_registrations')
    .select('id')
    .where('ref', '=', rb.ref)
    .executeTakeFirstOrThrow()
  await t.app.jobs.send('openday.offer-expiry', { registrationId: row.id })
  const deadline = Date.now() + 20_000
  while ((await mine(b.token, rb.ref)).json<Registration>().status === 'offered' && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200))
  expect((await mine(b.token, rb.ref)).json<Registration>()).toMatchObject({
    status: 'expired',
    statusLabel: '未在时限内确认',
  })
  expect((await mine(c.token, rc.ref)).json<Registration>().status).toBe('offered')
  expect((await act(t, b.token, rb.ref, 'accept')).statusCode).toBe(409)
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 1, held: 1 })
})
