import type { Kysely } from 'kysely'
import type { RatingBody, StaffTicket } from '../../../types/hotline'
import {
  canTransition,
  isOpenStatus,
  MAX_REOPENS,
  REOPENING_LEVELS,
  type TicketStatus,
  TicketStatusLabel,
} from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { ConflictError, NotFoundError, ValidationError } from '../../errors'
import { canOnTicket, residentSubject, staffSubject, ticketFacts } from '../../platform/policy'
import { auditRepository } from '../../repositories/audit'
import { departmentsRepository } from '../../repositories/departments'
import { hotlineCategoriesRepository } from '../../repositories/hotline-categories'
import type { StaffRow } from '../../repositories/staff'
import { type TicketRow, ticketsRepository } from '../../repositories/tickets'
import type { UserRow } from '../../repositories/users'
import { addWorkingDays, type WorkingCalendar } from '../working-days'
import type { TicketNotices } from './notify'
import { staffView } from './view'

/** 409: the action is not allowed in the ticket's current status (see TICKET_TRANSITIONS). */
export class TicketTransitionError extends ConflictError {
  override name = 'TicketTransitionError'
  constructor(from: TicketStatus, action: string) {
    super(`工单当前状态为“${TicketStatusLabel[from]}”，不能${action}`)
  }
}

/** A staff action on a ticket. */
export type StaffAction =
  | { kind: 'accept' }
  | { kind: 'assign'; departmentId: number }
  | { kind: 'return'; reason: string }
  | { kind: 'reply'; body: string }
  | { kind: 'close'; note?: string }
  | { kind: 'merge'; intoRef: string }

type Actor = { type: 'user' | 'staff' | 'system' | 'open311'; id: number | null }
type Deps = { db: Kysely<Database>; calendar: WorkingCalendar; notices: TicketNotices }

/** A status change with its event, audit row and notices, inside `tx`; returns deliveries to send after commit. */
async function transition(
  tx: Kysely<Database>,
  notices: TicketNotices,
  row: TicketRow,
  to: TicketStatus,
  actor: Actor,
  action: 'accept' | 'assign' | 'return' | 'reply' | 'close' | 'merge' | 'reopen',
  set: Parameters<ReturnType<typeof ticketsRepository>['update']>[1],
  notes: { event?: string | null; public?: string },
): Promise<string[]> {
  const repo = ticketsRepository(tx)
  await repo.update(row.id, { ...set, status: to })
  await repo.addEvent({
    ticket_id: row.id,
    actor_type: actor.type,
    actor_id: actor.id,
    action,
    from_status: row.status,
    to_status: to,
    note: notes.event ?? null,
  })
  await auditRepository(tx).record({
    actorType: actor.type === 'open311' ? 'system' : actor.type,
    actorId: actor.id,
    action: `ticket.${action}`,
    target: row.ref,
    detail: { from: row.status, to },
  })
  return notices.changed(tx, row, { status: to, note: notes.public })
}

/** The ticket locked FOR UPDATE with its joined columns, or undefined. */
async function lockedTicket(tx: Kysely<Database>, ref: string): Promise<TicketRow | undefined> {
  const repo = ticketsRepository(tx)
  const locked = await repo.lockByRef(ref)
  return locked ? repo.findById(locked.id) : undefined
}

/**
 * 好差评 after a reply. A rating closes a replied ticket; 不满意/非常不满意 with a reason reopens it instead,
 * at most {@link MAX_REOPENS} time (the CHECK on reopened_count is the safety net), with a fresh deadline.
 * Every rating is kept in ticket_ratings with its comment — the one that reopens too, so the 不满意 stays in
 * the 好差评 data — while the ticket's own rating columns hold the rating of the current answer only (a reopened
 * ticket is unrated until its next reply is rated). The notices go out after commit.
 */
export async function rateTicket(deps: Deps, user: UserRow, ref: string, body: RatingBody): Promise<void> {
  const { calendar, notices } = deps
  const deliveries = await deps.db.transaction().execute(async (tx) => {
    const repo = ticketsRepository(tx)
    const row = await lockedTicket(tx, ref)
    if (!row || !canOnTicket(residentSubject(user), 'view-own', ticketFacts(row)))
      throw new NotFoundError('找不到这张工单')
    if (row.status !== 'replied' && row.status !== 'closed') throw new TicketTransitionError(row.status, '评价')
    if (row.rating_level !== null) throw new ConflictError('这张工单已经评价过了')
    const reopen = Boolean(body.reopenReason)
    if (reopen) {
      if (!REOPENING_LEVELS.includes(body.level))
        throw new ValidationError('只有“不满意”或“非常不满意”可以申请重新办理', {
          reopenReason: '只有“不满意”或“非常不满意”可以申请重新办理',
        })
      if (row.reopened_count >= MAX_REOPENS) throw new ConflictError('每张工单只能申请重新办理一次')
    }
    const actor = { type: 'user' as const, id: user.id }
    const comment = body.comment?.trim() || null
    await repo.addEvent({
      ticket_id: row.id,
      actor_type: 'user',
      actor_id: user.id,
      action: 'rate',
      from_status: null,
      to_status: null,
      note: body.level,
    })
    await repo.addRating({ ticket_id: row.id, level: body.level, comment, reopened: reopen })
    if (reopen) {
      const category = (await hotlineCategoriesRepository(tx).find(row.service_code))!
      return transition(
        tx,
        notices,
        row,
        'reopened',
        actor,
        'reopen',
        {
          reopened_count: row.reopened_count + 1,
          due_at: addWorkingDays(new Date(), category.deadline_days, calendar),
        },
        { event: body.reopenReason },
      )
    }
    await repo.update(row.id, { rating_level: body.level, rating_comment: comment, rated_at: new Date() })
    if (row.status === 'replied')
      return transition(tx, notices, row, 'closed', actor, 'close', {}, { event: '评价后办结' })
    return []
  })
  notices.send(deliveries)
}

