/**
 * 政府开放日 domain states and limits, declared once (like hotline-states.ts). Plain data with no TypeBox import, so
 * the client can import it as a value; `types/openday.ts` builds the schemas from the same objects, and the
 * migration's CHECK constraints list the same values.
 */

/** How seats are given out: 先到先得 at submit, or 抽签 after registration closes (verifiable draw). */
export const SelectionMode = {
  firstCome: 'first_come',
  draw: 'draw',
} as const
/** One of {@link SelectionMode}. */
export type SelectionMode = (typeof SelectionMode)[keyof typeof SelectionMode]

/** Chinese labels of {@link SelectionMode}. */
export const SelectionModeLabel: Record<SelectionMode, string> = {
  first_come: '先到先得',
  draw: '抽签',
}

/** Event (开放日活动) status. Only published, closed and finished events are shown to residents. */
export const EventStatus = {
  draft: 'draft',
  published: 'published',
  cancelled: 'cancelled',
  finished: 'finished',
} as const
/** One of {@link EventStatus}. */
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus]

/** Chinese labels of {@link EventStatus}. */
export const EventStatusLabel: Record<EventStatus, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
  finished: '已结束',
}

/**
 * Registration (报名) status.
 * - applied: 抽签 mode, waiting for the draw (holds no seat)
 * - confirmed: holds seats (party size)
 * - waitlisted: waiting for a seat, in order of joining; holds no seat
 * - offered: promoted from the waitlist; holds seats until it is accepted or the confirm window ends
 * - cancelled: by the resident (or account erasure); seats went back
 * - expired: an offer not accepted in its window; seats went back
 * - not_selected: 抽签 mode, not drawn and not placed on the waitlist
 * - attended / absent: after the session (check-in)
 */
export const RegistrationStatus = {
  applied: 'applied',
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  offered: 'offered',
  cancelled: 'cancelled',
  expired: 'expired',
  not_selected: 'not_selected',
  attended: 'attended',
  absent: 'absent',
} as const
/** One of {@link RegistrationStatus}. */
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus]

/** Chinese labels of {@link RegistrationStatus}. */
export const RegistrationStatusLabel: Record<RegistrationStatus, string> = {
  applied: '已报名，待抽签',
  confirmed: '报名成功',
  waitlisted: '候补中',
  offered: '候补成功，待确认',
  cancelled: '已取消',
  expired: '未在时限内确认',
  not_selected: '未中签',
  attended: '已签到',
  absent: '未到场',
}

/**
 * Status groups. SEATED = holds seats in the session counter (`openday_sessions.registered` is the sum of their
 * party sizes — the invariant the concurrency tests check). ACTIVE = counts for "one registration per person per
 * event" (the partial unique indexes use this list). ENDED = nothing more can happen.
 */
export const RegistrationStatusGroup = {
  seated: ['confirmed', 'offered', 'attended', 'absent'],
  active: ['applied', 'confirmed', 'waitlisted', 'offered', 'attended', 'absent'],
  ended: ['cancelled', 'expired', 'not_selected', 'attended', 'absent'],
} as const satisfies Record<'seated' | 'active' | 'ended', readonly RegistrationStatus[]>

/** Whether a registration in `status` holds seats. */
export function holdsSeats(status: RegistrationStatus): boolean {
  return (RegistrationStatusGroup.seated as readonly RegistrationStatus[]).includes(status)
}

/** Which statuses a resident may cancel from (before the self-cancel deadline). */
export const CANCELLABLE: readonly RegistrationStatus[] = ['applied', 'confirmed', 'waitlisted', 'offered']

/** 证件类型: mainland ID and the documents of non-mainland visitors. */
export const IdType = {
  resident: 'resident_id',
  hmtResidence: 'hmt_residence',
  hmtPermit: 'hmt_permit',
  passport: 'passport',
} as const
/** One of {@link IdType}. */
export type IdType = (typeof IdType)[keyof typeof IdType]
/** Every ID type in picker order. */
export const ID_TYPES = Object.values(IdType) as IdType[]

/** Chinese labels of {@link IdType}. */
export const IdTypeLabel: Record<IdType, string> = {
  resident_id: '居民身份证',
  hmt_residence: '港澳台居民居住证',
  hmt_permit: '港澳居民来往内地通行证 / 台湾居民来往大陆通行证',
  passport: '护照',
}

/** 身份类别 a registrant chooses (for the department's planning; never used to select). */
export const VISITOR_CATEGORIES = ['市民', '学生', '企业职工', '媒体', '人大代表', '政协委员', '其他'] as const
/** One of {@link VISITOR_CATEGORIES}. */
export type VisitorCategory = (typeof VISITOR_CATEGORIES)[number]

/** Limits and timing rules, one place for server, schemas and client. */
export const OPENDAY_LIMITS = {
  /** Companions per registration (the registrant plus this many people). */
  companionsMax: 4,
  nameMaxLength: 20,
  /** Confirm window of a waitlist offer: min(this, half the time left to the start). */
  confirmWindowHours: 24,
  /** No promotions from the waitlist this close to the start: nobody could plan the trip. */
  noPromotionHoursBeforeStart: 2,
  /** Default self-cancel deadline before a session starts (an event may set its own). */
  cancelDeadlineHours: 24,
  /** Identity data is deleted this many days after the event (privacy notice). */
  identityRetentionDays: 30,
} as const

/** The privacy notice version a registration's consent refers to. */
export const OPENDAY_PRIVACY_VERSION = 'openday-2026-12'
