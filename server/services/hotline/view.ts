import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type {
  CategoryGroups,
  SimilarQuery,
  SimilarTicket,
  StaffQueueQuery,
  StaffTicket,
  Ticket,
  TicketPage,
  TrackingView,
} from '../../../types/hotline'
import { type TicketStatus, TicketStatusGroup } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { NotFoundError } from '../../errors'
import { canOnTicket, residentSubject, staffSubject, ticketFacts } from '../../platform/policy'
import { hotlineCategoriesRepository } from '../../repositories/hotline-categories'
import type { StaffRow } from '../../repositories/staff'
import { type TicketRow, ticketsRepository } from '../../repositories/tickets'
import type { UserRow } from '../../repositories/users'
import type { WorkingCalendar } from '../working-days'
import {
  type StaffTicketDetail,
  type TicketDetail,
  toSimilar,
  toStaffTicket,
  toSummary,
  toTicket,
  toTrackingView,
} from './present'
import { bigrams, similarity } from './similar-text'

/** A ticket with the child rows every full view needs (events, replies, photos). */
export async function ticketDetail(db: Kysely<Database>, row: TicketRow): Promise<TicketDetail> {
  const repo = ticketsRepository(db)
  const [events, replies, photos] = await Promise.all([repo.events(row.id), repo.replies(row.id), repo.photos(row.id)])
  return { row, events, replies, photos }
}

/** The staff detail: {@link ticketDetail} plus every kept 好差评 rating. */
export async function staffTicketDetail(db: Kysely<Database>, row: TicketRow): Promise<StaffTicketDetail> {
  const [d, ratings] = await Promise.all([ticketDetail(db, row), ticketsRepository(db).ratings(row.id)])
  return { ...d, ratings }
}

/** The staff view of a ticket for `staff`, as the policy lets them see it. */
export async function staffView(
  db: Kysely<Database>,
  staff: StaffRow,
  row: TicketRow,
  calendar: WorkingCalendar,
): Promise<StaffTicket> {
  return toStaffTicket(await staffTicketDetail(db, row), staffSubject(staff), calendar)
}

/** The statuses a queue query asks for: `status`, the `state` group, both (their overlap), or `undefined` for all. */
function queueStatuses(q: StaffQueueQuery): readonly TicketStatus[] | undefined {
  if (!q.state) return q.status ? [q.status] : undefined
  const group: readonly TicketStatus[] = TicketStatusGroup[q.state]
  return q.status ? group.filter((s) => s === q.status) : group
}

/** Similarity below which a ticket is not worth showing as "similar". */
const SIMILAR_MIN_SCORE = 0.12

/** The read side of the hotline: categories, 我的工单, the owner's and the public view, similar tickets, the queue. */
export function ticketViews(deps: { db: Kysely<Database>; calendar: WorkingCalendar }) {
  const { db, calendar } = deps
  return {
    /** Categories grouped by 一级分类, in seed order. */
    async categories(): Promise<CategoryGroups> {
      const rows = await hotlineCategoriesRepository(db).list()
      const groups = new Map<string, CategoryGroups['groups'][number]['categories']>()
      for (const c of rows) {
        const list = groups.get(c.group) ?? []
        list.push({
          serviceCode: c.service_code,
          group: c.group,
          name: c.name,
          description: c.description,
          keywords: c.keywords,
          department: { id: c.department_id, name: c.department_name },
          deadlineDays: c.deadline_days,
          consultDays: c.consult_days,
          locationRequired: c.location_required,
          types: c.types,
          attributes: c.attributes.map((a) => ({
            code: a.code,
            datatype: a.datatype,
            required: a.required,
            description: a.description,
            datatypeDescription: a.datatypeDescription ?? null,
            order: a.order,
            values: a.values ?? [],
          })),
        })
        groups.set(c.group, list)
      }
      return { groups: [...groups].map(([name, categories]) => ({ name, categories })) }
    },

    /** 我的工单: filed or followed. */
    async listMine(user: UserRow, page: number, pageSize: number): Promise<TicketPage> {
      const { items, total } = await ticketsRepository(db).listForUser(user.id, page, pageSize)
      return { items: items.map((r) => toSummary(r, r.relation)), total, page, pageSize }
    },

    /** The resident's own ticket; anyone else's is 404, never 403 (no hint that it exists). */
    async getMine(user: UserRow, ref: string): Promise<Ticket> {
      const row = await ticketsRepository(db).findByRef(ref)
      if (!row || !canOnTicket(residentSubject(user), 'view-own', ticketFacts(row)))
        throw new NotFoundError('找不到这张工单')
      return toTicket(await ticketDetail(db, row), true, calendar)
    },

    /**
     * Public tracking view by ref + token (bookmarks, WeChat share cards, followers); a wrong token is 404, and so
     * is a confidential ticket (举报), which has no public view.
     */
    async track(ref: string, token: string | undefined): Promise<TrackingView> {
      const row = await ticketsRepository(db).findByRef(ref)
      const ok =
        row &&
        token !== undefined &&
        token.length === row.tracking_token.length &&
        crypto.timingSafeEqual(Buffer.from(token), Buffer.from(row.tracking_token)) &&
        canOnTicket({ kind: 'public' }, 'track', ticketFacts(row))
      if (!row || !ok) throw new NotFoundError('找不到这张工单，请检查链接是否完整')
      return toTrackingView(await ticketDetail(db, row))
    },

    /**
     * Up to 3 open tickets in the same category or district with similar text, showing only what a stranger may
     * see; confidential tickets (举报) are never offered.
     */
    async similar(query: SimilarQuery): Promise<{ items: SimilarTicket[] }> {
      const wanted = bigrams(query.text)
      const candidates = await ticketsRepository(db).similarCandidates(query.serviceCode, query.districtCode)
      const scored = candidates
        .filter((row) => canOnTicket({ kind: 'public' }, 'list-similar', ticketFacts(row)))
        .map((row) => ({ row, score: similarity(wanted, bigrams(`${row.title} ${row.description}`)) }))
        .filter((s) => s.score >= SIMILAR_MIN_SCORE)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3)
      return { items: scored.map((s) => toSimilar(s.row, s.score)) }
    },

    /**
     * The staff queue: the clerk's department, or everything for an admin; `status` and the `state` group
     * (办理中 / 已办结) narrow it, `sort` orders it by submission or by deadline.
     */
    async queue(staff: StaffRow, q: StaffQueueQuery): Promise<TicketPage> {
      const page = q.page ?? 1
      const pageSize = q.pageSize ?? 20
      const statuses = queueStatuses(q)
      if ((staff.role !== 'admin' && staff.department_id === null) || statuses?.length === 0)
        return { items: [], total: 0, page, pageSize }
      const { items, total } = await ticketsRepository(db).list({
        // An admin may narrow the queue to one department (the console's scope); a clerk always sees their own.
        departmentId: staff.role === 'admin' ? (q.departmentId ?? null) : staff.department_id,
        statuses,
        serviceCode: q.serviceCode,
        overdue: q.overdue === '1',
        sort: q.sort,
        page,
        pageSize,
      })
      return { items: items.map((r) => toSummary(r, 'staff')), total, page, pageSize }
    },

    /** One ticket for staff (404 outside their department). */
    async staffGet(staff: StaffRow, ref: string): Promise<StaffTicket> {
      const row = await ticketsRepository(db).findByRef(ref)
      if (!row || !canOnTicket(staffSubject(staff), 'view-staff', ticketFacts(row)))
        throw new NotFoundError('找不到这张工单，或不属于本部门')
      return staffView(db, staff, row, calendar)
    },
  }
}
