import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describeOnPostgres } from './helpers/postgres-only'
import { type RunningScript, startScript } from './helpers/run-script'
import { cloneTestDatabase, randomPhone, type TestDatabase } from './helpers/test-app'

// Shared rate limits (issue #7 item 6): with two API processes behind a load balancer on one PostgreSQL database,
// the SMS limits per phone and per address count both processes' sends together. Before migration 010 each process
// counted alone, so two processes allowed 10 codes an hour to one phone. PostgreSQL only: it takes two processes.

let database: TestDatabase
let pool: pg.Pool
const servers: RunningScript[] = []
const urls: string[] = []

async function startServer(env: Record<string, string>): Promise<string> {
  const server = startScript('server/server.ts', [], { env })
  servers.push(server)
  await server.waitFor(/已启动.*: (http:\/\/\S+)/)
  const port = /已启动.*: http:\/\/[^:]+:(\d+)/.exec(server.output())?.[1]
  return `http://127.0.0.1:${port}`
}

describeOnPostgres('two API processes on one database', () => {
  beforeAll(async () => {
    database = await cloneTestDatabase()
    pool = new pg.Pool({ connectionString: database.env.DATABASE_URL, max: 2 })
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      TRUST_PROXY: 'true',
      SMS_SEND_RATE: '4',
      DATABASE_URL: database.env.DATABASE_URL,
      STATIC_DIR: path.join(os.tmpdir(), 'yz-no-static-build'),
    }
    // one after the other: the second finds the migrations applied
    urls.push(await startServer(env))
    urls.push(await startServer(env))
  }, 120_000)
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await pool?.end()
    await database?.drop()
  })

  const send = (url: string, phone: string, address: string) =>
    fetch(`${url}/api/auth/sms/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ phone }),
    })

  test('one phone gets at most 5 codes an hour across both processes', async () => {
    const phone = randomPhone()
    for (let i = 0; i < 5; i++) {
      // a new address each time, so only the per-phone limit is in play; alternate processes
      const res = await send(urls[i % 2], phone, `203.0.113.${10 + i}`)
      expect([i, res.status]).toEqual([i, 200])
      // past the 60 s resend cooldown (kept in PostgreSQL since #2), as rate-limit.test.ts does
      await pool.query(
        `UPDATE sms_codes SET created_at = created_at - interval '61 seconds', expires_at = expires_at - interval '61 seconds'
         WHERE id = (SELECT max(id) FROM sms_codes WHERE phone = $1)`,
        [phone],
      )
    }
    const sixth = await send(urls[1], phone, '203.0.113.20')
    expect(sixth.status).toBe(429)
    expect(await sixth.json()).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
    const onFirst = await send(urls[0], phone, '203.0.113.21')
    expect(onFirst.status).toBe(429)
  })

  test('one address gets at most SMS_SEND_RATE codes an hour across both processes', async () => {
    const address = '198.51.100.7'
    for (let i = 0; i < 4; i++) {
      const res = await send(urls[i % 2], randomPhone(), address)
      expect([i, res.status]).toEqual([i, 200])
    }
    for (const url of urls) {
      const refused = await send(url, randomPhone(), address)
      expect(refused.status).toBe(429)
      expect(await refused.json()).toEqual({
        code: 'RATE_LIMITED',
        message: '这个网络获取验证码的次数太多，请 60 分钟后再试',
      })
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
    }
    // another address still can
    expect((await send(urls[1], randomPhone(), '198.51.100.8')).status).toBe(200)
  })

  test('the counters hold no phone number or address in clear', async () => {
    const { rows } = await pool.query<{ key_hash: string }>('SELECT key_hash FROM rate_limit_hits')
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/)
  })
})
