import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type {
  CategoryGroups,
  FollowResult,
  RatingBody,
  SimilarQuery,
  SimilarTicket,
  StaffQueueQuery,
  StaffTicket,
  Ticket,
  TicketDraft,
  TicketPage,
  TrackingView,
} from '../../types/hotline'
import {
  ANONYMOUS_ALLOWED,
  canTransition,
  isOpenStatus,
  MAX_REOPENS,
  REOPENING_LEVELS,
  TICKET_LIMITS,
  type TicketStatus,
  TicketStatusGroup,
  TicketStatusLabel,
} from '../../types/hotline-states'
import type { Database } from '../db/schema'
import { ConflictError, IdempotencyMismatchError, NotFoundError, ValidationError } from '../errors'
import { auditRepository } from '../repositories/audit'
import { type CategoryRow, hotlineCategoriesRepository } from '../repositories/hotline-categories'
import { idempotencyRepository } from '../repositories/idempotency'
import { messagesRepository } from '../repositories/messages'
import type { StaffRow } from '../repositories/staff'
import { type TicketRow, ticketsRepository } from '../repositories/tickets'
import { uploadsRepository } from '../repositories/uploads'
import type { UserRow } from '../repositories/users'
import type { Notifier } from './notifications'
import { formatTicketRef, newTrackingToken } from './tickets-ref'
import { bigrams, similarity } from './tickets-similar'
import {
  type StaffTicketDetail,
  type TicketDetail,
  toSimilar,
  toStaffTicket,
  toSummary,
  toTicket,
  toTrackingView,
} from './tickets-view'
import { addWorkingDays, type WorkingCalendar } from './working-days'

/** 409: the action is not allowed in the ticket's current status (see TICKET_TRANSITIONS). */
export class TicketTransitionError extends ConflictError {
  override name = 'TicketTransitionError'
  constructor(from: TicketStatus, action: string) {
    super(`工单当前状态为“${TicketStatusLabel[from]}”，不能${action}`)
  }
}

/** 409: the same Idempotency-Key was sent with a different body. */
const keyReused = () =>
  new IdempotencyMismatchError('这个 Idempotency-Key 已用于内容不同的另一次提交，请为新的诉求生成新的键')

/** The Open311 / city code used when a request gives no district. */
export const CITY_CODE = '321000'
const SUBMIT_ROUTE = 'POST /api/hotline/tickets'
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/

/** JSON with sorted keys, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/** Checks the Open311 attributes against the category's definition; returns the cleaned values. */
export function checkAttributes(
  category: CategoryRow,
  given: Record<string, unknown>,
  fields: Record<string, string>,
  prefix = 'attributes.',
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const attr of category.attributes) {
    const raw = given[attr.code]
    // Fastify's ajv coerces types ('array' mode) and tries the union's string branch first, so a one-item
    // multivaluelist answer such as ['PILING'] arrives here as 'PILING': make it a list again.
    const value = attr.datatype === 'multivaluelist' && typeof raw === 'string' ? [raw] : raw
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    const key = `${prefix}${attr.code}`
    if (empty) {
      if (attr.required) fields[key] = `请填写${attr.description}`
      continue
    }
    const keys = new Set((attr.values ?? []).map((v) => v.key))
    if (attr.datatype === 'singlevaluelist' && !(typeof value === 'string' && keys.has(value)))
      fields[key] = `${attr.description}的选项不正确`
    else if (
      attr.datatype === 'multivaluelist' &&
      !(Array.isArray(value) && value.every((v) => typeof v === 'string' && keys.has(v)))
    )
      fields[key] = `${attr.description}的选项不正确`
    else if (attr.datatype === 'number' && !Number.isFinite(Number(value))) fields[key] = `${attr.description}应为数字`
    else if (attr.datatype === 'datetime' && Number.isNaN(Date.parse(String(value))))
      fields[key] = `${attr.description}的时间格式不正确`
    else if (typeof value === 'string' && value.length > 500) fields[key] = `${attr.description}最多 500 个字符`
    else out[attr.code] = attr.datatype === 'number' ? Number(value) : value
  }
  return out
}

