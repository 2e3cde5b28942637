import type { Kysely } from 'kysely'
import { isOpenStatus, TICKET_TYPES, TicketStatusGroup, TicketStatusLabel } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { AppError, NotFoundError, ValidationError } from '../../errors'
import { isSaneDate, SANE_YEARS } from '../../lib/input-limits'
import type { Notifications as Notifier } from '../../platform/notifications/service'
import { auditRepository } from '../../repositories/audit'
import { divisionsRepository } from '../../repositories/divisions'
import { type CategoryRow, hotlineCategoriesRepository } from '../../repositories/hotline-categories'
import { type TicketRow, ticketsRepository } from '../../repositories/tickets'
import type { WorkingCalendar } from '../working-days'
import { CITY_CODE, fileTicket } from './create'
import { ticketNotices } from './notify'
import { checkAttributes } from './validate'

/** 403 in Open311's shape: the api_key is missing or unknown. */
export class Open311KeyError extends AppError {
  override name = 'Open311KeyError'
  constructor() {
    super(403, 'FORBIDDEN', 'api_key 缺失或无效 / api_key missing or invalid')
  }
}

/** An Open311 service request as GET returns it: no name, phone, email, device or exact address. */
export interface Open311Request {
  service_request_id: string
  status: 'open' | 'closed'
  status_notes: string
  service_name: string
  service_code: string
  description: string
  agency_responsible: string | null
  service_notice: string | null
  requested_datetime: string
  updated_datetime: string
  expected_datetime: string
  address: string | null
  address_id: null
  zipcode: null
  lat: number | null
  long: number | null
  media_url: null
}

/** Open311 GET requests filters. */
export interface Open311Query {
  service_request_id?: string
  service_code?: string
  start_date?: string
  end_date?: string
  status?: string
}

const DAY_MS = 86_400_000
/** The spec's default window when no dates are given. */
export const DEFAULT_WINDOW_DAYS = 90
/** Most requests one GET returns. */
export const OPEN311_LIMIT = 200

/** A ticket as Open311 shows it; the position is rounded to ~100 m and the address stops at the street. */
export function toOpen311(row: TicketRow): Open311Request {
  const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000)
  return {
    service_request_id: row.ref,
    status: isOpenStatus(row.status) ? 'open' : 'closed',
    status_notes: TicketStatusLabel[row.status],
    service_name: row.category_name,
    service_code: row.service_code,
    // The resident's own words can hold names and numbers: only the title goes out, and 举报 not even that.
    description: row.type === '举报' ? row.category_name : row.title,
    agency_responsible: row.department_name,
    service_notice: null,
    requested_datetime: row.created_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    expected_datetime: row.due_at.toISOString(),
    address: [row.district_name, row.town_name].filter(Boolean).join('') || null,
    address_id: null,
    zipcode: null,
    lat: round(row.lat),
    long: round(row.lng),
    media_url: null,
  }
}

