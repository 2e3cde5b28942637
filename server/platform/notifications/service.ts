import type { Kysely } from 'kysely'
import type { NotifyConfig } from '../../config'
import type { Database } from '../../db/schema'
import type { SmsNotifyProvider } from '../../providers/sms-notify'
import { type SubscribeMessageProvider, SubscribeSendError } from '../../providers/subscribe-message'
import { type DeliveryJob, messagesRepository } from '../../repositories/messages'
import type { JobRunner } from '../jobs/runner'
import { type NoticeData, type NotificationKind, notificationKind } from './kinds'

/** The job that attempts one delivery (its id is the whole payload: the row holds the state). */
export const DELIVER_JOB = 'notifications.deliver'

/** How long an attempt holds a delivery (longer than a WeChat token refresh plus a send, each with its timeout). */
const LEASE_SECONDS = 60

/** One person to tell. */
export interface NoticeRecipient {
  userId: number
  /** The kind's values for this person (text, templates). */
  data: NoticeData
  /**
   * Outside channels: false → in-app only. Otherwise WeChat for a resident signed in with WeChat (only when
   * `wechat` is true, and only by spending a grant they gave for the subject), SMS for the others (to `data.smsPhone`
   * or their account phone) — unless they opted out of the kind.
   */
  outside: false | { wechat: boolean }
}

/** A notice about a subject, for some people. */
export interface Notice {
  kind: string
  subject: { kind: string; id: string }
  /** The 12345 ticket the messages belong to, if the subject is one (kept as its own foreign key). */
  ticketId?: string | null
  recipients: readonly NoticeRecipient[]
}

/** Notifications for every feature: in-app messages always, WeChat or SMS with retries. */
export interface Notifications {
  /**
   * In the transaction that changes the subject: the in-app messages and the queued outside deliveries. Returns the
   * delivery ids for {@link dispatch} after commit.
   */
  record(tx: Kysely<Database>, notice: Notice): Promise<string[]>
  /** After commit: a first attempt now, in this process; failures are retried by the job runner. Never throws. */
  dispatch(ids: readonly string[]): void
  /** Attempts one delivery if it is due (what the job runs); records the outcome and schedules a retry. */
  deliver(id: string): Promise<void>
  /** Schedules jobs for deliveries due whose wake-up was lost (a process died); run at start. */
  sweep(): Promise<number>
  /** The WeChat template ids configured for a kind (what the weapp asks the resident to accept). */
  wechatTemplateIds(kind: string): string[]
  /** Waits for every attempt running in this process (tests, shutdown). */
  drain(): Promise<void>
}

/** Cuts a value to what a WeChat template field accepts (thing 20, phrase 5, character_string 32, name 10). */
function fieldValue(field: string, value: string): string {
  const max = field.startsWith('thing')
    ? 20
    : field.startsWith('phrase')
      ? 5
      : field.startsWith('character_string')
        ? 32
        : field.startsWith('name')
          ? 10
          : 64
  return value.slice(0, max)
}

