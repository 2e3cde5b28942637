import type { StaffRole } from '../../../../types/staff'

/**
 * The staff console's navigation: one section per feature that has staff work, each saying which roles see it and
 * whether it is live. A feature adds its staff pages by adding its section here (route + roles); `soon` sections
 * are declared so the console's shape is visible before the feature lands, and show as 即将上线.
 */
export interface StaffSection {
  key: string
  title: string
  description: string
  /** Roles that see the section at all; hidden from everyone else. */
  roles: readonly StaffRole[]
  /** `live`: opens `route`; `soon`: listed as 即将上线, opens nothing. */
  state: 'live' | 'soon'
  route?: string
}

/** Every section, in the order the console lists them. */
export const STAFF_SECTIONS: readonly StaffSection[] = [
  {
    key: 'hotline',
    title: '12345 工单队列',
    description: '受理、分派、退回、答复、办结、并单',
    roles: ['admin', 'clerk'],
    state: 'live',
    route: '/packages/staff/pages/queue/index',
  },
  {
    key: 'openday',
    title: '开放日报名',
    description: '活动、名额、报名名单与签到',
    roles: ['admin', 'clerk'],
    state: 'soon',
  },
  {
    key: 'consult',
    title: '征集与采纳反馈',
    description: '征求意见稿、意见回复与采纳情况',
    roles: ['admin', 'clerk'],
    state: 'soon',
  },
  {
    key: 'audit',
    title: '审计日志',
    description: '谁、何时、对什么做了什么；可按对象类型筛选',
    roles: ['admin'],
    state: 'live',
    route: '/packages/staff/pages/audit/index',
  },
]

/** The sections `role` sees, in order. */
export function sectionsFor(role: StaffRole): StaffSection[] {
  return STAFF_SECTIONS.filter((s) => s.roles.includes(role))
}

/** Subject kinds the audit view filters by (the prefix of an audit action, `ticket.accept`). */
export const AUDIT_SUBJECT_KINDS: readonly { value: string; label: string }[] = [
  { value: 'ticket', label: '12345 工单' },
  { value: 'open311', label: 'Open311 接入' },
  { value: 'staff', label: '工作人员登录' },
  { value: 'user', label: '居民账号' },
]
