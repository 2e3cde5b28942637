import { type Kysely, sql } from 'kysely'
import { opendayRepository } from '../../../repositories/openday'
import { drawCommitment, newDrawSecret } from '../../../services/openday/draw'
import type { Database } from '../../schema'
import { sampleEvents } from './sample-events'

/** Arbitrary constant for pg_advisory_xact_lock: two servers starting at once seed the demo open days once. */
const SAMPLE_LOCK_KEY = 3210_0013
const SHANGHAI_OFFSET_MS = 8 * 3_600_000

/** `HH:MM` in Asia/Shanghai on the day `day` days after `base`'s Shanghai date. */
export function shanghaiAt(base: Date, day: number, time: string): Date {
  const local = new Date(base.getTime() + SHANGHAI_OFFSET_MS)
  const [h, m] = time.split(':').map(Number)
  const utc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, h!, m!)
  return new Date(utc - SHANGHAI_OFFSET_MS)
}

/**
 * Inserts the demo 政府开放日 (source 'seed', 开发用) once, dated relative to today, unless any demo event exists.
 * Never called in production (the caller decides, as for the demo tickets); `npm run staff -- purge-demo` removes them.
 */
export async function seedDemoOpenDays(db: Kysely<Database>, now = new Date()): Promise<number> {
  const inserted = await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${SAMPLE_LOCK_KEY})`.execute(tx)
    const repo = opendayRepository(tx)
    if (await repo.hasSeedEvents()) return 0
    const departments = await tx.selectFrom('departments').select(['id', 'code']).execute()
    const byCode = new Map(departments.map((d) => [d.code, d.id]))
    for (const e of sampleEvents) {
      const departmentId = byCode.get(e.department)
      if (departmentId === undefined) throw new Error(`demo open day names unknown department ${e.department}`)
      const secret = e.selectionMode === 'draw' ? newDrawSecret() : null
      const eventId = await repo.insertEvent({
        source: 'seed',
        department_id: departmentId,
        title: e.title,
        theme: e.theme,
        description: e.description,
        venue_name: e.venueName,
        venue_address: e.venueAddress,
        lat: e.lat,
        lng: e.lng,
        directions: e.directions,
        accessibility: e.accessibility,
        what_to_bring: e.whatToBring,
        min_age: e.minAge ?? null,
        max_age: e.maxAge ?? null,
        contact_phone: e.contactPhone,
        selection_mode: e.selectionMode,
        status: e.status,
        registration_opens_at: shanghaiAt(now, e.opensDay, '09:00'),
        registration_closes_at: shanghaiAt(now, e.closesDay, '17:00'),
        draw_commitment: secret ? drawCommitment(secret) : null,
        draw_secret: secret,
      })
      for (const s of e.sessions)
        await repo.insertSession({
          event_id: eventId,
          starts_at: shanghaiAt(now, s.day, s.start),
          ends_at: shanghaiAt(now, s.day, s.end),
          capacity: s.capacity,
          reserved: s.reserved ?? 0,
        })
    }
    return sampleEvents.length
  })
  if (inserted > 0) await sql`VACUUM ANALYZE openday_events, openday_sessions`.execute(db)
  return inserted
}
