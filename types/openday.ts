import { type Static, type TSchema, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'
import { MOBILE_PATTERN } from './hotline-states'
import {
  EventStatus,
  ID_TYPES,
  type IdType,
  OPENDAY_LIMITS,
  RegistrationStatus,
  SelectionMode,
  VISITOR_CATEGORIES,
  type VisitorCategory,
} from './openday-states'

/** A union of literals from a list of strings (TypeBox). */
const literals = <T extends string>(values: readonly T[], options: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options })
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** Where registration stands for a session or an event, with the honest label the list shows. */
export const AvailabilityState = {
  notOpen: 'not_open',
  open: 'open',
  full: 'full',
  closed: 'closed',
  cancelled: 'cancelled',
  finished: 'finished',
} as const
/** One of {@link AvailabilityState}. */
export type AvailabilityState = (typeof AvailabilityState)[keyof typeof AvailabilityState]

/** 余 12 席 / 已满，可候补 / 报名未开始 · 12月10日 09:00 开放 … */
export const Availability = Type.Object(
  {
    state: literals<AvailabilityState>(Object.values(AvailabilityState)),
    /** Seats the public can still take (capacity − reserved − registered); null in 抽签 mode before the draw. */
    seatsLeft: Nullable(Type.Integer({ minimum: 0 })),
    label: Type.String({ description: '列表和详情页上显示的一句话，如“余 12 席”“已满，可候补”' }),
  },
  { title: '名额' },
)
/** Static type of {@link Availability}. */
export type Availability = Static<typeof Availability>

const Department = Type.Object({ code: Type.String(), name: Type.String() })

/** One 场次. */
export const OpenDaySession = Type.Object({
  id: Type.String(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  capacity: Type.Integer(),
  waitlistCount: Type.Integer({ minimum: 0 }),
  availability: Availability,
})
/** Static type of {@link OpenDaySession}. */
export type OpenDaySession = Static<typeof OpenDaySession>

/** A row of the open-day list. */
export const OpenDaySummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  theme: Type.String(),
  department: Department,
  venueName: Type.String(),
  selectionMode: literals<SelectionMode>(Object.values(SelectionMode)),
  status: literals<EventStatus>(Object.values(EventStatus)),
  /** First session start (list order and the date shown). */
  startsAt: IsoDateTime,
  registrationOpensAt: IsoDateTime,
  registrationClosesAt: IsoDateTime,
  availability: Availability,
})
/** Static type of {@link OpenDaySummary}. */
export type OpenDaySummary = Static<typeof OpenDaySummary>

/** The published facts of a 抽签 (see server/services/openday/draw.ts for how to recompute the result). */
export const DrawFacts = Type.Object({
  commitment: Type.String({ description: 'SHA-256(secret)，报名开始前公布' }),
  listHash: Nullable(Type.String({ description: '截止时冻结的公示名单的 SHA-256' })),
  publicValue: Nullable(Type.String({ description: '截止后才产生的公开随机数，如当晚福彩 3D 开奖号码' })),
  publicSource: Nullable(Type.String()),
  secret: Nullable(Type.String({ description: '抽签后公布' })),
  drawnAt: Nullable(IsoDateTime),
  rule: Type.String({ description: '抽签规则（公开）' }),
})
/** Static type of {@link DrawFacts}. */
export type DrawFacts = Static<typeof DrawFacts>

/** `GET /api/openday/events/:id`. */
export const OpenDayDetail = Type.Composite([
  OpenDaySummary,
  Type.Object({
    description: Type.String(),
    venueAddress: Type.String(),
    lat: Nullable(Type.Number()),
    lng: Nullable(Type.Number()),
    directions: Type.String(),
    accessibility: Type.String(),
    whatToBring: Type.String(),
    minAge: Nullable(Type.Integer()),
    maxAge: Nullable(Type.Integer()),
    contactPhone: Type.String(),
    cancelDeadlineHours: Type.Integer(),
    sessions: Type.Array(OpenDaySession),
    draw: Nullable(DrawFacts),
  }),
])
/** Static type of {@link OpenDayDetail}. */
export type OpenDayDetail = Static<typeof OpenDayDetail>

