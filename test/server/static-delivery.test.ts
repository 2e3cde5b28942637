/**
 * How the H5 build goes over the wire (issue #10): the build's .br/.gz files sent as they are, caching by file kind,
 * API JSON compressed, pages carrying their first-screen data, and a CSP with no 'unsafe-inline' for scripts
 * (issue #9 item 7).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { firstScreenReads, scriptSafeJson } from '../../server/plugins/first-screen'
import { FIRST_SCREEN_ELEMENT_ID, firstScreenKey } from '../../types/first-screen'
import { buildTestApp, type TestApp } from './helpers/test-app'

const RUNTIME_SCRIPT = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);'
const APP_JS = `console.log(${JSON.stringify('扬州政务服务 '.repeat(200))})`

let t: TestApp
let staticDir: string
/** Writes a file of the fake build, with the .br and .gz the build writes beside it. */
function built(name: string, body: string, { compressed = true } = {}) {
  const file = path.join(staticDir, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, body)
  if (!compressed) return
  fs.writeFileSync(`${file}.br`, brotliCompressSync(body))
  fs.writeFileSync(`${file}.gz`, gzipSync(body))
}

beforeAll(async () => {
  staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yz-static-delivery-'))
  built(
    'index.html',
    `<!doctype html><html><head><script>${RUNTIME_SCRIPT}</script><script defer="defer" src="/js/app.3f9a1b2c.js"></script></head><body><div id="app"></div></body></html>`,
  )
  built('js/app.3f9a1b2c.js', APP_JS)
  built('css/app.0d1e2f3a.css', `.gov-page{color:#1f1f1f}${'.x{margin:0}'.repeat(200)}`)
  built('static/images/home.png', 'not really a png', { compressed: false })
  built(
    'page-assets.json',
    JSON.stringify({
      '/pages/index/index': { js: ['/js/373.aa11bb22.js', '/js/490.cc33dd44.js'], css: ['/css/490.ee55ff66.css'] },
      '/pages/hotline/index': { js: ['/js/373.aa11bb22.js', '/js/75.01234567.js'], css: [] },
    }),
  )
  t = await buildTestApp({ env: { STATIC_DIR: staticDir } })
})
afterAll(async () => {
  await t.close()
  fs.rmSync(staticDir, { recursive: true, force: true })
})

const page = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

test('a hashed asset goes out as the build’s brotli file, immutable', async () => {
  const res = await t.app.inject({ url: '/js/app.3f9a1b2c.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-encoding']).toBe('br')
  expect(res.headers['content-type']).toContain('javascript')
  expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(res.headers.vary).toContain('Accept-Encoding')
  // the file written at build time, not compressed again on the way out
  expect(res.rawPayload.equals(fs.readFileSync(path.join(staticDir, 'js/app.3f9a1b2c.js.br')))).toBe(true)
  expect(brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS)
})

test('gzip when only gzip is accepted, and the plain file when nothing is', async () => {
  const gz = await t.app.inject({ url: '/css/app.0d1e2f3a.css', headers: { 'accept-encoding': 'gzip' } })
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(gz.headers['content-type']).toContain('text/css')
  expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(gunzipSync(gz.rawPayload).toString()).toContain('.gov-page{color:#1f1f1f}')

  const plain = await t.app.inject({ url: '/js/app.3f9a1b2c.js', headers: { 'accept-encoding': 'identity' } })
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body).toBe(APP_JS)
})

test('unhashed files are revalidated, pages are no-cache and compressed', async () => {
  const image = await t.app.inject({ url: '/static/images/home.png', headers: { 'accept-encoding': 'br' } })
  expect(image.statusCode).toBe(200)
  expect(image.headers['cache-control']).toBe('no-cache')
  expect(image.headers['content-encoding']).toBeUndefined()

  for (const url of ['/', '/pages/hotline/index', '/packages/guide/pages/item/index?code=x']) {
    const res = await t.app.inject({ url, headers: { ...page, 'accept-encoding': 'br' } })
    expect({ url, status: res.statusCode, cache: res.headers['cache-control'] }).toEqual({
      url,
      status: 200,
      cache: 'no-cache',
    })
    expect(res.headers['content-type']).toContain('text/html')
  }
  // the home page carries its data, so it is over the compression threshold
  const home = await t.app.inject({ url: '/', headers: { ...page, 'accept-encoding': 'br' } })
  expect(home.headers['content-encoding']).toBe('br')
  expect(brotliDecompressSync(home.rawPayload).toString()).toContain(RUNTIME_SCRIPT)
  // and so is a deep link answered by the single-page-app fallback
  const search = await t.app.inject({
    url: '/pages/services/index?q=社保',
    headers: { ...page, 'accept-encoding': 'gzip' },
  })
  expect(search.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(search.rawPayload).toString()).toContain(FIRST_SCREEN_ELEMENT_ID)
})

