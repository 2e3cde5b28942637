// 消息 and 我的 办事记录 (issue #8): one resident with 10,000 tickets and 10,000 messages — the inbox page, the
// timeline's first page and a page deep in the cursor chain, each as p50/p99 latency and throughput, throughput also as
// a share of /api/health on the same app. On PGlite and (with DATABASE_URL) on PostgreSQL. Prints numbers only.
//
// How measured: in-process app.inject() (no sockets: route + database cost), sequential requests for 2 s each after a
// warm-up. The 10,000 rows are copies of one real ticket (fresh refs, change times spread over a year) and one message
// per ticket, inserted in SQL, then VACUUM ANALYZE as after any bulk load.
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
const ENTRIES = 10_000

/** Requests `url()` one after another for `ms`; answers req/s and latencies. */
async function measure(app, headers, url, ms = 2000) {
  for (let i = 0; i < 20; i++) await app.inject({ url: url(), headers }) // warm-up
  const times = []
  const end = performance.now() + ms
  while (performance.now() < end) {
    const t = performance.now()
    const res = await app.inject({ url: url(), headers })
    if (res.statusCode !== 200) throw new Error(`${url()} → ${res.statusCode} ${res.body}`)
    times.push(performance.now() - t)
  }
  return { rps: times.length / (ms / 1000), p50: pct(times, 50), p99: pct(times, 99) }
}

async function run(kind, env) {
  const { buildApp } = await imp('../server/app.ts')
  const { loadConfig } = await imp('../server/config.ts')
  const { sql } = await import('kysely')
  const app = await buildApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
      SMS_SEND_RATE: '100000',
      STATIC_DIR: path.join(tmpdir(), 'none'),
      ...env,
    }),
  )
  try {
    const phone = '13712340000'
    const sent = (await app.inject({ method: 'POST', url: '/api/auth/sms/send', payload: { phone } })).json()
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/sms/login',
      payload: { phone, code: sent.devCode },
    })
    const { token, user } = login.json()
    const headers = { authorization: `Bearer ${token}` }
    const ticket = await app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: { ...headers, 'idempotency-key': crypto.randomUUID() },
      payload: {
        type: '投诉',
        serviceCode: 'URBAN_STREETLIGHT',
        title: '百祥路东段路灯连续一周不亮',
        description: '邗江区蒋王街道百祥路东段从上周起有六七盏路灯晚上一直不亮，希望尽快维修。',
        districtCode: '321003',
        townCode: '321003002',
        address: '邗江区蒋王街道百祥路东段',
        photoIds: [],
        anonymous: false,
        contactPhone: '13952712345',
        privacyConsent: true,
        attributes: { FAULT: 'OFF' },
      },
    })
    if (ticket.statusCode !== 201) throw new Error(`submit → ${ticket.statusCode} ${ticket.body}`)
    const started = performance.now()
    await sql`
      insert into tickets (ref, tracking_token, user_id, type, service_code, title, description, district_code,
                           contact_phone, status, accept_deadline, due_at, created_at, updated_at)
      select 'YZ20250101-' || lpad(g::text, 6, '0'), md5(random()::text) || md5(g::text), user_id, type, service_code,
             '百祥路第' || g || '号路灯不亮', description, district_code, contact_phone,
             (array['submitted','accepted','assigned','replied','closed'])[1 + g % 5], accept_deadline, due_at,
             now() - make_interval(mins => g * 50), now() - make_interval(mins => g * 50)
      from tickets, generate_series(1, ${ENTRIES - 1}) as g
      where ref = ${ticket.json().ref}`.execute(app.db)
    await sql`
      insert into messages (user_id, ticket_id, title, body, created_at, read_at)
      select ${user.id}, t.id, '工单已受理', '您的工单 ' || t.ref || ' 已受理', t.updated_at,
             case when t.id % 3 = 0 then null else t.updated_at end
      from tickets t where t.user_id = ${user.id}`.execute(app.db)
    await sql`vacuum analyze tickets`.execute(app.db)
    await sql`vacuum analyze messages`.execute(app.db)
    const counts = await sql`select (select count(*) from tickets where user_id = ${user.id}) as tickets,
                                    (select count(*) from messages where user_id = ${user.id}) as messages`.execute(
      app.db,
    )
    const seeded = ((performance.now() - started) / 1000).toFixed(1)

    // A cursor 100 pages deep (row 2,000 of 10,000).
    let deep = null
    for (let i = 0; i < 100; i++) {
      const page = (await app.inject({ url: `/api/me/timeline${deep ? `?cursor=${deep}` : ''}`, headers })).json()
      deep = page.nextCursor
    }
    const health = await measure(app, {}, () => '/api/health')
    const inbox = await measure(app, headers, () => '/api/me/messages')
    const first = await measure(app, headers, () => '/api/me/timeline')
    const deepPage = await measure(app, headers, () => `/api/me/timeline?cursor=${deep}`)
    const line = (name, r) =>
      console.log(
        `${name.padEnd(30)} ${r.rps.toFixed(0).padStart(5)} req/s (${((100 * r.rps) / health.rps).toFixed(0)}% of /api/health), p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
      )
    console.log(
      `\n-- ${kind}: one resident, ${counts.rows[0].tickets} tickets, ${counts.rows[0].messages} messages (seeded in ${seeded} s)`,
    )
    line('/api/health', health)
    line('消息 GET /api/me/messages', inbox)
    line('办事记录 first page', first)
    line('办事记录 page 101 (cursor)', deepPage)
  } finally {
    await app.close()
  }
}

/** Runs the inbox + timeline bench on PGlite and, when DATABASE_URL is set, on a scratch PostgreSQL database. */
export async function benchInboxTimeline() {
  console.log('\n== 消息 and 我的 办事记录 (issue #8): 10,000 entries for one resident, app.inject()')
  const dir = mkdtempSync(path.join(tmpdir(), 'yz-bench-inbox-'))
  try {
    await run('PGlite', { DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads') })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.DATABASE_URL
  if (!url) return console.log('(set DATABASE_URL to also measure PostgreSQL)')
  const name = `yz_bench_inbox_${process.pid}`
  const admin = async (text) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      await c.query(text)
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

if (import.meta.url === `file://${process.argv[1]}`) await benchInboxTimeline()
