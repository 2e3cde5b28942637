// 12345 hotline (issue #4): ticket submit throughput and latency (p50/p99), and the public tracking route's
// throughput, on PGlite and (with DATABASE_URL) on PostgreSQL. Prints numbers only.
//
// How measured: in-process app.inject() (no sockets, so numbers are route + database cost), after a warm-up.
// - submit, sequential: one request at a time, 200 tickets, each with a fresh Idempotency-Key, from 20 residents;
//   each request: session lookup, validation queries, then one transaction (key row, ticket, event, message, answer).
// - submit, 16 in flight: the same with 16 concurrent requests (PostgreSQL pool of 10; PGlite serialises).
// - tracking: GET /api/hotline/track/:ref?t=… sequentially for 2 s over the submitted tickets.
import crypto from 'node:crypto'
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

function draft(i) {
  return {
    type: '投诉',
    serviceCode: 'URBAN_STREETLIGHT',
    title: `百祥路第${i}号路灯不亮`,
    description: `邗江区蒋王街道百祥路第${i}号路灯晚上一直不亮，骑车经过很黑，希望尽快维修。`,
    districtCode: '321003',
    townCode: '321003002',
    address: '邗江区蒋王街道百祥路',
    photoIds: [],
    anonymous: false,
    contactPhone: '13952712345',
    privacyConsent: true,
    attributes: { FAULT: 'OFF' },
  }
}

async function run(kind, env) {
  const { buildApp } = await imp('../server/app.ts')
  const { loadConfig } = await imp('../server/config.ts')
  const app = await buildApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
      HOTLINE_SUBMIT_RATE: '100000',
      HOTLINE_ADDRESS_RATE: '1000000',
      SMS_SEND_RATE: '100000',
      STATIC_DIR: path.join(tmpdir(), 'none'),
      ...env,
    }),
  )
  try {
    const tokens = []
    for (let i = 0; i < 20; i++) {
      const phone = `137${String(10_000_000 + i).slice(-8)}`
      const sent = (await app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })).json()
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/sms/login',
        payload: { phone, code: sent.devCode },
      })
      tokens.push(login.json().token)
    }
    let n = 0
    const submitOne = async () => {
      const i = n++
      const t = performance.now()
      const res = await app.inject({
        method: 'POST',
        url: '/api/hotline/tickets',
        headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, 'idempotency-key': crypto.randomUUID() },
        payload: draft(i),
      })
      if (res.statusCode !== 201) throw new Error(`submit → ${res.statusCode} ${res.body}`)
      return { ms: performance.now() - t, ticket: res.json() }
    }
    for (let i = 0; i < 20; i++) await submitOne() // warm-up
    const times = []
    const tickets = []
    let started = performance.now()
    for (let i = 0; i < 200; i++) {
      const r = await submitOne()
      times.push(r.ms)
      tickets.push(r.ticket)
    }
    const seqSecs = (performance.now() - started) / 1000
    const concTimes = []
    started = performance.now()
    for (let batch = 0; batch < 200 / 16; batch++) {
      const rs = await Promise.all(Array.from({ length: 16 }, submitOne))
      for (const r of rs) concTimes.push(r.ms)
    }
    const concSecs = (performance.now() - started) / 1000
    let tracked = 0
    const end = performance.now() + 2000
    while (performance.now() < end) {
      const t = tickets[tracked % tickets.length]
      const res = await app.inject(`/api/hotline/track/${t.ref}?t=${t.trackingToken}`)
      if (res.statusCode !== 200) throw new Error(`track → ${res.statusCode}`)
      tracked++
    }
    let health = 0
    const healthEnd = performance.now() + 1000
    while (performance.now() < healthEnd) {
      await app.inject('/api/health')
      health++
    }
    console.log(`\n-- ${kind}`)
    console.log(
      `submit, sequential:   ${(times.length / seqSecs).toFixed(0)} tickets/s, p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms`,
    )
    console.log(
      `submit, 16 in flight: ${(concTimes.length / concSecs).toFixed(0)} tickets/s, p50 ${pct(concTimes, 50).toFixed(1)} ms, p99 ${pct(concTimes, 99).toFixed(1)} ms`,
    )
    console.log(
      `tracking page route:  ${(tracked / 2).toFixed(0)} req/s (sequential; /api/health on the same app: ${health} req/s)`,
    )
  } finally {
    await app.close()
  }
}

/** Runs the hotline bench on PGlite and, when DATABASE_URL is set, on a scratch PostgreSQL database. */
export async function benchHotline() {
  console.log('\n== 12345 hotline (issue #4): submit and tracking, app.inject()')
  const dir = mkdtempSync(path.join(tmpdir(), 'yz-bench-hotline-'))
  try {
    await run('PGlite', { DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.DATABASE_URL
  if (!url) return console.log('(set DATABASE_URL to also measure PostgreSQL)')
  const name = `yz_bench_hotline_${process.pid}`
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
    await run('PostgreSQL', { DATABASE_URL: u.toString(), UPLOAD_DIR: path.join(tmpdir(), 'yz-bench-uploads') })
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHotline()
