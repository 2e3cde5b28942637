// One API process for the job tests (test/server/jobs-*.test.ts): the real app on the database its environment names,
// plus a probe job kind `probe.record` whose handler writes one row per run into `job_probe_runs` (created by the
// test), with this process's pid. Prints "probe ready" once the app is ready; closes gracefully on SIGTERM.
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'

async function main(): Promise<void> {
  const app = await buildApp(loadConfig(process.env), {
    extend: async (instance) => {
      await instance.jobs.define<{ n: number }>({
        name: 'probe.record',
        batchSize: 5,
        async handle(data, job) {
          // long enough that the other process polls while this one is busy
          await new Promise((resolve) => setTimeout(resolve, 20))
          await instance.dbPool.query('INSERT INTO job_probe_runs (job_id, n, pid) VALUES ($1, $2, $3)', [
            job.id,
            data.n,
            process.pid,
          ])
        },
      })
    },
  })
  process.once('SIGTERM', () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
  console.log('probe ready')
}

void main()