/**
 * A staff action. The ticket row is locked first (FOR UPDATE), then visibility and the transition table are
 * checked against the locked status, so concurrent actions apply one after the other and an illegal second
 * one is refused with 409. Every action writes a ticket event (timeline) and an audit_log row with who/when.
 */
export async function actOnTicket(deps: Deps, staff: StaffRow, ref: string, action: StaffAction): Promise<StaffTicket> {
  const { db, notices } = deps
  const who = staffSubject(staff)
  const deliveries = await db.transaction().execute(async (tx) => {
    const repo = ticketsRepository(tx)
    const row = await lockedTicket(tx, ref)
    if (!row || !canOnTicket(who, 'act', ticketFacts(row))) throw new NotFoundError('找不到这张工单，或不属于本部门')
    const actor = { type: 'staff' as const, id: staff.id }
    const check = (to: TicketStatus, verb: string) => {
      if (!canTransition(row.status, to)) throw new TicketTransitionError(row.status, verb)
    }
    switch (action.kind) {
      case 'accept':
        check('accepted', '受理')
        return transition(tx, notices, row, 'accepted', actor, 'accept', {}, {})
      case 'assign': {
        check('assigned', '转办')
        const dept = await departmentsRepository(tx).findById(action.departmentId)
        if (!dept) throw new ValidationError('请选择有效的部门', { departmentId: '请选择有效的部门' })
        if (dept.id === row.department_id)
          throw new ValidationError('工单已在该部门', { departmentId: '工单已在该部门，请选择其他部门' })
        const note = `转至${dept.name}`
        return transition(
          tx,
          notices,
          row,
          'assigned',
          actor,
          'assign',
          { department_id: dept.id },
          { event: note, public: note },
        )
      }
      case 'return': {
        check('returned', '退回')
        const desk = await departmentsRepository(tx).hotlineDesk()
        return transition(
          tx,
          notices,
          row,
          'returned',
          actor,
          'return',
          { department_id: desk.id },
          { event: action.reason },
        )
      }
      case 'reply': {
        check('replied', '答复')
        const departmentId = row.department_id ?? staff.department_id
        if (departmentId === null) throw new ConflictError('工单没有承办部门，请先转办')
        await repo.addReply({ ticket_id: row.id, department_id: departmentId, staff_id: staff.id, body: action.body })
        return transition(tx, notices, row, 'replied', actor, 'reply', {}, {})
      }
      case 'close':
        check('closed', '办结')
        return transition(tx, notices, row, 'closed', actor, 'close', {}, { event: action.note ?? null })
      case 'merge': {
        check('merged', '合并')
        const target = await repo.findByRef(action.intoRef)
        if (!target || target.id === row.id || !canOnTicket(who, 'act', ticketFacts(target)))
          throw new ValidationError('目标工单不存在或不在本部门', {
            intoRef: '目标工单不存在、不在本部门或就是本工单',
          })
        await repo.lockPair(row.id, target.id)
        const fresh = (await repo.findById(target.id))!
        if (!isOpenStatus(fresh.status) || fresh.merged_into !== null)
          throw new ValidationError('目标工单已办结或已合并', { intoRef: '只能并入仍在办理中的工单' })
        await repo.moveFollowers(row.id, fresh.id)
        await repo.addEvent({
          ticket_id: fresh.id,
          actor_type: 'staff',
          actor_id: staff.id,
          action: 'merged_in',
          from_status: null,
          to_status: null,
          note: row.ref,
        })
        const note = `已并入工单 ${fresh.ref}`
        return transition(
          tx,
          notices,
          row,
          'merged',
          actor,
          'merge',
          { merged_into: fresh.id },
          { event: note, public: note },
        )
      }
    }
  })
  notices.send(deliveries)
  const row = (await ticketsRepository(db).findByRef(ref))!
  return staffView(db, staff, row, deps.calendar)
}