/** `GET /api/openday/events` query. */
export const OpenDayListQuery = Type.Object({
  when: Type.Optional(literals<'upcoming' | 'past'>(['upcoming', 'past'], { title: '时间', default: 'upcoming' })),
  department: Type.Optional(Type.String({ pattern: '^[0-9A-Z-]{1,20}$', title: '部门' })),
  month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', title: '月份' })),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20, title: '每页条数' })),
})
/** Static type of {@link OpenDayListQuery}. */
export type OpenDayListQuery = Static<typeof OpenDayListQuery>

/** `GET /api/openday/events`. */
export const OpenDayPage = Type.Object({
  items: Type.Array(OpenDaySummary),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50 }),
})
/** Static type of {@link OpenDayPage}. */
export type OpenDayPage = Static<typeof OpenDayPage>

const IdTypeSchema = literals<IdType>(ID_TYPES, { title: '证件类型' })
const PersonName = Type.String({ minLength: 1, maxLength: OPENDAY_LIMITS.nameMaxLength, title: '姓名' })
const IdNumber = Type.String({ minLength: 1, maxLength: 40, title: '证件号码' })

/** A companion (同行人员): counts against capacity; checked and de-duplicated like the registrant. */
export const Companion = Type.Object(
  { name: PersonName, idType: IdTypeSchema, idNumber: IdNumber },
  { title: '同行人员', additionalProperties: false },
)
/** Static type of {@link Companion}. */
export type Companion = Static<typeof Companion>

/** `POST /api/openday/events/:id/registrations` (Idempotency-Key required). */
export const RegistrationDraft = Type.Object(
  {
    sessionId: Type.String({ pattern: '^\\d{1,18}$', title: '场次' }),
    name: PersonName,
    /** Use the account's verified phone (never sent to the client in full). */
    useAccountPhone: Type.Boolean({ title: '使用账号手机号' }),
    phone: Type.Optional(Type.String({ pattern: MOBILE_PATTERN, title: '手机号' })),
    idType: IdTypeSchema,
    idNumber: IdNumber,
    category: literals<VisitorCategory>(VISITOR_CATEGORIES, { title: '身份类别' }),
    companions: Type.Array(Companion, { maxItems: OPENDAY_LIMITS.companionsMax, title: '同行人员' }),
    privacyConsent: Type.Boolean({ title: '隐私说明' }),
    /** After a 409 SESSION_FULL: join the session's waitlist instead. */
    joinWaitlist: Type.Optional(Type.Boolean({ title: '加入候补' })),
  },
  { additionalProperties: false },
)
/** Static type of {@link RegistrationDraft}. */
export type RegistrationDraft = Static<typeof RegistrationDraft>

/** One person of a registration as its owner sees it (ID masked; entry code only while holding a seat). */
export const RegistrationAttendee = Type.Object({
  name: Type.String(),
  idType: IdTypeSchema,
  idMasked: Type.String(),
  companion: Type.Boolean(),
  entryCode: Nullable(Type.String({ description: '8 位入场码（扫码失败时人工核验）' })),
  checkedInAt: Nullable(IsoDateTime),
})
/** Static type of {@link RegistrationAttendee}. */
export type RegistrationAttendee = Static<typeof RegistrationAttendee>

/** A registration (报名) as its owner sees it. */
export const Registration = Type.Object({
  ref: Type.String({ description: '报名编号 KF…' }),
  status: literals<RegistrationStatus>(Object.values(RegistrationStatus)),
  statusLabel: Type.String(),
  event: Type.Object({
    id: Type.String(),
    title: Type.String(),
    venueName: Type.String(),
    venueAddress: Type.String(),
    contactPhone: Type.String(),
    department: Department,
  }),
  session: Type.Object({ id: Type.String(), startsAt: IsoDateTime, endsAt: IsoDateTime }),
  partySize: Type.Integer({ minimum: 1 }),
  phoneMasked: Nullable(Type.String()),
  waitlistPosition: Nullable(Type.Integer({ minimum: 1 })),
  offerExpiresAt: Nullable(IsoDateTime),
  cancelDeadline: IsoDateTime,
  canCancel: Type.Boolean(),
  attendees: Type.Array(RegistrationAttendee),
  createdAt: IsoDateTime,
})
/** Static type of {@link Registration}. */
export type Registration = Static<typeof Registration>

/** `GET /api/openday/registrations`. */
export const RegistrationList = Type.Object({ items: Type.Array(Registration) })
/** Static type of {@link RegistrationList}. */
export type RegistrationList = Static<typeof RegistrationList>
