import type { Kysely } from 'kysely'
import type { NotifyOptions } from '../../../types/hotline'
import { type TicketStatus, TicketStatusLabel } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { defineNotificationKind } from '../../platform/notifications/kinds'
import type { Notifications } from '../../platform/notifications/service'
import { defineMessageSubject } from '../../platform/notifications/subjects'
import { messagesRepository } from '../../repositories/messages'
import { type TicketRow, ticketNoticesRepository } from '../../repositories/tickets'

/** A status change to tell people about. */
export interface NoticeChange {
  status: TicketStatus
  /** Short, public text (no personal data): a department name, 已并入 YZ… */
  note?: string
}

/**
 * The status changes worth a WeChat subscribe message: the ones a resident waits for. A grant allows one message
 * (WeChat's rule) and a weapp resident usually gives one, on 提交, so it is kept for the answer — 已答复, or 已合并
 * (the ticket ends here and the answer comes on the ticket it joined) — rather than spent on 已受理 or 已转办.
 * 已退回 (back to the 12345 dispatcher, the resident keeps waiting), 重新办理 (the resident's own act) and 已办结
 * (after the reply they were already told of) are in-app only. Every change still gets an in-app message.
 */
export const WECHAT_NOTICE_STATUSES: readonly TicketStatus[] = ['replied', 'merged']

/**
 * 12345 工单进度: every status change of a ticket, to its resident and its followers. WeChat template fields (set
 * the template up in the WeChat console with these keys, or map them in NOTIFY_WECHAT_TEMPLATES): character_string1
 * 工单号, phrase2 状态, time3 时间, thing4 标题. SMS: gateway template `ticket_status` with `ref` and `status`.
 */
export const TICKET_STATUS_KIND = defineNotificationKind({
  kind: 'ticket.status',
  subjectKind: 'ticket',
  label: '12345 工单进度',
  title: (d) => `${d.audience === 'follower' ? '关注的工单' : '工单'}${d.status}`,
  body: (d) =>
    `${d.audience === 'follower' ? '您关注的工单' : '您的工单'} ${d.ref}「${d.title}」${d.status}${d.note ? `：${d.note}` : ''}`,
  wechat: {
    fields: { ref: 'character_string1', status: 'phrase2', time: 'time3', title: 'thing4' },
    page: (d, basePage) => `${basePage || 'packages/hotline/pages/ticket/index'}?ref=${d.ref}`,
  },
  sms: { template: 'ticket_status', params: ['ref', 'status'] },
})

// Messages about a ticket link to it by ref; a ticket the reader does not own (followed, or the one theirs was
// merged into) also carries its tracking token, since its owner-only page would answer 404.
defineMessageSubject({
  kind: 'ticket',
  async links(db, ids, userId) {
    const rows = await ticketNoticesRepository(db).linkRows(ids)
    return new Map(
      rows.map((t) => [
        String(t.id),
        { id: t.ref, ticketRef: t.ref, ...(t.user_id !== userId ? { trackingToken: t.tracking_token } : {}) },
      ]),
    )
  },
})

/** Beijing time as the template shows it, e.g. 2026-12-07 18:05. */
function beijingMinute(at: Date): string {
  const s = new Date(at.getTime() + 8 * 3600_000).toISOString()
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`
}

/**
 * Every place the 12345 hotline tells someone about a ticket goes through here — the one seam where the
 * notifications platform is plugged in. Inside the changing transaction {@link TicketNotices.changed} records the
 * in-app messages and queues outside deliveries; after commit {@link TicketNotices.send} hands them to the channels.
 */
export interface TicketNotices {
  /** In the transaction that changes the ticket: messages for the resident and followers, deliveries queued. */
  changed(tx: Kysely<Database>, row: TicketRow, change: NoticeChange): Promise<string[]>
  /** After commit: sends what {@link TicketNotices.changed} queued (never throws). */
  send(deliveries: readonly string[]): void
  /** Records WeChat subscribe grants (one message each) the resident gave for a ticket. */
  grant(tx: Kysely<Database>, ticketId: string, userId: number, templateIds: readonly string[]): Promise<void>
}

/** The hotline's notices over the notifications platform. */
export function ticketNotices(notifications: Notifications): TicketNotices {
  return {
    async changed(tx, row, change) {
      const followers = await ticketNoticesRepository(tx).followerIds(row.id)
      const base = {
        ref: row.ref,
        title: row.title,
        status: TicketStatusLabel[change.status],
        time: beijingMinute(new Date()),
        ...(change.note ? { note: change.note } : {}),
      }
      const recipients = []
      if (row.user_id !== null)
        recipients.push({
          userId: row.user_id,
          data: { ...base, audience: 'reporter', ...(row.contact_phone ? { smsPhone: row.contact_phone } : {}) },
          // 已提交 is the resident's own act: in-app only
          outside:
            change.status === 'submitted'
              ? (false as const)
              : { wechat: WECHAT_NOTICE_STATUSES.includes(change.status) },
        })
      for (const f of followers)
        if (f !== row.user_id)
          recipients.push({ userId: f, data: { ...base, audience: 'follower' }, outside: false as const })
      return notifications.record(tx, {
        kind: TICKET_STATUS_KIND.kind,
        subject: { kind: 'ticket', id: String(row.id) },
        ticketId: row.id,
        recipients,
      })
    },
    send: (deliveries) => notifications.dispatch(deliveries),
    async grant(tx, ticketId, userId, templateIds) {
      for (const templateId of templateIds)
        await messagesRepository(tx).addGrant('ticket', String(ticketId), userId, templateId)
    },
  }
}

/**
 * What `GET /api/hotline/notify-options` tells the client: the template the notifier sends 工单进度 with, so the
 * weapp asks the resident for exactly that one (none configured → the client does not ask).
 */
export function notifyOptions(notifications: Notifications): NotifyOptions {
  return { wechatSubscribeTemplateIds: notifications.wechatTemplateIds(TICKET_STATUS_KIND.kind) }
}
