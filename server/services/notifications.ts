import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Kysely } from 'kysely'
import type { NotifyOptions } from '../../types/hotline'
import { type TicketStatus, TicketStatusLabel } from '../../types/hotline-states'
import type { Config } from '../config'
import type { Database } from '../db/schema'
import {
  createDevSmsNotifyProvider,
  createHttpSmsNotifyProvider,
  type SmsNotifyProvider,
} from '../providers/sms-notify'
import {
  createDevSubscribeMessageProvider,
  createHttpSubscribeMessageProvider,
  type SubscribeMessageProvider,
  SubscribeSendError,
} from '../providers/subscribe-message'
import { type DeliveryJob, messagesRepository } from '../repositories/messages'

/** The ticket a notice is about. */
export interface NoticeTicket {
  id: string
  ref: string
  title: string
  user_id: number | null
}

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

/** Records notices inside the changing transaction and sends outside channels after commit. */
export interface Notifier {
  /**
   * In the transaction that changes the ticket: an in-app message for the resident and every follower, plus a
   * queued delivery for the resident: WeChat for a weapp resident with a subscription grant, only on
   * {@link WECHAT_NOTICE_STATUSES}; SMS for an H5 resident, on every change.
   * Returns the delivery ids to pass to {@link Notifier.dispatch} after commit.
   */
  record(db: Kysely<Database>, ticket: NoticeTicket, change: NoticeChange): Promise<string[]>
  /** After commit: sends the deliveries in the background. Never throws; outcomes are written to the table. */
  dispatch(ids: readonly string[]): void
  /** Waits for every background send started so far (tests, shutdown). */
  drain(): Promise<void>
}

declare module 'fastify' {
  interface FastifyInstance {
    notifier: Notifier
  }
}

/** Fields of the subscribe-message template (configure the template in the WeChat console with these keys). */
function templateData(job: DeliveryJob, statusLabel: string): Record<string, { value: string }> {
  const at = new Date(job.created_at.getTime() + 8 * 3600_000).toISOString()
  return {
    character_string1: { value: job.ticket_ref ?? '' },
    phrase2: { value: statusLabel.slice(0, 5) },
    time3: { value: `${at.slice(0, 10)} ${at.slice(11, 16)}` },
    thing4: { value: job.title.slice(0, 20) },
  }
}