/** The statuses a queue query asks for: `status`, the `state` group, both (their overlap), or `undefined` for all. */
function queueStatuses(q: StaffQueueQuery): readonly TicketStatus[] | undefined {
  if (!q.state) return q.status ? [q.status] : undefined
  const group: readonly TicketStatus[] = TicketStatusGroup[q.state]
  return q.status ? group.filter((s) => s === q.status) : group
}

/**
 * Everything the 12345 routes do, over one database and notifier. `calendar` (config.workingCalendar) sets every
 * 限时办结 deadline and the `dueWorkingDays` shown with it.
 */
export function ticketsService(deps: { db: Kysely<Database>; notifier: Notifier; calendar: WorkingCalendar }) {
  const { db, notifier, calendar } = deps

  async function detail(tx: Kysely<Database>, row: TicketRow): Promise<TicketDetail> {
    const repo = ticketsRepository(tx)
    const [events, replies, photos] = await Promise.all([
      repo.events(row.id),
      repo.replies(row.id),
      repo.photos(row.id),
    ])
    return { row, events, replies, photos }
  }

  async function staffDetail(tx: Kysely<Database>, row: TicketRow): Promise<StaffTicketDetail> {
    const [d, ratings] = await Promise.all([detail(tx, row), ticketsRepository(tx).ratings(row.id)])
    return { ...d, ratings }
  }

  /** Admins see every ticket; a clerk sees the tickets their department is handling. */
  const visibleTo = (staff: StaffRow, row: TicketRow) =>
    staff.role === 'admin' || (staff.department_id !== null && row.department_id === staff.department_id)
  const viewer = (staff: StaffRow) => ({ role: staff.role, departmentId: staff.department_id })

  /** Checks a district (county-level under 扬州市) and an optional town inside it. */
  async function checkPlace(
    tx: Kysely<Database>,
    districtCode: string,
    townCode: string | undefined,
    fields: Record<string, string>,
  ) {
    const codes = [districtCode, ...(townCode ? [townCode] : [])]
    const rows = await tx
      .selectFrom('divisions')
      .select(['code', 'level', 'parent_code'])
      .where('code', 'in', codes)
      .execute()
    const district = rows.find((r) => r.code === districtCode)
    if (district?.level !== 'county') fields.districtCode = '请选择扬州市的区（县、市）'
    if (townCode) {
      const town = rows.find((r) => r.code === townCode)
      if (!town || town.parent_code !== districtCode) fields.townCode = '所选街道（乡镇）不在该区（县、市）内'
    }
  }

  /** A status change with its event, audit row and notices, inside `tx`; returns deliveries to send after commit. */
  async function transition(
    tx: Kysely<Database>,
    row: TicketRow,
    to: TicketStatus,
    actor: { type: 'user' | 'staff' | 'system' | 'open311'; id: number | null },
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
    return notifier.record(tx, row, { status: to, note: notes.public })
  }

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

    /**
     * Files a ticket exactly once per Idempotency-Key (see idempotency.ts for the protocol). Validation runs first
     * and writes nothing, so a corrected retry with a new body needs a new key only if the first one succeeded.
     */
    async submit(
      user: UserRow,
      draft: TicketDraft,
      idempotencyKey: string | undefined,
    ): Promise<{ ticket: Ticket; replayed: boolean }> {
      if (!idempotencyKey || !KEY_PATTERN.test(idempotencyKey))
        throw new ValidationError('缺少或无效的 Idempotency-Key 请求头', {
          'Idempotency-Key': '请在请求头带上 8–128 位的 Idempotency-Key（每份诉求一个）',
        })
      const requestHash = crypto.createHash('sha256').update(canonical(draft)).digest('hex')
      const idem = idempotencyRepository(db)
      // A retry of a finished submit answers from the record without re-validating (photos are attached by now).
      const earlier = await idem.find(user.id, SUBMIT_ROUTE, idempotencyKey)
      if (earlier?.response_body) {
        if (earlier.request_hash !== requestHash) throw keyReused()
        return { ticket: earlier.response_body as Ticket, replayed: true }
      }

      const fields: Record<string, string> = {}
      if (draft.privacyConsent !== true) fields.privacyConsent = '请阅读并同意隐私说明'
      if (draft.photoIds.length > TICKET_LIMITS.photosMax)
        fields.photoIds = `最多上传 ${TICKET_LIMITS.photosMax} 张照片`
      else if (new Set(draft.photoIds).size !== draft.photoIds.length) fields.photoIds = '同一张照片不能重复添加'
      const category = await hotlineCategoriesRepository(db).find(draft.serviceCode)
      if (!category) fields.serviceCode = '请选择有效的诉求分类'
      let attributes: Record<string, unknown> = {}
      if (category) {
        if (!category.types.includes(draft.type))
          fields.type = `“${category.name}”可选的诉求类型为：${category.types.join('、')}`
        if (category.location_required) {
          if (!draft.townCode) fields.townCode = '这类诉求需要选择所在街道（乡镇）'
          if (!draft.address?.trim()) fields.address = '这类诉求需要填写详细地址'
        }
        attributes = checkAttributes(category, draft.attributes, fields)
      }
      // The account phone is never sent to the client in full (GET /api/me masks it), so the draft can ask for it.
      const contactPhone = draft.useAccountPhone ? user.phone : (draft.contactPhone ?? null)
      if (!contactPhone) fields.contactPhone = '请填写联系电话'
      if (draft.anonymous && !ANONYMOUS_ALLOWED[draft.type])
        fields.anonymous = `${draft.type}需要留下联系方式，不能匿名`
      await checkPlace(db, draft.districtCode, draft.townCode, fields)
      if (!fields.photoIds && draft.photoIds.length > 0) {
        const usable = await uploadsRepository(db).findUsableByOwner(user.id, draft.photoIds)
        if (usable.length !== draft.photoIds.length)
          fields.photoIds = '有照片不存在、不是您上传的或已用于其他工单，请重新上传'
      }
      if (Object.keys(fields).length > 0) throw new ValidationError(Object.values(fields)[0]!, fields)

      const result = await db.transaction().execute(async (tx) => {
        const keyId = await idempotencyRepository(tx).claim({
          key: idempotencyKey,
          userId: user.id,
          route: SUBMIT_ROUTE,
          requestHash,
        })
        // Another request with this key committed first (we waited for it on PostgreSQL): answer from its record.
        if (keyId === null) return null
        const repo = ticketsRepository(tx)
        const now = new Date()
        const seq = await repo.nextSequence()
        const { id } = await repo.insert({
          ref: formatTicketRef(seq, now),
          tracking_token: newTrackingToken(),
          source: 'app',
          user_id: user.id,
          type: draft.type,
          service_code: draft.serviceCode,
          title: draft.title.trim(),
          description: draft.description.trim(),
          occurred_at: draft.occurredAt ?? null,
          district_code: draft.districtCode,
          town_code: draft.townCode ?? null,
          address: draft.address?.trim() || null,
          lat: draft.location?.lat ?? null,
          lng: draft.location?.lng ?? null,
          attributes: JSON.stringify(attributes),
          anonymous: draft.anonymous,
          contact_phone: contactPhone,
          department_id: category!.department_id,
          accept_deadline: addWorkingDays(now, 1, calendar),
          due_at: addWorkingDays(
            now,
            draft.type === '咨询' ? category!.consult_days : category!.deadline_days,
            calendar,
          ),
          merged_into: null,
          rating_level: null,
          rating_comment: null,
          rated_at: null,
          created_at: now,
        })
        await repo.addPhotos(id, draft.photoIds)
        await repo.addEvent({
          ticket_id: id,
          actor_type: 'user',
          actor_id: user.id,
          action: 'submit',
          from_status: null,
          to_status: 'submitted',
          note: null,
        })
        for (const templateId of draft.subscribeTemplateIds ?? [])
          await messagesRepository(tx).addSubscription(id, user.id, templateId)
        const row = (await repo.findById(id))!
        await notifier.record(tx, row, { status: 'submitted' })
        const ticket = toTicket(await detail(tx, row), true, calendar)
        await idempotencyRepository(tx).complete(keyId, 201, ticket)
        return ticket
      })
      if (result) return { ticket: result, replayed: false }
      const record = await idem.find(user.id, SUBMIT_ROUTE, idempotencyKey)
      if (!record?.response_body) throw new ConflictError('相同的提交正在处理中，请稍后刷新“我的工单”')
      if (record.request_hash !== requestHash) throw keyReused()
      return { ticket: record.response_body as Ticket, replayed: true }
    },

    /** 我的工单: filed or followed. */
    async listMine(user: UserRow, page: number, pageSize: number): Promise<TicketPage> {
      const { items, total } = await ticketsRepository(db).listForUser(user.id, page, pageSize)
      return { items: items.map((r) => toSummary(r, r.relation)), total, page, pageSize }
    },

    /** The resident's own ticket; anyone else's is 404, never 403 (no hint that it exists). */
    async getMine(user: UserRow, ref: string): Promise<Ticket> {
      const row = await ticketsRepository(db).findByRef(ref)
      if (!row || row.user_id !== user.id) throw new NotFoundError('找不到这张工单')
      return toTicket(await detail(db, row), true, calendar)
    },

    /** Public tracking view by ref + token (bookmarks, WeChat share cards); a wrong token is 404. */
    async track(ref: string, token: string | undefined): Promise<TrackingView> {
      const row = await ticketsRepository(db).findByRef(ref)
      const ok =
        row &&
        token !== undefined &&
        token.length === row.tracking_token.length &&
        crypto.timingSafeEqual(Buffer.from(token), Buffer.from(row.tracking_token))
      if (!row || !ok) throw new NotFoundError('找不到这张工单，请检查链接是否完整')
      return toTrackingView(await detail(db, row))
    },

    /** Up to 3 open tickets in the same category or district with similar text, anonymised. */
    async similar(query: SimilarQuery): Promise<{ items: SimilarTicket[] }> {
      const wanted = bigrams(query.text)
      const candidates = await ticketsRepository(db).similarCandidates(query.serviceCode, query.districtCode)
      const scored = candidates
        .map((row) => ({ row, score: similarity(wanted, bigrams(`${row.title} ${row.description}`)) }))
        .filter((s) => s.score >= 0.12)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3)
      return { items: scored.map((s) => toSimilar(s.row, s.score)) }
    },

    /** 我也遇到了: counts once per resident however often it is pressed. */
    async follow(user: UserRow, ref: string): Promise<FollowResult> {
      return db.transaction().execute(async (tx) => {
        const repo = ticketsRepository(tx)
        const row = await repo.findByRef(ref)
        if (!row) throw new NotFoundError('找不到这张工单')
        if (!isOpenStatus(row.status)) throw new ConflictError('这张工单已答复或已办结，请查看答复或提交新的诉求')
        const followers = row.user_id === user.id ? row.followers_count : await repo.follow(row.id, user.id)
        return { ref: row.ref, followers, trackingToken: row.tracking_token }
      })
    },

    /** Records WeChat subscribe grants for the resident's own ticket. */
    async subscribe(user: UserRow, ref: string, templateIds: string[]): Promise<void> {
      const row = await ticketsRepository(db).findByRef(ref)
      if (!row || row.user_id !== user.id) throw new NotFoundError('找不到这张工单')
      for (const t of templateIds) await messagesRepository(db).addSubscription(row.id, user.id, t)
    },

    /**
     * 好差评 after a reply. A rating closes a replied ticket; 不满意/非常不满意 with a reason reopens it instead,
     * at most {@link MAX_REOPENS} time (the CHECK on reopened_count is the safety net), with a fresh deadline.
     * Every rating is kept in ticket_ratings with its comment — the one that reopens too, so the 不满意 stays in
     * the 好差评 data — while the ticket's own rating columns hold the rating of the current answer only (a reopened
     * ticket is unrated until its next reply is rated).
     */
    async rate(user: UserRow, ref: string, body: RatingBody): Promise<Ticket> {
      const deliveries = await db.transaction().execute(async (tx) => {
        const repo = ticketsRepository(tx)
        const locked = await repo.lockByRef(ref)
        const row = locked ? await repo.findById(locked.id) : undefined
        if (!row || row.user_id !== user.id) throw new NotFoundError('找不到这张工单')
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
        if (row.status === 'replied') return transition(tx, row, 'closed', actor, 'close', {}, { event: '评价后办结' })
        return []
      })
      notifier.dispatch(deliveries)
      return this.getMine(user, ref)
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
        departmentId: staff.role === 'admin' ? null : staff.department_id,
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
      if (!row || !visibleTo(staff, row)) throw new NotFoundError('找不到这张工单，或不属于本部门')
      return toStaffTicket(await staffDetail(db, row), viewer(staff), calendar)
    },

    /**
     * A staff action. The ticket row is locked first (FOR UPDATE), then visibility and the transition table are
     * checked against the locked status, so concurrent actions apply one after the other and an illegal second
     * one is refused with 409. Every action writes a ticket event (timeline) and an audit_log row with who/when.
     */
    async act(
      staff: StaffRow,
      ref: string,
      action:
        | { kind: 'accept' }
        | { kind: 'assign'; departmentId: number }
        | { kind: 'return'; reason: string }
        | { kind: 'reply'; body: string }
        | { kind: 'close'; note?: string }
        | { kind: 'merge'; intoRef: string },
    ): Promise<StaffTicket> {
      const deliveries = await db.transaction().execute(async (tx) => {
        const repo = ticketsRepository(tx)
        const locked = await repo.lockByRef(ref)
        const row = locked ? await repo.findById(locked.id) : undefined
        if (!row || !visibleTo(staff, row)) throw new NotFoundError('找不到这张工单，或不属于本部门')
        const actor = { type: 'staff' as const, id: staff.id }
        const check = (to: TicketStatus, verb: string) => {
          if (!canTransition(row.status, to)) throw new TicketTransitionError(row.status, verb)
        }
        switch (action.kind) {
          case 'accept':
            check('accepted', '受理')
            return transition(tx, row, 'accepted', actor, 'accept', {}, {})
          case 'assign': {
            check('assigned', '转办')
            const dept = await tx
              .selectFrom('departments')
              .select(['id', 'name'])
              .where('id', '=', action.departmentId)
              .executeTakeFirst()
            if (!dept) throw new ValidationError('请选择有效的部门', { departmentId: '请选择有效的部门' })
            if (dept.id === row.department_id)
              throw new ValidationError('工单已在该部门', { departmentId: '工单已在该部门，请选择其他部门' })
            const note = `转至${dept.name}`
            return transition(
              tx,
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
            const hotline = await tx
              .selectFrom('departments')
              .select('id')
              .where('kind', '=', 'hotline')
              .orderBy('sort_order')
              .executeTakeFirstOrThrow()
            return transition(
              tx,
              row,
              'returned',
              actor,
              'return',
              { department_id: hotline.id },
              { event: action.reason },
            )
          }
          case 'reply': {
            check('replied', '答复')
            const departmentId = row.department_id ?? staff.department_id
            if (departmentId === null) throw new ConflictError('工单没有承办部门，请先转办')
            await repo.addReply({
              ticket_id: row.id,
              department_id: departmentId,
              staff_id: staff.id,
              body: action.body,
            })
            return transition(tx, row, 'replied', actor, 'reply', {}, {})
          }
          case 'close':
            check('closed', '办结')
            return transition(tx, row, 'closed', actor, 'close', {}, { event: action.note ?? null })
          case 'merge': {
            check('merged', '合并')
            const target = await repo.findByRef(action.intoRef)
            if (!target || target.id === row.id || !visibleTo(staff, target))
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
      notifier.dispatch(deliveries)
      const row = (await ticketsRepository(db).findByRef(ref))!
      return toStaffTicket(await staffDetail(db, row), viewer(staff), calendar)
    },

    /** Statuses of a group, for Open311's open/closed filter. */
    statusesOf(group: 'open' | 'closed'): readonly TicketStatus[] {
      return TicketStatusGroup[group]
    },
  }
}

/** The service's type. */
export type TicketsService = ReturnType<typeof ticketsService>
