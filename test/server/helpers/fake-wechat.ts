import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A local stand-in for api.weixin.qq.com's code2session, with behaviour chosen by the code. */
export interface FakeWechat {
  baseUrl: string
  appId: string
  secret: string
  /** Query strings of every code2session call received. */
  calls: URLSearchParams[]
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
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
