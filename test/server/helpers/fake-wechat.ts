import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local stand-in for api.weixin.qq.com's code2session, with behaviour chosen by the code. */
export interface FakeWechat {
  baseUrl: string
  appId: string
  secret: string
  /** Query strings of every code2session call received. */
  calls: URLSearchParams[]
  /** Subscribe messages received (`/cgi-bin/message/subscribe/send`), with the access_token used. */
  subscribeCalls: { accessToken: string; body: Record<string, unknown> }[]
  /** Access tokens issued by `/cgi-bin/token`. */
  tokensIssued: number
  /** The next N subscribe sends answer this errcode (e.g. 43101 refused, 42001 token expired). */
  failSubscribe(errcode: number, n?: number): void
  close(): Promise<void>
}

/**
 * Starts the fake on 127.0.0.1:0. Codes: `slow-*` never answers in time, `5xx-*` answers HTTP 500, `bad-*` answers
 * errcode 40029 (invalid code), anything else answers `{ openid: 'o-<code>', session_key }`. A wrong appid or
 * secret answers errcode 40013, as WeChat does.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const appId = 'wx0123456789abcdef'
  const secret = 'fake-secret'
  const calls: URLSearchParams[] = []
  const subscribeCalls: FakeWechat['subscribeCalls'] = []
  const failures: number[] = []
  let tokensIssued = 0
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    // Subscribe messages (12345 ticket notices): a token, then sends with it.
    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== secret)
        return send({ errcode: 40013, errmsg: 'invalid appid' })
      tokensIssued++
      return send({ access_token: `token-${tokensIssued}`, expires_in: 7200 })
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      let raw = ''
      req.on('data', (c) => {
        raw += c
      })
      req.on('end', () => {
        const accessToken = url.searchParams.get('access_token') ?? ''
        const errcode = failures.shift()
        if (errcode) return send({ errcode, errmsg: 'fake failure' })
        subscribeCalls.push({ accessToken, body: JSON.parse(raw) as Record<string, unknown> })
        send({ errcode: 0, errmsg: 'ok' })
      })
      return
    }
    if (url.pathname !== '/sns/jscode2session') {
      res.writeHead(404).end()
      return
    }
    calls.push(url.searchParams)
    const code = url.searchParams.get('js_code') ?? ''
    const json = (body: unknown, status = 200) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== secret)
      return json({ errcode: 40013, errmsg: 'invalid appid' })
    if (url.searchParams.get('grant_type') !== 'authorization_code')
      return json({ errcode: 40002, errmsg: 'bad grant' })
    if (code.startsWith('slow-')) return // never answers; the client's timeout must fire
    if (code.startsWith('5xx-')) return json({ message: 'upstream broke' }, 500)
    if (code.startsWith('bad-')) return json({ errcode: 40029, errmsg: 'invalid code, rid: 1234' })
    json({
      openid: `o-${code}`,
      session_key: 'c2Vzc2lvbi1rZXk=',
      ...(code.startsWith('union-') ? { unionid: `u-${code}` } : {}),
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    secret,
    calls,
    subscribeCalls,
    get tokensIssued() {
      return tokensIssued
    },
    failSubscribe(errcode, n = 1) {
      for (let i = 0; i < n; i++) failures.push(errcode)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
