import type { Registration } from '../../../types/openday'
import { act, createOpenDay, idNumber, register, registrationDraft, residents, seatCounts } from '../helpers/openday'
import { testOnPostgres } from '../helpers/postgres-only'
import { buildTestApp, type TestApp } from '../helpers/test-app'

// Races run on a real PostgreSQL server only (DATABASE_URL): PGlite serialises statements, so a count-then-insert
// passes there (docs/design.md §4). Without DATABASE_URL these tests report themselves skipped.
let t: TestApp
beforeAll(async () => {
  // rate limits raised: this file measures the seat guard, not the per-address limit
  t = await buildTestApp({ env: { RATE_LIMIT_MAX: '1000000' } })
})
afterAll(() => t.close())

testOnPostgres(
  '1,000 residents register at once for a 100-seat session: exactly 100 confirmed, 900 told 已满 with the waitlist offered',
  async () => {
    const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 100 })
    const people = await residents(t.app.db, 1000)
    const answers = await Promise.all(
      people.map((p, i) => register(t, p.token, eventId, registrationDraft(sessionId, 1000 + i))),
    )
    const byStatus = new Map<number, number>()
    for (const a of answers) byStatus.set(a.statusCode, (byStatus.get(a.statusCode) ?? 0) + 1)
    expect(Object.fromEntries(byStatus)).toEqual({ 201: 100, 409: 900 })
    const refused = answers.filter((a) => a.statusCode === 409).map((a) => a.json())
    expect(refused.every((r) => r.code === 'SESSION_FULL' && r.message.includes('加入候补'))).toBe(true)
    expect(
      answers.filter((a) => a.statusCode === 201).every((a) => a.json<Registration>().status === 'confirmed'),
    ).toBe(true)
    // the counter equals the rows, and no refused request left a registration or a person behind
    expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 100, held: 100 })
    const rows = await t.app.db
      .selectFrom('openday_registrations')
      .select('id')
      .where('event_id', '=', eventId)
      .execute()
    expect(rows).toHaveLength(100)
    const persons = await t.app.db
      .selectFrom('openday_attendees')
      .select('id')
      .where('event_id', '=', eventId)
      .execute()
    expect(persons).toHaveLength(100)
  },
  240_000,
)

testOnPostgres(
  '200 cancels, waitlist joins and accepts at once: no seat lost or doubled, parties never split',
  async () => {
    const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 100 })
    const people = await residents(t.app.db, 300)
    const seated = people.slice(0, 100)
    const waiting = people.slice(100, 200)
    const joiners = people.slice(200, 300)
    const regs: Registration[] = []
    for (const [i, p] of seated.entries())
      regs.push((await register(t, p.token, eventId, registrationDraft(sessionId, 5000 + i))).json<Registration>())
    // 100 waiting parties: every third one is a party of two
    const waits: Registration[] = []
    for (const [i, p] of waiting.entries()) {
      const companions =
        i % 3 === 0 ? [{ name: '王芳', idType: 'resident_id' as const, idNumber: idNumber(8000 + i) }] : []
      const res = await register(
        t,
        p.token,
        eventId,
        registrationDraft(sessionId, 6000 + i, { companions, joinWaitlist: true }),
      )
      expect(res.json<Registration>().status).toBe('waitlisted')
      waits.push(res.json<Registration>())
    }
    expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 100, held: 100 })

    // at once: 100 seat holders cancel, 50 waiting parties cancel, 50 new people join the waitlist, and every
    // waiting party tries to accept (most are not offered yet and get 409; the promoted ones confirm)
    const ops = [
      ...seated.map((p, i) => act(t, p.token, regs[i]!.ref, 'cancel')),
      ...waiting.slice(50).map((p, i) => act(t, p.token, waits[50 + i]!.ref, 'cancel')),
      ...joiners
        .slice(0, 50)
        .map((p, i) => register(t, p.token, eventId, registrationDraft(sessionId, 7000 + i, { joinWaitlist: true }))),
      ...waiting.slice(0, 50).map((p, i) => act(t, p.token, waits[i]!.ref, 'accept')),
    ]
    const answers = await Promise.all(ops)
    expect(answers.filter((a) => a.statusCode >= 500)).toHaveLength(0)

    const counts = await seatCounts(t.app.db, sessionId)
    expect(counts.registered).toBe(counts.held)
    expect(counts.registered).toBeLessThanOrEqual(100)
    // no seat lost: whoever is still waiting would not fit the seats left (parties are never split)
    const left = 100 - counts.registered
    const stillWaiting = await t.app.db
      .selectFrom('openday_registrations')
      .select(['party_size'])
      .where('session_id', '=', sessionId)
      .where('status', '=', 'waitlisted')
      .execute()
    expect(stillWaiting.every((w) => w.party_size > left)).toBe(true)
    // every seat holder is a whole party: seats held = the sum of their party sizes, attendees active = the same
    const active = await t.app.db
      .selectFrom('openday_attendees as a')
      .innerJoin('openday_registrations as r', 'r.id', 'a.registration_id')
      .select('a.id')
      .where('r.session_id', '=', sessionId)
      .where('r.status', 'in', ['confirmed', 'offered'])
      .execute()
    expect(active).toHaveLength(counts.held)
  },
  240_000,
)

testOnPostgres('the same person from two accounts at once (same ID number) gets one registration', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 100 })
  for (let round = 0; round < 10; round++) {
    const [a, b] = await residents(t.app.db, 2)
    const draft = registrationDraft(sessionId, 9000 + round)
    const [ra, rb] = await Promise.all([register(t, a!.token, eventId, draft), register(t, b!.token, eventId, draft)])
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([201, 409])
    expect([ra, rb].find((r) => r.statusCode === 409)!.json().code).toBe('ALREADY_REGISTERED')
  }
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 10, held: 10 })
})

testOnPostgres('one account submitting twice at once with different keys gets one registration', async () => {
  const { eventId, sessionId } = await createOpenDay(t.app.db, { capacity: 100 })
  const [me] = await residents(t.app.db, 1)
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => register(t, me!.token, eventId, registrationDraft(sessionId, 9500))),
  )
  expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1)
  expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().code === 'ALREADY_REGISTERED')).toBe(true)
  expect(await seatCounts(t.app.db, sessionId)).toEqual({ registered: 1, held: 1 })
})