/** Builds the notifications service from its parts (the plugin wires it from config). */
export function createNotifications(deps: {
  db: Kysely<Database>
  jobs: JobRunner
  subscribe: SubscribeMessageProvider
  sms: SmsNotifyProvider
  config: NotifyConfig
  log: (msg: string, data: unknown) => void
}): Notifications {
  const inflight = new Set<Promise<void>>()
  const track = (run: Promise<void>) => {
    inflight.add(run)
    void run.finally(() => inflight.delete(run))
    return run
  }

  async function send(kind: NotificationKind, job: DeliveryJob): Promise<'sent' | string> {
    if (job.channel === 'wechat') {
      const template = deps.config.wechat[kind.kind]
      if (!kind.wechat || !template || !job.wechat_openid) return 'no openid or template'
      const fields = { ...kind.wechat.fields, ...template.fields }
      const data: Record<string, { value: string }> = {}
      for (const [valueKey, field] of Object.entries(fields))
        data[field] = { value: fieldValue(field, job.data[valueKey] ?? '') }
      await deps.subscribe.send({
        openid: job.wechat_openid,
        templateId: template.templateId,
        page: kind.wechat.page(job.data, template.page ?? ''),
        data,
      })
      return 'sent'
    }
    const phone = job.data.smsPhone ?? job.user_phone
    if (!kind.sms || !phone) return 'no phone or template'
    const params: Record<string, string> = {}
    for (const p of kind.sms.params) params[p] = job.data[p] ?? ''
    await deps.sms.send({ phone, template: deps.config.sms[kind.kind] ?? kind.sms.template, params })
    return 'sent'
  }

  async function deliver(id: string): Promise<void> {
    const repo = messagesRepository(deps.db)
    const job = await repo.claimDelivery(id, LEASE_SECONDS)
    if (!job) return // sent, given up, or another process is on it
    const kind = job.kind ? notificationKind(job.kind) : undefined
    if (!kind) return repo.finishDelivery(id, 'skipped', `unknown kind ${job.kind}`)
    try {
      const outcome = await send(kind, job)
      if (outcome !== 'sent') return repo.finishDelivery(id, 'skipped', outcome)
      await repo.finishDelivery(id, 'sent', null)
    } catch (err) {
      const message = (err as Error).message
      const permanent = err instanceof SubscribeSendError && err.permanent
      const attempts = job.attempts + 1
      const retry = !permanent && attempts < deps.config.maxAttempts
      // 30 s, 2 min, 8 min, 32 min, ~2 h with the default NOTIFY_RETRY_SECONDS=30
      const next = retry ? new Date(Date.now() + deps.config.retrySeconds * 1000 * 4 ** (attempts - 1)) : null
      deps.log('通知发送失败', { delivery: id, channel: job.channel, error: message, permanent, attempts, next })
      // The wake-up first: were the process to die between the two, the job finds the row still due.
      if (next)
        await deps.jobs
          .send(DELIVER_JOB, { deliveryId: id }, { startAfter: next })
          .catch((e: Error) => deps.log('通知重试未能排队，重启时补发', { delivery: id, error: e.message }))
      await repo.finishDelivery(id, 'failed', message, next)
    }
  }

  return {
    async record(tx, notice) {
      const kind = notificationKind(notice.kind)
      if (!kind) throw new Error(`unknown notification kind: ${notice.kind}`)
      const repo = messagesRepository(tx)
      const rows = notice.recipients.map((r) => ({
        user_id: r.userId,
        kind: kind.kind,
        subject_kind: notice.subject.kind,
        subject_id: String(notice.subject.id),
        ticket_id: notice.ticketId ?? null,
        data: r.data,
        title: kind.title(r.data).slice(0, 100),
        body: kind.body(r.data).slice(0, 500),
      }))
      const messages = await repo.insertMany(rows)
      const deliveries: string[] = []
      for (const [i, r] of notice.recipients.entries()) {
        if (!r.outside) continue
        if (await repo.optedOut(r.userId, kind.kind)) continue
        const openid = await repo.recipientOpenid(r.userId)
        if (openid === undefined) continue
        if (openid) {
          // weapp resident: only with a grant they gave by tapping (WeChat's rule); each grant allows one message
          const template = deps.config.wechat[kind.kind]
          if (
            kind.wechat &&
            template &&
            r.outside.wechat &&
            (await repo.consumeGrant(notice.subject.kind, notice.subject.id, r.userId, template.templateId))
          )
            deliveries.push(await repo.queueDelivery(messages[i].id, 'wechat'))
          continue
        }
        if (kind.sms) deliveries.push(await repo.queueDelivery(messages[i].id, 'sms'))
      }
      return deliveries
    },

    dispatch(ids) {
      for (const id of ids)
        track(deliver(id).catch((err: Error) => deps.log('通知发送出错', { delivery: id, error: err.message })))
    },

    deliver: (id) => track(deliver(id)),

    async sweep() {
      const due = await messagesRepository(deps.db).dueDeliveries(500)
      for (const id of due) await deps.jobs.send(DELIVER_JOB, { deliveryId: id })
      return due.length
    },

    wechatTemplateIds(kind) {
      const template = deps.config.wechat[kind]
      return template ? [template.templateId] : []
    },

    async drain() {
      while (inflight.size > 0) await Promise.allSettled([...inflight])
    },
  }
}
