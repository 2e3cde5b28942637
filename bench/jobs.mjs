// Durable jobs (issue #7 item 2): pg-boss in the app's own database, on PGlite and (with DATABASE_URL) on PostgreSQL.
// Prints numbers only.
//
// How measured: one app (buildApp, default JOB_POLL_MS=1000, batches of 10) with a no-op job kind.
// - send: 500 `send`s one after another, to be run an hour later (insert cost only).
// - send + run: 1000 jobs sent 16 at a time while the app's own worker runs them; jobs/s from the first send to the
//   last job handled.
// - startAfter delay: 30 jobs scheduled 1–3 s ahead, spread out; how late each handler started after its time
//   (at worst one polling interval, plus the fetch).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { tsImport } from 'tsx/esm/api'

const imp = (p) => tsImport(p, import.meta.url)
const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function run(kind, env) {
  const { buildApp } = await imp('../server/app.ts')
  const { loadConfig } = await imp('../server/config.ts')
  let handled = 0
  const late = []
  const app = await buildApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', STATIC_DIR: path.join(tmpdir(), 'none'), ...env }),
    {
      extend: async (instance) => {
        await instance.jobs.define({ name: 'bench.noop', handle: async () => void handled++ })
        await instance.jobs.define({ name: 'bench.later', handle: async () => {} })
        await instance.jobs.define({
          name: 'bench.timed',
          handle: async (data) => void late.push(Date.now() - data.due),
        })
      },
    },
  )
  try {
    let started = performance.now()
    for (let i = 0; i < 500; i++) await app.jobs.send('bench.later', { i }, { startAfter: 3600 })
    const sendRate = 500 / ((performance.now() - started) / 1000)

    started = performance.now()
    for (let i = 0; i < 1000; i += 16)
      await Promise.all(
        Array.from({ length: Math.min(16, 1000 - i) }, (_, k) => app.jobs.send('bench.noop', { i: i + k })),
      )
    while (handled < 1000) await sleep(5)
    const runRate = 1000 / ((performance.now() - started) / 1000)

    const base = Date.now() + 1000
    for (let i = 0; i < 30; i++) {
      const due = base + Math.round((i * 2000) / 30)
      await app.jobs.send('bench.timed', { due }, { startAfter: new Date(due) })
    }
    while (late.length < 30) await sleep(20)

    console.log(`\n-- ${kind}`)
    console.log(`send (scheduled, sequential): ${sendRate.toFixed(0)} jobs/s`)
    console.log(`send + run (16 in flight):    ${runRate.toFixed(0)} jobs/s`)
    console.log(
      `startAfter → handler start:   p50 ${pct(late, 50)} ms, max ${Math.max(...late)} ms (JOB_POLL_MS=${env.JOB_POLL_MS ?? 1000})`,
    )
  } finally {
    await app.close()
  }
}

/** Runs the job bench on PGlite and, when DATABASE_URL is set, on a scratch PostgreSQL database. */
export async function benchJobs() {
  console.log('\n== durable jobs (issue #7): pg-boss in the app database')
  const dir = mkdtempSync(path.join(tmpdir(), 'yz-bench-jobs-'))
  try {
    await run('PGlite', { DATA_DIR: dir })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.DATABASE_URL
  if (!url) return console.log('(set DATABASE_URL to also measure PostgreSQL)')
  const name = `yz_bench_jobs_${process.pid}`
  const admin = async (sql) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  await admin(`CREATE DATABASE ${name}`)
  try {
    const u = new URL(url)
    u.pathname = `/${name}`
    await run('PostgreSQL', { DATABASE_URL: u.toString() })
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchJobs()
