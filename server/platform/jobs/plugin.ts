import fp from 'fastify-plugin'
import { JobRunner } from './runner'

declare module 'fastify' {
  interface FastifyInstance {
    /** Durable jobs: features `define` their kinds while registering, and `send` jobs from services. */
    jobs: JobRunner
  }
}

/** Options of {@link jobsPlugin}. */
export interface JobsPluginOptions {
  /** Idle polling interval per queue (tests and the benchmark shorten it); default 1 s. */
  pollingIntervalSeconds?: number
}

/**
 * The job runner as part of the app: created after the database, started once the app is ready (every feature has
 * defined its kinds by then), stopped on close before the database closes — running jobs finish first, unfinished
 * ones are retried by whichever process runs next.
 */
export const jobsPlugin = fp(
  async (app, opts: JobsPluginOptions) => {
    const runner = new JobRunner(app.dbPool, {
      pollingIntervalSeconds: opts.pollingIntervalSeconds,
      onError: (err) => app.log.error({ err }, '后台任务出错 / job runner error'),
    })
    app.decorate('jobs', runner)
    app.addHook('onReady', async () => {
      await runner.start()
    })
    // Registered after the db plugin's onClose hook, so it runs before it (Fastify runs onClose hooks last-in
    // first-out).
    app.addHook('onClose', async () => {
      await runner.stop()
    })
  },
  { name: 'jobs', dependencies: ['db'] },
)
