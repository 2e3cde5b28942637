// Package and bundle sizes: the weapp main package and each subpackage (WeChat counts every file but source maps),
// and the JavaScript the H5 home page really loads, gzipped, as measured in Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from '../scripts/lib.mjs'

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`

/** Sizes of dist/weapp: main package (everything outside subpackage roots) and each subpackage. */
export function weappSizes(dir = path.join(root, 'dist/weapp')) {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const sizes = { main: 0, ...Object.fromEntries(roots.map((r) => [r, 0])) }
  const walk = (p, rel) => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      const f = path.join(p, e.name)
      if (e.isDirectory()) {
        walk(f, r)
        continue
      }
      if (e.name.endsWith('.map') || e.name.endsWith('.LICENSE.txt')) continue
      const owner = roots.find((x) => r === x || r.startsWith(`${x}/`)) ?? 'main'
      sizes[owner] += statSync(f).size
    }
  }
  walk(dir, '')
  return sizes
}

/**
 * Loads `url` in Chromium at 375×812 and sums, for every JavaScript file the page requested until the network was
 * idle, its size as the server sent it (`wire`: the body bytes over the wire, brotli here) and unpacked (`raw`).
 */
export async function h5FirstLoadJs(url) {
  const { launchChromium } = await import('./chromium.mjs')
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } })
    const page = await context.newPage()
    const scripts = []
    page.on('requestfinished', (req) => {
      if (req.resourceType() === 'script') scripts.push(req)
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    let raw = 0
    let wire = 0
    for (const req of scripts) {
      const res = await req.response()
      raw += (await res.body()).length
      wire += (await req.sizes()).responseBodySize
    }
    return { files: scripts.length, raw, wire }
  } finally {
    await browser.close()
  }
}

/**
 * The JavaScript a resident downloads walking the H5 app: the home page, then the 办事, 12345 and 我的 tabs by the
 * tab bar, then a guide opened by its link. Each file counted once (gzip level 9), as a browser cache would.
 */
export async function h5JourneyJs(url) {
  const { launchChromium } = await import('./chromium.mjs')
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } })
    const page = await context.newPage()
    const bodies = new Map()
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script' || bodies.has(res.url())) return
      // a body can be gone once the page navigates: fetch the same file again then
      bodies.set(
        res.url(),
        res.body().catch(() => context.request.get(res.url()).then((r) => r.body())),
      )
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    for (const name of ['办事', '12345', '我的']) {
      await page.getByText(name, { exact: true }).last().click()
      await page.waitForLoadState('networkidle')
    }
    await page.goto(new URL('/packages/guide/pages/item/index?code=200500100000-321000-1', url).href, {
      waitUntil: 'networkidle',
    })
    let raw = 0
    let gz = 0
    for (const body of await Promise.all(bodies.values())) {
      raw += body.length
      gz += gzipSync(body, { level: 9 }).length
    }
    return { files: bodies.size, raw, gzip: gz }
  } finally {
    await browser.close()
  }
}

export function printWeappSizes(sizes) {
  const budget = 1024 * 1024
  console.log(`weapp main package: ${kib(sizes.main)} (budget ${kib(budget)}, WeChat limit 2048 KiB)`)
  for (const [name, size] of Object.entries(sizes))
    if (name !== 'main') console.log(`weapp subpackage ${name}: ${kib(size)}`)
}

export { kib }
