import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { JobRunner } from '../../server/platform/jobs/runner'
import { testOnPostgres } from './helpers/postgres-only'
import { type RunningScript, startScript } from './helpers/run-script'
import { cloneTestDatabase, type TestDatabase } from './helpers/test-app'

// Durable jobs (issue #7 item 2) with the README's scale-out story: two API processes on one PostgreSQL database
// poll the same queue. Each job must be handled exactly once — never by both, never dropped. PostgreSQL only: PGlite
// is one process with one session, where no two workers can race.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let database: TestDatabase | null = null
const servers: RunningScript[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()))
  await database?.drop()
  database = null
})

testOnPostgres(
  'two API processes on one database: 100 scheduled jobs are each handled once',
  async () => {
    database = await cloneTestDatabase()
    const url = database.env.DATABASE_URL
    const pool = new pg.Pool({ connectionString: url, max: 2 })
    try {
      await pool.query('CREATE TABLE job_probe_runs (job_id uuid NOT NULL, n int NOT NULL, pid int NOT NULL)')
      const env = {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        JOB_POLL_MS: '500',
        STATIC_DIR: path.join(os.tmpdir(), 'yz-no-static-build'),
      }
      servers.push(startScript('test/server/helpers/job-probe-server.ts', [], { env }))
      servers.push(startScript('test/server/helpers/job-probe-server.ts', [], { env }))
      await Promise.all(servers.map((s) => s.waitFor(/probe ready/)))

      // A sender that runs nothing itself (like a CLI): the jobs can only be handled by the two processes.
      const sender = new JobRunner(pool, { work: false })
      await sender.define({
        name: 'probe.record',
        handle: async () => {
          throw new Error('the sender runs no jobs')
        },
      })
      await sender.start()
      const startAfter = new Date(Date.now() + 2000)
      for (let n = 0; n < 100; n++) await sender.send('probe.record', { n }, { startAfter })
      await sender.stop()

      const count = async () => Number((await pool.query('SELECT count(*) AS c FROM job_probe_runs')).rows[0].c)
      const deadline = Date.now() + 40_000
      while ((await count()) < 100 && Date.now() < deadline) await sleep(200)
      // time for a second run of any job to land, were there one
      await sleep(2000)

      const runs = await pool.query<{ n: number; runs: string; pids: string }>(
        'SELECT n, count(*) AS runs, count(DISTINCT pid) AS pids FROM job_probe_runs GROUP BY n ORDER BY n',
      )
      expect(runs.rows.map((r) => r.n)).toEqual(Array.from({ length: 100 }, (_, n) => n))
      expect(runs.rows.filter((r) => Number(r.runs) !== 1)).toEqual([])
      const first = await pool.query<{ started: Date }>('SELECT min(started_on) AS started FROM pgboss.job')
      expect(first.rows[0].started.getTime()).toBeGreaterThanOrEqual(startAfter.getTime() - 50)
      // both processes took part (each fetches 5 at a time and works 20 ms per job)
      const pids = await pool.query<{ pid: number }>('SELECT DISTINCT pid FROM job_probe_runs')
      expect(pids.rows.map((r) => r.pid).sort()).toEqual(servers.map((s) => s.child.pid).sort())
    } finally {
      await pool.end()
    }
  },
  120_000,
)
