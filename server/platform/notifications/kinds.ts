/**
 * Notification kinds, declared once by the feature that sends them (12345: `ticket.status` in
 * server/services/hotline/notify.ts; open day, consultations next) with their text and their outside channels.
 * The platform (server/platform/notifications) writes the in-app message, picks a channel, and delivers with retries;
 * the resident may opt out of a kind's outside channels (GET/PUT /api/me/notification-settings).
 */

/** The values a message of a kind is made from (kept on the message: a retry sends what was true then). */
export type NoticeData = Record<string, string>

/** A kind of notice. */
export interface NotificationKind {
  /** `<feature>.<what>`, e.g. `ticket.status`. */
  kind: string
  /** The subject kind its messages link to, e.g. `ticket`. */
  subjectKind: string
  /** What the resident sees in the opt-out list, e.g. 12345 工单进度. */
  label: string
  /** In-app title and body (≤ 100 and ≤ 500 characters; longer is cut). */
  title(data: NoticeData): string
  body(data: NoticeData): string
  /**
   * WeChat subscribe message: which notice values go into which template field by default (`{ ref:
   * 'character_string1' }`), overridable per deployment in NOTIFY_WECHAT_TEMPLATES; and the page opened.
   * Without it the kind has no WeChat channel.
   */
  wechat?: { fields: Record<string, string>; page(data: NoticeData, basePage: string): string }
  /** SMS: the gateway template (overridable in NOTIFY_SMS_TEMPLATES) and which values are its parameters. */
  sms?: { template: string; params: readonly string[] }
}

const kinds = new Map<string, NotificationKind>()

/** Adds a feature's kind (once, from its register file); a second declaration of one kind is a bug. */
export function defineNotificationKind(kind: NotificationKind): NotificationKind {
  const existing = kinds.get(kind.kind)
  if (existing && existing !== kind) throw new Error(`notification kind declared twice: ${kind.kind}`)
  kinds.set(kind.kind, kind)
  return kind
}

/** A declared kind, or undefined. */
export function notificationKind(kind: string): NotificationKind | undefined {
  return kinds.get(kind)
}

/** Every declared kind, in declaration order (the opt-out list). */
export function notificationKinds(): NotificationKind[] {
  return [...kinds.values()]
}
