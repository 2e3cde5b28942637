import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import type { JobContext } from '../../server/platform/jobs/runner'
import { cloneTestDatabase, type TestDatabase } from './helpers/test-app'

// Durable jobs (issue #7 item 2): a job waiting for its time, or for its retry, lives in the database and runs after
// the app restarts — on PGlite and on PostgreSQL. (Two processes racing for jobs: jobs-two-processes.test.ts.)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Run {
  app: number
  n: number
  job: JobContext
  at: number
}

let database: TestDatabase
let env: Record<string, string>
const runs: Run[] = []
let appNo = 0

/** Starts the app on the test database with the probe kinds; `failFirst`: the flaky kind fails on its first run. */
async function start(): Promise<FastifyInstance> {
  const no = ++appNo
  return buildApp(loadConfig(env), {
    extend: async (app) => {
      await app.jobs.define<{ n: number }>({
        name: 'probe.scheduled',
        handle: async (data, job) => {
          runs.push({ app: no, n: data.n, job, at: Date.now() })
        },
      })
      await app.jobs.define<{ n: number }>({
        name: 'probe.flaky',
        retryDelaySeconds: 2,
        retryBackoff: false,
        handle: async (data, job) => {
          runs.push({ app: no, n: data.n, job, at: Date.now() })
          if (job.retryCount === 0) throw new Error('网关暂时不可用')
        },
      })
    },
  })
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await sleep(100)
}

beforeAll(async () => {
  database = await cloneTestDatabase()
  env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JOB_POLL_MS: '500',
    STATIC_DIR: path.join(os.tmpdir(), 'yz-no-static-build'),
    ...database.env,
  }
})
afterAll(() => database.drop())

test('a job scheduled before a restart runs after it, once', async () => {
  const first = await start()
  const startAfter = new Date(Date.now() + 2500)
  await first.jobs.send('probe.scheduled', { n: 1 }, { startAfter })
  await first.close()
  expect(runs.filter((r) => r.n === 1)).toEqual([])

  const second = await start()
  try {
    await until(() => runs.some((r) => r.n === 1))
    await sleep(1200)
    const ran = runs.filter((r) => r.n === 1)
    expect(ran.map((r) => r.app)).toEqual([appNo])
    expect(ran[0].at).toBeGreaterThanOrEqual(startAfter.getTime())
  } finally {
    await second.close()
  }
})

test('a job that failed before a restart is retried after it', async () => {
  const first = await start()
  await first.jobs.send('probe.flaky', { n: 2 })
  await until(() => runs.some((r) => r.n === 2))
  const firstRunApp = appNo
  await first.close()

  const second = await start()
  try {
    await until(() => runs.filter((r) => r.n === 2).length >= 2)
    await sleep(1200)
    const ran = runs.filter((r) => r.n === 2)
    expect(ran.map((r) => [r.app, r.job.retryCount])).toEqual([
      [firstRunApp, 0],
      [appNo, 1],
    ])
    expect(ran[1].at - ran[0].at).toBeGreaterThanOrEqual(2000)
  } finally {
    await second.close()
  }
})

test('sending to a queue nobody defined is refused', async () => {
  const app = await start()
  try {
    await expect(app.jobs.send('probe.typo', {})).rejects.toThrow('unknown job queue: probe.typo')
  } finally {
    await app.close()
  }
})