test('API JSON is compressed as the client accepts', async () => {
  const br = await t.app.inject({ url: '/api/items/hot?limit=20', headers: { 'accept-encoding': 'br' } })
  expect(br.statusCode).toBe(200)
  expect(br.headers['content-encoding']).toBe('br')
  const items = JSON.parse(brotliDecompressSync(br.rawPayload).toString()).items
  expect(items.length).toBeGreaterThan(0)
  const gz = await t.app.inject({ url: '/api/items/hot?limit=20', headers: { 'accept-encoding': 'gzip' } })
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(JSON.parse(gunzipSync(gz.rawPayload).toString()).items).toEqual(items)
})

/** The first-screen data embedded in a page's HTML. */
function embedded(html: string): Record<string, unknown> {
  const match = html.match(new RegExp(`<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">(.*?)</script>`))
  expect(match).not.toBeNull()
  return JSON.parse(match?.[1] ?? 'null')
}

test('首页 carries the answers its first screen needs, equal to the API’s', async () => {
  const res = await t.app.inject({ url: '/', headers: page })
  const data = embedded(res.body)
  expect(Object.keys(data).sort()).toEqual(['/api/catalogue/stats', '/api/items/hot?limit=6', '/api/themes'])
  for (const [key, body] of Object.entries(data)) expect(body).toEqual((await t.app.inject(key)).json())
})

test('办事 with a search and a 办事指南 carry their reads; 12345 and unknown items carry none', async () => {
  const search = await t.app.inject({ url: `/pages/services/index?q=${encodeURIComponent('公积金')}`, headers: page })
  const data = embedded(search.body)
  const key = firstScreenKey(`/api/items?q=${encodeURIComponent('公积金')}&page=1&pageSize=30`)
  expect(Object.keys(data).sort()).toEqual(['/api/search/hot', key].sort())
  expect((data[key] as { total: number }).total).toBeGreaterThan(0)

  const hot = (await t.app.inject('/api/items/hot?limit=1')).json<{ items: { implCode: string }[] }>()
  const code = hot.items[0].implCode
  const guide = await t.app.inject({ url: `/packages/guide/pages/item/index?code=${code}`, headers: page })
  expect(Object.keys(embedded(guide.body))).toEqual([`/api/items/${code}`])

  const hotline = await t.app.inject({ url: '/pages/hotline/index', headers: page })
  expect(hotline.body).not.toContain(FIRST_SCREEN_ELEMENT_ID)
  // a 404 from the API is left to the client, which shows its own "not found"
  const missing = await t.app.inject({ url: '/packages/guide/pages/item/index?code=000-nope', headers: page })
  expect(missing.statusCode).toBe(200)
  expect(missing.body).not.toContain(FIRST_SCREEN_ELEMENT_ID)
})

test('the first-screen reads follow the page’s search parameters, and keys ignore parameter order', () => {
  expect(firstScreenReads('/pages/services/index', new URLSearchParams('q=社保&level=city&online=1&x=1'))).toEqual([
    '/api/search/hot',
    `/api/items?q=${encodeURIComponent('社保').replace(/%20/g, '+')}&level=city&online=1&page=1&pageSize=30`,
  ])
  expect(firstScreenKey('/api/items?q=a%20b&page=1')).toBe(firstScreenKey('http://x.test/api/items?page=1&q=a+b'))
  expect(firstScreenReads('/packages/staff/pages/home/index', new URLSearchParams())).toEqual([])
})

test('the CSP allows no inline script but the build’s own, by hash', async () => {
  const res = await t.app.inject({ url: '/', headers: page })
  const csp = String(res.headers['content-security-policy'])
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
  expect(scriptSrc).not.toContain('unsafe-inline')
  expect(scriptSrc).not.toContain('unsafe-eval')
  const hash = crypto.createHash('sha256').update(RUNTIME_SCRIPT).digest('base64')
  expect(scriptSrc.trim().split(/\s+/).sort()).toEqual(["'self'", `'sha256-${hash}'`, 'script-src'].sort())
  // the API answers carry the same policy
  const api = await t.app.inject('/api/health')
  expect(api.headers['content-security-policy']).toBe(csp)
})

test('embedded data cannot close its script element or start markup', () => {
  const hostile = { title: '</script><script>alert(1)</script>', note: '<!-- & \u2028 \u2029' }
  const json = scriptSafeJson(hostile)
  expect(json).not.toMatch(/[<>&\u2028\u2029]/)
  expect(JSON.parse(json)).toEqual(hostile)
})

test('a page preloads the files the router loads for it, so they come with the app script', async () => {
  const home = await t.app.inject({ url: '/', headers: page })
  const head = home.body.slice(0, home.body.indexOf('</head>'))
  expect(head).toContain('<link rel="preload" as="style" href="/css/490.ee55ff66.css">')
  expect(head).toContain('<link rel="preload" as="script" href="/js/373.aa11bb22.js">')
  expect(head).toContain('<link rel="preload" as="script" href="/js/490.cc33dd44.js">')
  const hotline = await t.app.inject({ url: '/pages/hotline/index', headers: page })
  expect(hotline.body).toContain('<link rel="preload" as="script" href="/js/75.01234567.js">')
  expect(hotline.body).not.toContain('490.cc33dd44')
  const other = await t.app.inject({ url: '/packages/staff/pages/home/index', headers: page })
  expect(other.body).not.toContain('rel="preload"')
})
