import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from '../../config'
import { createDevSmsNotifyProvider, createHttpSmsNotifyProvider } from '../../providers/sms-notify'
import {
  createDevSubscribeMessageProvider,
  createHttpSubscribeMessageProvider,
} from '../../providers/subscribe-message'
import { createNotifications, DELIVER_JOB, type Notifications } from './service'

declare module 'fastify' {
  interface FastifyInstance {
    /** Notifications for every feature (server/platform/notifications). */
    notifier: Notifications
  }
}

/**
 * Decorates `app.notifier` from config, defines the delivery job (failed deliveries are retried by the job runner,
 * surviving a restart), and once the app is ready schedules deliveries a dead process left due. On close, waits
 * for attempts in flight.
 */
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
    const notifications = createNotifications({
      db: app.db,
      jobs: app.jobs,
      subscribe,
      sms,
      config: config.notify,
      log,
    })
    await app.jobs.define<{ deliveryId: string }>({
      name: DELIVER_JOB,
      // the delivery row counts attempts and schedules the next; the job is only the wake-up
      retryLimit: 2,
      retryDelaySeconds: 30,
      handle: (data) => notifications.deliver(data.deliveryId),
    })
    app.decorate('notifier', notifications)
    app.addHook('onReady', async () => {
      const due = await notifications.sweep()
      if (due > 0) app.log.info({ due }, '补发重启前未完成的通知')
    })
    app.addHook('preClose', async () => {
      await notifications.drain()
    })
  },
  { name: 'notifications', dependencies: ['db', 'jobs'] },
)
