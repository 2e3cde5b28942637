/**
 * 12345 hotline domain states, declared once (FixMyStreet's single status taxonomy). Plain data with no TypeBox
 * import, so the client can import it as a value; `types/hotline.ts` builds the schemas from the same objects.
 */
import type { StatusBadgeStates, StatusTone } from './status-tones'

/** 诉求类型, each with the one line the type picker shows. */
export const TicketType = {
  咨询: '咨询',
  求助: '求助',
  投诉: '投诉',
  举报: '举报',
  建议: '建议',
} as const
/** One of {@link TicketType}. */
export type TicketType = (typeof TicketType)[keyof typeof TicketType]
/** Every ticket type in picker order. */
export const TICKET_TYPES = Object.values(TicketType) as TicketType[]

/** What each type is for (shown under the type in the picker). */
export const TicketTypeHint: Record<TicketType, string> = {
  咨询: '询问政策、办事流程或办理条件',
  求助: '生活中遇到困难，需要政府部门帮忙解决',
  投诉: '对单位、商家或工作人员的行为不满，要求处理',
  举报: '反映违法违规行为，举报人信息依法保密',
  建议: '对城市管理和公共服务提出意见建议',
}

/**
 * Anonymity rule. 投诉/举报/建议 may be filed anonymously: no staff member sees the phone or who filed it, and
 * answers come only in the app. 咨询/求助 need a way to reach the resident, so they cannot be anonymous.
 * 举报 is ALWAYS confidential from the handling department (the reporter is hidden even when not anonymous);
 * only the hotline's administrators see who reported.
 */
export const ANONYMOUS_ALLOWED: Record<TicketType, boolean> = {
  咨询: false,
  求助: false,
  投诉: true,
  举报: true,
  建议: true,
}

/** Ticket status (工单状态). */
export const TicketStatus = {
  submitted: 'submitted',
  accepted: 'accepted',
  assigned: 'assigned',
  returned: 'returned',
  reopened: 'reopened',
  replied: 'replied',
  closed: 'closed',
  merged: 'merged',
} as const
/** One of {@link TicketStatus}. */
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus]

/** Chinese labels of {@link TicketStatus}. */
export const TicketStatusLabel: Record<TicketStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  assigned: '已转办',
  returned: '已退回',
  reopened: '重新办理',
  replied: '已答复',
  closed: '已办结',
  merged: '已合并',
}

/**
 * Badge tone of each status (see `types/status-tones.ts`): open statuses blue, returned/reopened amber (they need the
 * department's attention again), replied/closed green, merged grey.
 */
export const TicketStatusTone: Record<TicketStatus, StatusTone> = {
  submitted: 'open',
  accepted: 'open',
  assigned: 'open',
  returned: 'warn',
  reopened: 'warn',
  replied: 'done',
  closed: 'done',
  merged: 'muted',
}

/** Labels and tones of ticket statuses, as `GovStatusBadge` and the 办事记录 timeline take them. */
export const TICKET_STATUS_BADGES: StatusBadgeStates<TicketStatus> = {
  labels: TicketStatusLabel,
  tones: TicketStatusTone,
}

/**
 * Status groups. OPEN = still waiting for the department (counts for 超期, joinable by 我也遇到了, Open311 `open`).
 * CLOSED = the department has answered or the ticket was folded into another one (Open311 `closed`); a replied or
 * closed ticket can still be reopened once by its resident's rating.
 */
export const TicketStatusGroup = {
  open: ['submitted', 'accepted', 'assigned', 'returned', 'reopened'],
  closed: ['replied', 'closed', 'merged'],
} as const satisfies Record<'open' | 'closed', readonly TicketStatus[]>

/** Whether a status is in the open group. */
export function isOpenStatus(status: TicketStatus): boolean {
  return (TicketStatusGroup.open as readonly TicketStatus[]).includes(status)
}

/**
 * The transition table: which statuses can follow which. The server refuses anything else with 409.
 * - accept: the handling department takes it (submitted/assigned/returned/reopened → accepted)
 * - assign: the dispatcher or department hands it to another department (→ assigned)
 * - return: the department sends it back to the 12345 dispatcher with a reason (→ returned)
 * - reply: the department answers (→ replied); close: after a reply (→ closed), by staff or the resident's rating
 * - reopen: the resident's 不满意/非常不满意 rating, once (replied/closed → reopened)
 * - merge: a duplicate folded into another open ticket (→ merged, final)
 */
export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  submitted: ['accepted', 'assigned', 'returned', 'replied', 'merged'],
  accepted: ['assigned', 'returned', 'replied', 'merged'],
  assigned: ['accepted', 'assigned', 'returned', 'replied', 'merged'],
  returned: ['accepted', 'assigned', 'merged'],
  reopened: ['accepted', 'assigned', 'returned', 'replied', 'merged'],
  replied: ['closed', 'reopened'],
  closed: ['reopened'],
  merged: [],
}

/** Whether `from → to` is allowed by {@link TICKET_TRANSITIONS}. */
export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TICKET_TRANSITIONS[from].includes(to)
}

/** The staff actions (POST /api/staff/tickets/:ref/<action>) and the status each one leads to. */
export const STAFF_ACTION_TARGET = {
  accept: 'accepted',
  assign: 'assigned',
  return: 'returned',
  reply: 'replied',
  close: 'closed',
  merge: 'merged',
} as const satisfies Record<string, TicketStatus>
/** One of the keys of {@link STAFF_ACTION_TARGET}. */
export type StaffActionName = keyof typeof STAFF_ACTION_TARGET

/** The staff actions {@link TICKET_TRANSITIONS} allows from `status`, in {@link STAFF_ACTION_TARGET} order. */
export function staffActionsFor(status: TicketStatus): StaffActionName[] {
  return (Object.keys(STAFF_ACTION_TARGET) as StaffActionName[]).filter((a) =>
    canTransition(status, STAFF_ACTION_TARGET[a]),
  )
}

/** 好差评 five levels (GB/T 39734), best first. */
export const RatingLevel = {
  非常满意: '非常满意',
  满意: '满意',
  基本满意: '基本满意',
  不满意: '不满意',
  非常不满意: '非常不满意',
} as const
/** One of {@link RatingLevel}. */
export type RatingLevel = (typeof RatingLevel)[keyof typeof RatingLevel]
/** Every rating level, best first. */
export const RATING_LEVELS = Object.values(RatingLevel) as RatingLevel[]
/** Levels that may reopen the ticket (once, with a reason). */
export const REOPENING_LEVELS: readonly RatingLevel[] = ['不满意', '非常不满意']
/** How many times a resident may reopen one ticket. */
export const MAX_REOPENS = 1

/** Limits of the submit form, shared by client counters and server validation. */
export const TICKET_LIMITS = {
  titleMin: 5,
  titleMax: 40,
  descriptionMin: 10,
  descriptionMax: 1000,
  photosMax: 3,
  uploadBytesMax: 5 * 1024 * 1024,
  /** A staff return reason and a resident's reopen reason. */
  reasonMin: 5,
  reasonMax: 500,
  /** A department's reply. */
  replyMin: 5,
  replyMax: 2000,
} as const

/** Mainland mobile number, as both sides validate it. */
export const MOBILE_PATTERN = '^1[3-9]\\d{9}$'

/** The 12345 phone number shown as a fallback on every page. */
export const HOTLINE_PHONE = '12345'
