import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One message the gateway was asked to send. */
export interface GatewayMessage {
  authorization: string | undefined
  phone: string
  template: string
  /** login_code: { code, minutes }; ticket_status (12345 notices): { ref, status }. */
  params: { code?: string; minutes?: number; ref?: string; status?: string }
  signName: string
}

/** A local SMS gateway that records messages instead of sending them. */
export interface FakeSmsGateway {
  baseUrl: string
  apiKey: string
  messages: GatewayMessage[]
  /** Makes the next N requests fail with HTTP 500. */
  failNext(n?: number): void
  /** The code in the newest message to `phone`. */
  lastCodeFor(phone: string): string | undefined
  close(): Promise<void>
}

/** Starts the fake gateway on 127.0.0.1:0; it accepts `POST /messages` with the configured bearer key. */
export async function startFakeSmsGateway(): Promise<FakeSmsGateway> {
  const apiKey = 'test-sms-key'
  const messages: GatewayMessage[] = []
  let failures = 0
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/messages') return res.writeHead(404).end()
      if (req.headers.authorization !== `Bearer ${apiKey}`) return res.writeHead(401).end('{"error":"bad key"}')
      if (failures > 0) {
        failures--
        return res.writeHead(500).end('{"error":"gateway down"}')
      }
      const parsed = JSON.parse(body) as Omit<GatewayMessage, 'authorization'>
      messages.push({ ...parsed, authorization: req.headers.authorization })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    messages,
    failNext(n = 1) {
      failures = n
    },
    lastCodeFor(phone) {
      return messages.filter((m) => m.phone === phone).at(-1)?.params.code
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
