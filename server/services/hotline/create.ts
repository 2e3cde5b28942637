import type { Kysely } from 'kysely'
import type { Ticket, TicketDraft } from '../../../types/hotline'
import type { TicketType } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { idempotent } from '../../platform/idempotency'
import type { CategoryRow } from '../../repositories/hotline-categories'
import { type TicketRow, ticketsRepository } from '../../repositories/tickets'
import type { UserRow } from '../../repositories/users'
import { addWorkingDays, type WorkingCalendar } from '../working-days'
import type { TicketNotices } from './notify'
import { toTicket } from './present'
import { formatTicketRef, newTrackingToken } from './ref'
import { checkDraft } from './validate'
import { ticketDetail } from './view'

/** The Open311 / city code used when a request gives no district. */
export const CITY_CODE = '321000'

/** The idempotency scope of the resident submit. */
export const SUBMIT_ROUTE = 'POST /api/hotline/tickets'

/** A checked ticket to file, from whichever door it came in by. */
export interface NewTicket {
  source: 'app' | 'open311'
  /** The resident filing it (null for Open311). */
  userId: number | null
  type: TicketType
  category: CategoryRow
  title: string
  description: string
  occurredAt?: string | null
  districtCode: string
  townCode?: string | null
  address?: string | null
  location?: { lat: number; lng: number } | null
  attributes: Record<string, unknown>
  anonymous: boolean
  contactPhone: string | null
  photoIds?: readonly string[]
  /** WeChat subscribe grants given on 提交 (weapp). */
  subscribeTemplateIds?: readonly string[]
}

/**
 * Files a checked ticket inside `tx` — the one creation path for the resident API and Open311: reference number,
 * tracking token, 受理 and 办结 deadlines on the working calendar, photos, the submit event and the notices.
 */
export async function fileTicket(
  tx: Kysely<Database>,
  input: NewTicket,
  deps: { calendar: WorkingCalendar; notices: TicketNotices },
): Promise<TicketRow> {
  const repo = ticketsRepository(tx)
  const now = new Date()
  const { category } = input
  const seq = await repo.nextSequence()
  const { id } = await repo.insert({
    ref: formatTicketRef(seq, now),
    tracking_token: newTrackingToken(),
    source: input.source,
    user_id: input.userId,
    type: input.type,
    service_code: category.service_code,
    title: input.title,
    description: input.description,
    occurred_at: input.occurredAt ?? null,
    district_code: input.districtCode,
    town_code: input.townCode ?? null,
    address: input.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    attributes: JSON.stringify(input.attributes),
    anonymous: input.anonymous,
    contact_phone: input.contactPhone,
    department_id: category.department_id,
    accept_deadline: addWorkingDays(now, 1, deps.calendar),
    due_at: addWorkingDays(now, input.type === '咨询' ? category.consult_days : category.deadline_days, deps.calendar),
    merged_into: null,
    rating_level: null,
    rating_comment: null,
    rated_at: null,
    created_at: now,
  })
  if (input.photoIds?.length) await repo.addPhotos(id, input.photoIds)
  await repo.addEvent({
    ticket_id: id,
    actor_type: input.source === 'open311' ? 'open311' : 'user',
    actor_id: input.userId,
    action: 'submit',
    from_status: null,
    to_status: 'submitted',
    note: null,
  })
  if (input.userId !== null && input.subscribeTemplateIds?.length)
    await deps.notices.grant(tx, id, input.userId, input.subscribeTemplateIds)
  const row = (await repo.findById(id))!
  await deps.notices.changed(tx, row, { status: 'submitted' })
  return row
}

/**
 * The resident's submit: exactly once per Idempotency-Key (platform/idempotency.ts). Validation runs first and
 * writes nothing, so a corrected retry with a new body needs a new key only if the first one succeeded.
 */
export async function submitTicket(
  db: Kysely<Database>,
  deps: { calendar: WorkingCalendar; notices: TicketNotices },
  user: UserRow,
  draft: TicketDraft,
  idempotencyKey: string | undefined,
): Promise<{ ticket: Ticket; replayed: boolean }> {
  let checked: Awaited<ReturnType<typeof checkDraft>>
  const result = await idempotent<Ticket>(
    db,
    {
      userId: user.id,
      route: SUBMIT_ROUTE,
      key: idempotencyKey,
      body: draft,
      mismatchMessage: '这个 Idempotency-Key 已用于内容不同的另一次提交，请为新的诉求生成新的键',
    },
    {
      validate: async () => {
        checked = await checkDraft(db, user, draft)
      },
      create: async (tx) => {
        const row = await fileTicket(
          tx,
          {
            source: 'app',
            userId: user.id,
            type: draft.type,
            category: checked.category,
            title: draft.title.trim(),
            description: draft.description.trim(),
            occurredAt: draft.occurredAt ?? null,
            districtCode: draft.districtCode,
            townCode: draft.townCode ?? null,
            address: draft.address?.trim() || null,
            location: draft.location ?? null,
            attributes: checked.attributes,
            anonymous: draft.anonymous,
            contactPhone: checked.contactPhone,
            photoIds: draft.photoIds,
            subscribeTemplateIds: draft.subscribeTemplateIds ?? [],
          },
          deps,
        )
        return toTicket(await ticketDetail(tx, row), true, deps.calendar)
      },
    },
  )
  return { ticket: result.body, replayed: result.replayed }
}