/** Builds the notifier from its parts (the plugin below wires it from config). */
export function createNotifier(deps: {
  db: Kysely<Database>
  subscribe: SubscribeMessageProvider
  sms: SmsNotifyProvider
  subscribeTemplate: { templateId: string; page: string } | null
  log: (msg: string, data: unknown) => void
}): Notifier {
  const inflight = new Set<Promise<void>>()

  async function sendOne(job: DeliveryJob): Promise<void> {
    const repo = messagesRepository(deps.db)
    const label = job.ticket_status ? TicketStatusLabel[job.ticket_status as TicketStatus] : ''
    try {
      if (job.channel === 'wechat') {
        if (!job.wechat_openid || !deps.subscribeTemplate) return repo.finishDelivery(job.id, 'skipped', 'no openid')
        await deps.subscribe.send({
          openid: job.wechat_openid,
          templateId: deps.subscribeTemplate.templateId,
          page: `${deps.subscribeTemplate.page}?ref=${job.ticket_ref ?? ''}`,
          data: templateData(job, label),
        })
      } else {
        const phone = job.contact_phone ?? job.user_phone
        if (!phone || !job.ticket_ref) return repo.finishDelivery(job.id, 'skipped', 'no phone')
        await deps.sms.send({ phone, ref: job.ticket_ref, status: label })
      }
      await repo.finishDelivery(job.id, 'sent', null)
    } catch (err) {
      const permanent = err instanceof SubscribeSendError && err.permanent
      deps.log('通知发送失败', { delivery: job.id, channel: job.channel, error: (err as Error).message, permanent })
      await repo.finishDelivery(job.id, 'failed', (err as Error).message)
    }
  }

  return {
    async record(db, ticket, change) {
      const repo = messagesRepository(db)
      const followers = await db
        .selectFrom('ticket_followers')
        .select('user_id')
        .where('ticket_id', '=', ticket.id)
        .execute()
      const label = TicketStatusLabel[change.status]
      const suffix = change.note ? `：${change.note}` : ''
      const rows = []
      if (ticket.user_id !== null)
        rows.push({
          user_id: ticket.user_id,
          ticket_id: ticket.id,
          title: `工单${label}`.slice(0, 100),
          body: `您的工单 ${ticket.ref}「${ticket.title}」${label}${suffix}`.slice(0, 500),
        })
      for (const f of followers)
        if (f.user_id !== ticket.user_id)
          rows.push({
            user_id: f.user_id,
            ticket_id: ticket.id,
            title: `关注的工单${label}`.slice(0, 100),
            body: `您关注的工单 ${ticket.ref}「${ticket.title}」${label}${suffix}`.slice(0, 500),
          })
      const messages = await repo.insertMany(rows)
      const own = messages.find((m) => m.user_id === ticket.user_id)
      if (!own || change.status === 'submitted' || ticket.user_id === null) return []
      const user = await db
        .selectFrom('users')
        .select(['wechat_openid', 'phone'])
        .where('id', '=', ticket.user_id)
        .executeTakeFirst()
      if (!user) return []
      if (user.wechat_openid) {
        // weapp resident: only with a grant they gave by tapping (WeChat's rule); each grant allows one message,
        // so it is spent only on a change the resident waits for.
        if (
          deps.subscribeTemplate &&
          WECHAT_NOTICE_STATUSES.includes(change.status) &&
          (await repo.consumeSubscription(ticket.id, ticket.user_id, deps.subscribeTemplate.templateId))
        )
          return [await repo.queueDelivery(own.id, 'wechat')]
        return []
      }
      return [await repo.queueDelivery(own.id, 'sms')]
    },

    dispatch(ids) {
      if (ids.length === 0) return
      const run = (async () => {
        const jobs = await messagesRepository(deps.db).deliveryJobs(ids)
        await Promise.all(jobs.map(sendOne))
      })().catch((err: Error) => deps.log('通知发送出错', { error: err.message }))
      inflight.add(run)
      void run.finally(() => inflight.delete(run))
    },

    async drain() {
      while (inflight.size > 0) await Promise.allSettled([...inflight])
    },
  }
}

/**
 * What `GET /api/hotline/notify-options` tells the client: the template the notifier sends with, so the weapp asks
 * the resident for exactly that one (`WECHAT_SUBSCRIBE_TEMPLATE_ID` drives both sides; none → the client does not ask).
 */
export function notifyOptions(subscribeTemplate: Config['wechatSubscribe']): NotifyOptions {
  return { wechatSubscribeTemplateIds: subscribeTemplate ? [subscribeTemplate.templateId] : [] }
}

/** Decorates `app.notifier` from config; on close, waits for sends in flight. */
export const notificationsPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config }) => {
    const { config } = opts
    const log = (msg: string, data: unknown) => app.log.info(data as object, msg)
    const subscribe =
      config.wechat.kind === 'http'
        ? createHttpSubscribeMessageProvider({
            ...config.wechat,
            miniprogramState: config.nodeEnv === 'production' ? 'formal' : 'developer',
          })
        : createDevSubscribeMessageProvider(log)
    const sms = config.sms.kind === 'http' ? createHttpSmsNotifyProvider(config.sms) : createDevSmsNotifyProvider(log)
    const notifier = createNotifier({ db: app.db, subscribe, sms, subscribeTemplate: config.wechatSubscribe, log })
    app.decorate('notifier', notifier)
    app.addHook('preClose', async () => {
      await notifier.drain()
    })
  },
  { name: 'notifications', dependencies: ['db'] },
)