/** The Open311 side of the tickets. */
export function open311Service(deps: {
  db: Kysely<Database>
  apiKeys: readonly string[]
  calendar: WorkingCalendar
  notifier: Notifier
}) {
  const { db, calendar } = deps
  const notices = ticketNotices(deps.notifier)
  return {
    /** Services (categories). */
    async services(): Promise<CategoryRow[]> {
      return hotlineCategoriesRepository(db).list()
    },

    /** One service definition; 404 when unknown. */
    async service(code: string): Promise<CategoryRow> {
      const c = await hotlineCategoriesRepository(db).find(code)
      if (!c) throw new NotFoundError(`service_code ${code} 不存在 / unknown service_code`)
      return c
    },

    /** GET requests with the spec's filters; without dates, the last 90 days. */
    async list(q: Open311Query): Promise<Open311Request[]> {
      const parseDate = (name: string, v: string | undefined) => {
        if (v === undefined) return undefined
        const d = new Date(v)
        if (!isSaneDate(d))
          throw new ValidationError(
            `${name} 不是 ${SANE_YEARS.min}–${SANE_YEARS.max} 年间有效的 ISO 8601 时间 / ${name} is not a valid ISO 8601 time in ${SANE_YEARS.min}–${SANE_YEARS.max}`,
          )
        return d
      }
      let to = parseDate('end_date', q.end_date)
      let from = parseDate('start_date', q.start_date)
      if (!from && !to) {
        to = new Date()
        from = new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS)
      }
      if (q.status !== undefined && q.status !== 'open' && q.status !== 'closed')
        throw new ValidationError('status 只能是 open 或 closed / status must be open or closed')
      const refs = q.service_request_id
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
      const { items } = await ticketsRepository(db).list({
        refs,
        serviceCode: q.service_code,
        statuses: q.status ? TicketStatusGroup[q.status] : undefined,
        from: refs ? undefined : from,
        to: refs ? undefined : to,
        page: 1,
        pageSize: OPEN311_LIMIT,
      })
      return items.map(toOpen311)
    },

    /** One request by id; 404 when unknown. */
    async get(ref: string): Promise<Open311Request> {
      const row = await ticketsRepository(db).findByRef(ref)
      if (!row) throw new NotFoundError(`service_request_id ${ref} 不存在 / unknown service_request_id`)
      return toOpen311(row)
    },

    /** tokens/{token}: the request id for a token returned by POST. */
    async token(token: string): Promise<{ service_request_id: string; token: string }> {
      const row = await ticketsRepository(db).findByTrackingToken(token)
      if (!row) throw new NotFoundError('token 不存在 / unknown token')
      return { service_request_id: row.ref, token }
    },

    /**
     * POST requests: a ticket with source 'open311'. Name, email, phone and device id are accepted as the spec
     * allows; only a valid mainland mobile is kept (as the contact phone), and none is ever echoed.
     */
    async create(
      input: Record<string, unknown>,
    ): Promise<{ service_request_id: string; token: string; service_notice: string }> {
      const str = (k: string) => (typeof input[k] === 'string' ? (input[k] as string).trim() : undefined)
      const apiKey = str('api_key')
      if (!apiKey || !deps.apiKeys.includes(apiKey)) throw new Open311KeyError()
      const code = str('service_code')
      if (!code) throw new ValidationError('缺少 service_code / service_code is required')
      const category = await hotlineCategoriesRepository(db).find(code)
      if (!category) throw new ValidationError(`service_code ${code} 不存在 / unknown service_code`)
      const lat = input.lat !== undefined ? Number(input.lat) : undefined
      const lng = input.long !== undefined ? Number(input.long) : undefined
      const address = str('address_string')
      const hasPoint = lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng)
      if (!hasPoint && !address)
        throw new ValidationError('需要 lat/long 或 address_string / lat & long or address_string is required')
      if (hasPoint && (Math.abs(lat!) > 90 || Math.abs(lng!) > 180))
        throw new ValidationError('lat/long 超出范围 / lat/long out of range')
      const description = str('description') ?? ''
      if (description.length < 10 || description.length > 1000)
        throw new ValidationError('description 需要 10–1000 个字符 / description must be 10–1000 characters')
      const attrs: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(input)) {
        const m = /^attribute\[([A-Z0-9_]+)\](\[\])?$/.exec(k)
        if (m) attrs[m[1]!] = v
      }
      const fields: Record<string, string> = {}
      const attributes = checkAttributes(category, attrs, fields, 'attribute[')
      if (Object.keys(fields).length > 0)
        throw new ValidationError(
          Object.entries(fields)
            .map(([k, v]) => `${k}]: ${v}`)
            .join('; '),
        )
      const phone = str('phone')
        ?.replace(/[\s-]/g, '')
        .replace(/^\+?86/, '')
      const counties = await divisionsRepository(db).counties()
      const district = address ? counties.find((c) => address.includes(c.name))?.code : undefined
      const type =
        (['投诉', '求助', '建议', '咨询', '举报'] as const).find((t) => category.types.includes(t)) ?? TICKET_TYPES[0]!
      return db.transaction().execute(async (tx) => {
        // The same creation path as the resident API (create.ts); only the door and the audit entry differ.
        const row = await fileTicket(
          tx,
          {
            source: 'open311',
            userId: null,
            type,
            category,
            title: description.replace(/\s+/g, ' ').slice(0, 40),
            description,
            districtCode: district ?? CITY_CODE,
            address: address?.slice(0, 120) ?? null,
            location: hasPoint ? { lat: lat!, lng: lng! } : null,
            attributes,
            anonymous: false,
            contactPhone: phone && /^1[3-9]\d{9}$/.test(phone) ? phone : null,
          },
          { calendar, notices },
        )
        await auditRepository(tx).record({
          actorType: 'system',
          actorId: null,
          action: 'open311.create',
          target: row.ref,
        })
        return {
          service_request_id: row.ref,
          token: row.tracking_token,
          service_notice: `${category.department_name}将在 ${category.deadline_days} 个工作日内办理`,
        }
      })
    },
  }
}
