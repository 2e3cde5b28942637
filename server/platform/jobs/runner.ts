import type pg from 'pg'
import PgBoss from 'pg-boss'
import { poolDb } from './pg-boss-db'

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string
  name: string
  /** 0 on the first run, 1 on the first retry, … */
  retryCount: number
  retryLimit: number
}

/**
 * A kind of job a feature declares once: its queue name, how it is handled, and how it is retried.
 *
 * Delivery is **at least once**: a process killed mid-job, or a job outliving `expireInSeconds`, runs again. Handlers
 * must therefore be idempotent (check the state the job is about to change before changing it).
 */
export interface JobDefinition<T extends object = object> {
  /** Queue name, `<feature>.<what>` (letters, digits, `.`, `-`, `_`). */
  name: string
  handle(data: T, job: JobContext): Promise<void>
  /** Runs after the first failure before the job is failed for good; default 5. */
  retryLimit?: number
  /** Seconds before the first retry; default 30. */
  retryDelaySeconds?: number
  /** Doubles the delay on each retry (with jitter); default true. */
  retryBackoff?: boolean
  /** A run taking longer is counted as failed (and retried); default 300 s. */
  expireInSeconds?: number
  /** Jobs fetched per poll and run side by side; default 10. */
  batchSize?: number
}

/** Options of {@link JobRunner.send}. */
export interface SendJobOptions {
  /** Not before this moment (a Date) or this many seconds from now. */
  startAfter?: Date | number
}

/** Options of {@link JobRunner}. */
export interface JobRunnerOptions {
  /** How often each queue is polled when idle; also the delay from `startAfter` to start, at worst. Default 1 s. */
  pollingIntervalSeconds?: number
  /** PostgreSQL schema pg-boss keeps its tables in; default `pgboss`. */
  schema?: string
  /** Where runner problems are reported (failed handlers are retried, not reported here). */
  onError?: (err: Error) => void
  /** false: create the queues and send jobs, but run none here (a CLI or a benchmark's sender); default true. */
  work?: boolean
}

/** Thrown when a job is sent to a queue nobody defined (a typo would otherwise queue jobs no one runs). */
export class UnknownJobError extends Error {
  override readonly name = 'UnknownJobError'
  constructor(queue: string) {
    super(`unknown job queue: ${queue}`)
  }
}

/**
 * Durable jobs in the app's own database: pg-boss 10 over the app's pool, on PostgreSQL and on PGlite alike.
 *
 * Jobs are rows; a worker takes them with `FOR UPDATE SKIP LOCKED`, so N API processes on one PostgreSQL never run
 * the same job at the same time. Scheduled (`startAfter`) and failed-and-retrying jobs wait in the table and survive
 * a restart. {@link stop} lets running jobs finish (up to a timeout) and hands back unfinished ones for a retry.
 * pg-boss creates and migrates its own schema (`pgboss`) on start, under an advisory lock.
 */
export class JobRunner {
  readonly #boss: PgBoss
  readonly #definitions = new Map<string, JobDefinition>()
  readonly #workers = new Map<string, string>()
  readonly #pollingIntervalSeconds: number
  readonly #runsJobs: boolean
  #started = false

  constructor(pool: pg.Pool, options: JobRunnerOptions = {}) {
    this.#pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1
    this.#runsJobs = options.work ?? true
    this.#boss = new PgBoss({
      db: poolDb(pool) as PgBoss.Db,
      schema: options.schema ?? 'pgboss',
    })
    this.#boss.on('error', (err: Error) => options.onError?.(err))
  }

  /**
   * Declares a kind of job. Define every kind before {@link start} (features do it while the app registers); one
   * defined later starts working at once.
   */
  async define<T extends object>(definition: JobDefinition<T>): Promise<void> {
    if (this.#definitions.has(definition.name)) throw new Error(`job queue defined twice: ${definition.name}`)
    this.#definitions.set(definition.name, definition as unknown as JobDefinition)
    if (this.#started) await this.#work(definition as unknown as JobDefinition)
  }

  /** Creates pg-boss's schema (first start) and its queues, and starts polling every defined queue. */
  async start(): Promise<void> {
    if (this.#started) return
    await this.#boss.start()
    this.#started = true
    for (const definition of this.#definitions.values()) await this.#work(definition)
  }

  /**
   * Queues a job; returns its id. Without `startAfter` a worker in this process is woken at once.
   * @throws UnknownJobError for a queue no one defined.
   */
  async send<T extends object>(name: string, data: T, options: SendJobOptions = {}): Promise<string> {
    if (!this.#definitions.has(name)) throw new UnknownJobError(name)
    const startAfter =
      options.startAfter === undefined
        ? undefined
        : options.startAfter instanceof Date
          ? options.startAfter
          : new Date(Date.now() + options.startAfter * 1000)
    const id = await this.#boss.send(name, data, startAfter ? { startAfter } : {})
    if (!id) throw new Error(`job not queued: ${name}`)
    const worker = this.#workers.get(name)
    if (!startAfter && worker) this.#boss.notifyWorker(worker)
    return id
  }

  /** Stops polling, waits up to `timeoutMs` for running jobs, and fails (→ retries later) any still running. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.#started) return
    this.#started = false
    this.#workers.clear()
    await this.#boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: false })
  }

  async #work(definition: JobDefinition): Promise<void> {
    const { name } = definition
    const queue = {
      name,
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: definition.retryDelaySeconds ?? 30,
      retryBackoff: definition.retryBackoff ?? true,
      expireInSeconds: definition.expireInSeconds ?? 300,
    }
    // Two API processes starting at once both run pg-boss's create_queue for the same name; PostgreSQL may end one
    // of them with a deadlock (40P01: the queue row's unique index vs. the partition's table lock; seen with two
    // processes in jobs-two-processes.test.ts). create_queue does nothing for a queue that exists, so the loser
    // simply tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#boss.createQueue(name, queue)
        break
      } catch (err) {
        if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50))
      }
    }
    if (!this.#runsJobs) return
    const batchSize = definition.batchSize ?? 10
    let workerId = ''
    workerId = await this.#boss.work<object>(
      name,
      { batchSize, includeMetadata: true, pollingIntervalSeconds: this.#pollingIntervalSeconds },
      async (jobs) => {
        const outcomes = await Promise.allSettled(
          jobs.map((job) =>
            definition.handle(job.data, {
              id: job.id,
              name: job.name,
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            }),
          ),
        )
        // Fail only the jobs whose handler threw; pg-boss then completes the rest of the batch (its completion
        // touches only jobs still active). Failed ones come back after their retry delay.
        await Promise.all(
          outcomes.map((outcome, i) =>
            outcome.status === 'rejected'
              ? this.#boss.fail(name, jobs[i].id, {
                  message: String((outcome.reason as Error)?.message ?? outcome.reason),
                })
              : null,
          ),
        )
        // A full batch means more may be waiting: poll again now instead of after the interval.
        if (jobs.length === batchSize) this.#boss.notifyWorker(workerId)
      },
    )
    this.#workers.set(name, workerId)
  }
}
