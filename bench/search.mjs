// Catalogue search (issue #3): server-side search time at 5,000+ items and item/guide route throughput relative to
// /api/health, on PGlite and (with DATABASE_URL) on PostgreSQL. Prints numbers only.
//
// - Search time: the search service call (reading the content version + query planning + the in-memory index +
//   presenting), no HTTP and no answer cache — what a cache miss costs. Measured in steady state: 30 warm-up rounds
//   first (a server answers thousands of searches; the first few hundred run before V8 has optimised the code), then
//   50 rounds of each class's 6 queries (300 samples). The index build (first search after start or after a
//   catalogue change) is printed on its own.
// - Throughput: sequential app.inject() loops (no sockets, so the ratio isolates route cost), 2 s per route, with the
//   in-process cache on as in production (every request still reads the catalogue version row).
import crypto from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { tsImport } from 'tsx/esm/api'

// BENCH_SEARCH_ITEMS=100000 measures a province-wide catalogue (the generator caps at 100,000).
const ITEMS = Number(process.env.BENCH_SEARCH_ITEMS || 5200)
const QUERIES = {
  '1 字': ['证', '税', '医', '房', '车', '户'],
  '2 字': ['社保', '户口', '公积', '驾照', '低保', '登记'],
  '5 字': ['住房公积金', '居民身份证', '社会保障卡', '不动产登记', '最低生活保', '营业执照办'],
  拼音: ['gjj', 'gongjijin', 'sbk', 'shebao', 'hukou', 'dibao'],
}

const imp = (p) => tsImport(p, import.meta.url)

function pct(values, p) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

async function searchTimes(db) {
  const { catalogueSearch } = await imp('../server/services/catalogue-search.ts')
  const { DEFAULT_ONLINE_URL_TEMPLATE } = await imp('../server/services/catalogue.ts')
  const svc = catalogueSearch(db, DEFAULT_ONLINE_URL_TEMPLATE)
  const built = performance.now()
  await svc.warm()
  const out = { build: performance.now() - built }
  for (const [label, qs] of Object.entries(QUERIES)) {
    for (let i = 0; i < 30; i++) for (const q of qs) await svc.search(q, {}, 1, 20)
    const times = []
    let results = 0
    for (let i = 0; i < 50; i++)
      for (const q of qs) {
        const t = performance.now()
        const r = await svc.search(q, {}, 1, 20)
        times.push(performance.now() - t)
        results += r.total
      }
    out[label] = { p50: pct(times, 50), p95: pct(times, 95), avgHits: Math.round(results / times.length) }
  }
  return out
}

async function throughput(app, urls, ms = 2000) {
  let n = 0
  const end = performance.now() + ms
  while (performance.now() < end) {
    const res = await app.inject(urls[n % urls.length])
    if (res.statusCode !== 200) throw new Error(`${urls[n % urls.length]} → ${res.statusCode}`)
    n++
  }
  return n / (ms / 1000)
}

async function runBackend(kind, env) {
  const { buildApp } = await imp('../server/app.ts')
  const { loadConfig } = await imp('../server/config.ts')
  const started = performance.now()
  // the app's start-up loader scales the catalogue when the config carries CATALOGUE_SCALE_ITEMS (loadConfig reads
  // the object it is given, not process.env)
  const app = await buildApp(
    loadConfig({
      CATALOGUE_SCALE_ITEMS: String(ITEMS),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MAX: '1000000',
      STATIC_DIR: path.join(tmpdir(), 'none'),
      ...env,
    }),
  )
  try {
    const total = (await app.inject('/api/catalogue/stats')).json().total
    console.log(
      `\n-- ${kind}: ${total} items (start-up with generation + load ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
    const { build, ...times } = await searchTimes(app.db)
    console.log(`search index build (first search after start or a catalogue change): ${build.toFixed(0)} ms`)
    console.log('search time, service call (ms)   p50     p95   avg hits')
    for (const [label, t] of Object.entries(times))
      console.log(
        `  ${label.padEnd(6)}                       ${t.p50.toFixed(2).padStart(6)}  ${t.p95.toFixed(2).padStart(6)}  ${String(t.avgHits).padStart(6)}`,
      )
    const hot = (await app.inject('/api/items?pageSize=50')).json().items.map((i) => `/api/items/${i.implCode}`)
    const health = await throughput(app, ['/api/health'])
    const item = await throughput(app, hot)
    const search = await throughput(
      app,
      Object.values(QUERIES)
        .flat()
        .map((q) => `/api/items?q=${encodeURIComponent(q)}`),
    )
    console.log('throughput, sequential app.inject (req/s)')
    console.log(`  /api/health            ${health.toFixed(0)}`)
    console.log(`  /api/items/:code (guide) ${item.toFixed(0)}  = ${((item / health) * 100).toFixed(0)} % of health`)
    console.log(
      `  /api/items?q= (search)   ${search.toFixed(0)}  = ${((search / health) * 100).toFixed(0)} % of health`,
    )
  } finally {
    await app.close()
  }
}

/** Runs the catalogue benchmark on PGlite and, when DATABASE_URL is set, on PostgreSQL. */
export async function benchSearch() {
  console.log(`\n== catalogue search (${ITEMS} items from server/db/seed/catalogue/generate.ts)`)
  const dir = mkdtempSync(path.join(tmpdir(), 'yz-bench-search-'))
  try {
    await runBackend('PGlite', { DATA_DIR: dir, DATABASE_URL: '' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.DATABASE_URL
  if (!url) {
    console.log('\n-- PostgreSQL: skipped (set DATABASE_URL)')
    return
  }
  const pg = (await import('pg')).default
  const name = `yz_bench_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const u = new URL(url)
    u.pathname = `/${name}`
    await runBackend('PostgreSQL', { DATABASE_URL: u.toString() })
  } finally {
    // let the app's pool finish closing before its database goes
    await new Promise((r) => setTimeout(r, 500))
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSearch()
