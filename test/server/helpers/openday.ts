import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../../server/db/schema'
import { newToken, sha256Hex } from '../../../server/lib/crypto'
import { opendayRepository } from '../../../server/repositories/openday'
import { sessionsRepository } from '../../../server/repositories/sessions'
import { usersRepository } from '../../../server/repositories/users'
import { drawCommitment, newDrawSecret } from '../../../server/services/openday/draw'
import type { RegistrationDraft } from '../../../types/openday'
import { gb11643CheckChar } from '../../../types/openday-identity'
import type { SelectionMode } from '../../../types/openday-states'
import { bearer, randomPhone, type TestApp } from './test-app'

const HOUR = 3_600_000

/** Options of {@link createOpenDay}; times default to: opened an hour ago, closes in 5 days, starts in 7 days. */
export interface OpenDayOptions {
  capacity?: number
  reserved?: number
  mode?: SelectionMode
  opensAt?: Date
  closesAt?: Date
  startsAt?: Date
  cancelDeadlineHours?: number
  status?: 'draft' | 'published' | 'cancelled' | 'finished'
}

/** A 自来水厂 open day with one session, written straight through the repository (the staff side comes later). */
export async function createOpenDay(
  db: Kysely<Database>,
  options: OpenDayOptions = {},
): Promise<{ eventId: string; sessionId: string; secret: string | null }> {
  const repo = opendayRepository(db)
  const now = Date.now()
  const startsAt = options.startsAt ?? new Date(now + 7 * 24 * HOUR)
  const department = await db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', '3210-ZLS')
    .executeTakeFirstOrThrow()
  const secret = options.mode === 'draw' ? newDrawSecret() : null
  const eventId = await repo.insertEvent({
    department_id: department.id,
    title: '自来水厂开放日：从长江水到放心水',
    description: '参观扬州第五水厂的取水泵房、沉淀池和水质检测中心。',
    venue_name: '扬州第五水厂',
    venue_address: '扬州市广陵区沙头镇',
    lat: null,
    lng: null,
    contact_phone: '0514-87365551',
    min_age: null,
    max_age: null,
    selection_mode: options.mode ?? 'first_come',
    status: options.status ?? 'published',
    registration_opens_at: options.opensAt ?? new Date(now - HOUR),
    registration_closes_at: options.closesAt ?? new Date(now + 5 * 24 * HOUR),
    cancel_deadline_hours: options.cancelDeadlineHours ?? 24,
    draw_commitment: secret ? drawCommitment(secret) : null,
    draw_secret: secret,
  })
  const sessionId = await repo.insertSession({
    event_id: eventId,
    starts_at: startsAt,
    ends_at: new Date(startsAt.getTime() + 2 * HOUR),
    capacity: options.capacity ?? 30,
    reserved: options.reserved ?? 0,
  })
  return { eventId, sessionId, secret }
}

/** A valid 居民身份证 number (扬州市广陵区, born 1970 + n/1000 days), distinct for each `n` below 10,000,000. */
export function idNumber(n: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + Math.floor(n / 1000) * 86_400_000)
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const first17 = `321002${ymd}${String(n % 1000).padStart(3, '0')}`
  return first17 + gb11643CheckChar(first17)
}

/** A complete draft for one person (and optional companions). */
export function registrationDraft(
  sessionId: string,
  n: number,
  overrides: Partial<RegistrationDraft> = {},
): RegistrationDraft {
  return {
    sessionId,
    name: '李建国',
    useAccountPhone: true,
    idType: 'resident_id',
    idNumber: idNumber(n),
    category: '市民',
    companions: [],
    privacyConsent: true,
    ...overrides,
  }
}

/** POST a registration with an Idempotency-Key (a fresh one unless given). */
export function register(t: TestApp, token: string, eventId: string, draft: RegistrationDraft, key?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/openday/events/${eventId}/registrations`,
    headers: { ...bearer(token), 'idempotency-key': key ?? crypto.randomUUID() },
    payload: draft,
  })
}

/** POST an action on a registration (cancel / accept). */
export function act(t: TestApp, token: string, ref: string, action: 'cancel' | 'accept') {
  return t.app.inject({ method: 'POST', url: `/api/openday/registrations/${ref}/${action}`, headers: bearer(token) })
}

/**
 * Many signed-in residents at once, written straight through the repositories (the SMS login path is tested
 * elsewhere and is rate limited per address, which a 1,000-resident race would only measure).
 */
export async function residents(db: Kysely<Database>, count: number): Promise<{ id: number; token: string }[]> {
  const out: { id: number; token: string }[] = []
  // consecutive numbers from a random start: distinct within the call (random ones could collide)
  const base = Number(randomPhone().slice(3))
  for (let i = 0; i < count; i++) {
    const user = await usersRepository(db).findOrCreateByPhone(`138${String((base + i) % 1e8).padStart(8, '0')}`)
    const token = newToken()
    await sessionsRepository(db).create({
      tokenHash: sha256Hex(token),
      subjectType: 'user',
      subjectId: user.id,
      ttlHours: 24,
      userAgent: null,
    })
    out.push({ id: user.id, token })
  }
  return out
}

/** `registered` of a session and the seats its registrations hold: the invariant is that they are equal. */
export async function seatCounts(db: Kysely<Database>, sessionId: string) {
  const session = await opendayRepository(db).findSession(sessionId)
  return { registered: session!.registered, held: await opendayRepository(db).seatedSum(sessionId) }
}
