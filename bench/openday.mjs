// 政府开放日 (issue #11): the registration burst on PostgreSQL — 1,000 residents register at once for a 100-seat
// session, repeated ROUNDS times (default 20) on fresh sessions; then, once full, "已满" answered without a write.
// Prints numbers only. Needs DATABASE_URL (PGlite serialises everything, so a burst there measures nothing useful).
//
// How measured: in-process app.inject() (no sockets: route + database cost), rate limits raised, residents and their
// sessions written through the repositories beforehand. Per round: drain = first request sent → last answer;
// p50/p99 over the 1,000 answers; count of 5xx; seats taken (registered counter) and confirmed rows.
// Full: 200 more registrations one at a time on a full session; p50/p99, and the registrations / idempotency-key rows
// before and after (unchanged = no write).
import crypto from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { tsImport } from 'tsx/esm/api'

const imp = (p) => tsImport(p, import.meta.url)
const pct = (values, p) => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const ms = (n) => `${n.toFixed(1)} ms`

async function run(env, rounds) {
  const { buildApp } = await imp('../server/app.ts')
  const { loadConfig } = await imp('../server/config.ts')
  const helpers = await imp('../test/server/helpers/openday.ts')
  const app = await buildApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      RATE_LIMIT_MAX: '1000000',
      STATIC_DIR: path.join(tmpdir(), 'none'),
      ...env,
    }),
  )
  const t = { app }
  try {
    const people = await helpers.residents(app.db, 1000)
    const drains = []
    const p50s = []
    const p99s = []
    let fiveXX = 0
    let exact = 0
    let lastSession = null
    for (let round = 0; round < rounds; round++) {
      const { eventId, sessionId } = await helpers.createOpenDay(app.db, { capacity: 100 })
      const lat = []
      const started = performance.now()
      const answers = await Promise.all(
        people.map(async (p, i) => {
          const t0 = performance.now()
          const res = await helpers.register(t, p.token, eventId, helpers.registrationDraft(sessionId, 100_000 + i))
          lat.push(performance.now() - t0)
          return res.statusCode
        }),
      )
      drains.push(performance.now() - started)
      p50s.push(pct(lat, 50))
      p99s.push(pct(lat, 99))
      fiveXX += answers.filter((s) => s >= 500).length
      const seats = await helpers.seatCounts(app.db, sessionId)
      const ok = answers.filter((s) => s === 201).length
      if (ok === 100 && seats.registered === 100 && seats.held === 100) exact++
      console.log(
        `round ${round + 1}: drain ${ms(drains.at(-1))}, p50 ${ms(p50s.at(-1))}, p99 ${ms(p99s.at(-1))}, ` +
          `201 ${ok}, 409 ${answers.filter((s) => s === 409).length}, 5xx ${answers.filter((s) => s >= 500).length}, ` +
          `seats ${seats.registered}/${seats.held}`,
      )
      lastSession = { eventId, sessionId }
    }
    console.log(
      `burst, ${rounds} rounds: drain median ${ms(pct(drains, 50))} (max ${ms(Math.max(...drains))}), ` +
        `p50 median ${ms(pct(p50s, 50))}, p99 median ${ms(pct(p99s, 50))} (max ${ms(Math.max(...p99s))}), ` +
        `5xx ${fiveXX}, exactly 100 seats in ${exact}/${rounds} rounds`,
    )

    // once full: late comers, one at a time (new residents, so nothing is refused as a duplicate)
    const late = await helpers.residents(app.db, 200)
    const count = async () => {
      const r = await app.db
        .selectFrom('openday_registrations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
      const k = await app.db
        .selectFrom('idempotency_keys')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
      return `${r.n} registrations, ${k.n} idempotency keys`
    }
    const before = await count()
    const lat = []
    const codes = new Set()
    for (const [i, p] of late.entries()) {
      const t0 = performance.now()
      const res = await helpers.register(
        t,
        p.token,
        lastSession.eventId,
        helpers.registrationDraft(lastSession.sessionId, 200_000 + i),
      )
      lat.push(performance.now() - t0)
      codes.add(`${res.statusCode} ${res.json().code}`)
    }
    const after = await count()
    console.log(
      `已满 answers (200, sequential): p50 ${ms(pct(lat, 50))}, p99 ${ms(pct(lat, 99))}; answers ${[...codes].join(', ')}; ` +
        `before ${before}, after ${after} (${before === after ? 'no write' : 'WRITES'})`,
    )
  } finally {
    await app.close()
  }
}

/** Runs the burst on a scratch PostgreSQL database (DATABASE_URL), ROUNDS times. */
export async function benchOpenday() {
  console.log('\n== 政府开放日 (issue #11): registration burst, 1,000 for 100 seats, app.inject(), PostgreSQL')
  const url = process.env.DATABASE_URL
  if (!url) return console.log('(set DATABASE_URL: the burst is measured on PostgreSQL only)')
  const rounds = Number(process.env.ROUNDS ?? 20)
  const name = `yz_bench_openday_${process.pid}_${crypto.randomBytes(3).toString('hex')}`
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
    await run({ DATABASE_URL: u.toString() }, rounds)
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOpenday()
