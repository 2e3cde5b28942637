import { type Kysely, sql } from 'kysely'
import { hotlineCategoriesRepository } from '../../../repositories/hotline-categories'
import { ticketsRepository } from '../../../repositories/tickets'
import { formatTicketRef, newTrackingToken } from '../../../services/hotline/ref'
import { addWorkingDays, WEEKDAYS_ONLY, type WorkingCalendar } from '../../../services/working-days'
import type { Database } from '../../schema'
import { sampleTickets } from './sample-tickets'
import { readHotlineCategories } from './types'

/** Arbitrary constant for pg_advisory_xact_lock: two servers starting at once seed the demo tickets once. */
const SAMPLE_LOCK_KEY = 3210_0004

/** What {@link seedHotline} changed. */
export interface HotlineSeedResult {
  categoriesChanged: number
  sampleTickets: number
}

/**
 * Loads the 12345 categories (upsert by service_code; departments resolved by full name) and, outside production,
 * the 49 demo tickets once (source 'seed', no resident, no phone). Throws when a category names a department that
 * is not seeded, so a typo fails the start instead of routing tickets nowhere.
 */
export async function seedHotline(
  db: Kysely<Database>,
  options: { sampleTickets: boolean; calendar?: WorkingCalendar },
): Promise<HotlineSeedResult> {
  const withSamples = options.sampleTickets
  const hotlineCategories = readHotlineCategories()
  const departments = await db.selectFrom('departments').select(['id', 'name']).execute()
  const byName = new Map(departments.map((d) => [d.name, d.id]))
  const missing = [...new Set(hotlineCategories.map((c) => c.department).filter((n) => !byName.has(n)))]
  if (missing.length > 0) throw new Error(`12345 categories name unknown departments: ${missing.join(', ')}`)
  const categoriesChanged = await hotlineCategoriesRepository(db).upsertAll(
    hotlineCategories.map((c, i) => ({
      service_code: c.serviceCode,
      group: c.group,
      name: c.name,
      description: c.description,
      keywords: c.keywords,
      department_id: byName.get(c.department)!,
      deadline_days: c.deadlineDays,
      consult_days: c.consultDays,
      location_required: c.locationRequired,
      types: c.types,
      attributes: c.attributes,
      sort: i,
    })),
  )
  let seeded = 0
  if (withSamples) seeded = await seedSampleTickets(db, options.calendar ?? WEEKDAYS_ONLY)
  if (categoriesChanged + seeded > 0) await sql`VACUUM ANALYZE hotline_categories, tickets`.execute(db)
  return { categoriesChanged, sampleTickets: seeded }
}

/** Inserts the demo tickets with their timelines, replies and ratings (ticket_ratings too), unless any seeded ticket exists. */
async function seedSampleTickets(db: Kysely<Database>, calendar: WorkingCalendar): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${SAMPLE_LOCK_KEY})`.execute(tx)
    const tickets = ticketsRepository(tx)
    if (await tickets.hasSeedTickets()) return 0
    const categories = new Map(readHotlineCategories().map((c) => [c.serviceCode, c]))
    const departments = await tx.selectFrom('departments').select(['id', 'name']).execute()
    const byName = new Map(departments.map((d) => [d.name, d.id]))
    const now = Date.now()
    let count = 0
    for (const [index, s] of sampleTickets.entries()) {
      const category = categories.get(s.serviceCode)
      if (!category) throw new Error(`sample ticket names unknown category ${s.serviceCode}`)
      const departmentId = byName.get(category.department)!
      // Spread the submissions over the working day so the list is not one timestamp.
      const created = new Date(now - s.daysAgo * 86_400_000 - (index % 8) * 3_600_000 - 600_000)
      const span = now - created.getTime()
      const at = (fraction: number) => new Date(created.getTime() + span * fraction)
      const seq = await tickets.nextSequence()
      const { id } = await tickets.insert({
        ref: formatTicketRef(seq, created),
        tracking_token: newTrackingToken(),
        source: 'seed',
        user_id: null,
        type: s.type,
        service_code: s.serviceCode,
        title: s.title.slice(0, 40),
        description: s.description,
        district_code: s.districtCode,
        town_code: s.townCode,
        address: s.address.slice(0, 120),
        lat: null,
        lng: null,
        attributes: '{}',
        anonymous: false,
        contact_phone: null,
        status: s.status,
        department_id: departmentId,
        accept_deadline: addWorkingDays(created, 1, calendar),
        due_at: addWorkingDays(created, s.type === '咨询' ? category.consultDays : category.deadlineDays, calendar),
        merged_into: null,
        rating_level: s.rating ?? null,
        rating_comment: null,
        rated_at: s.rating ? at(0.9) : null,
        created_at: created,
      })
      const event = (
        action: 'submit' | 'accept' | 'assign' | 'reply' | 'close' | 'rate',
        from: string | null,
        to: string | null,
        when: Date,
        note: string | null = null,
      ) =>
        tickets.addEvent({
          ticket_id: id,
          actor_type: action === 'submit' || action === 'rate' ? 'user' : 'system',
          actor_id: null,
          action,
          from_status: from as never,
          to_status: to as never,
          note,
          created_at: when,
        })
      await event('submit', null, 'submitted', created)
      if (s.status === 'assigned') await event('assign', 'submitted', 'assigned', at(0.2), `转至${category.department}`)
      if (['accepted', 'replied', 'closed'].includes(s.status)) await event('accept', 'submitted', 'accepted', at(0.2))
      if (s.status === 'replied' || s.status === 'closed') {
        if (s.reply)
          await tickets.addReply({
            ticket_id: id,
            department_id: departmentId,
            staff_id: null,
            body: s.reply,
            created_at: at(0.6),
          })
        await event('reply', 'accepted', 'replied', at(0.6))
      }
      if (s.status === 'closed') await event('close', 'replied', 'closed', at(0.8))
      if (s.rating) {
        await event('rate', null, null, at(0.9), s.rating)
        await tickets.addRating({ ticket_id: id, level: s.rating, comment: null, reopened: false, created_at: at(0.9) })
      }
      count++
    }
    return count
  })
}
