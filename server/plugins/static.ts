import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { firstScreenScript } from './first-screen'

/** Shown at / when the H5 build is missing, so a fresh checkout explains itself instead of answering 404. */
const BUILD_MISSING_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>扬州政务服务</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.6">
<h1>扬州政务服务</h1>
<p>接口服务已启动，但还没有 H5 页面。请先运行 <code>npm run build:h5</code> 生成 <code>dist/h5</code>，再刷新本页。</p>
<p>接口文档：<a href="/api/docs">/api/docs</a></p>
</body></html>
`

/** Files whose name carries a hash of their content (config/index.ts names them so): never change, cache forever. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css)(?:\.(?:br|gz))?$/
/** What the build writes .br/.gz files for (config/precompress.ts). */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt|map)(?:\.(?:br|gz))?$/
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** True for a browser asking for a page: GET/HEAD, not the API, and HTML acceptable. */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.url.startsWith('/api') || request.url.startsWith('/open311')) return false
  return (request.headers.accept ?? '').includes('text/html')
}

/** A file of the build, read again only when it changes (a rebuild while the server runs); '' when missing. */
function buildFile(file: string): () => string {
  let cached = { mtimeMs: -1, text: '' }
  return () => {
    let mtimeMs = 0
    try {
      mtimeMs = fs.statSync(file).mtimeMs
    } catch {
      return ''
    }
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: fs.readFileSync(file, 'utf8') }
    return cached.text
  }
}

/** The files each page loads on demand, from the build's page-assets.json (config/page-assets.ts). */
type PageAssets = Record<string, { js: string[]; css: string[] }>

/** The H5 app's first page, which Taro's router shows at `/`. */
const FIRST_PAGE = '/pages/index/index'
const SAFE_ASSET = /^\/[\w./-]+$/

/**
 * `<link rel="preload">` for the scripts and stylesheets Taro's router fetches for this page once the app script has
 * run: fetched alongside the app script instead of one round trip after it.
 */
function preloadLinks(assets: PageAssets, pathname: string): string {
  const page = assets[pathname === '/' ? FIRST_PAGE : pathname]
  if (!page) return ''
  const link = (as: 'script' | 'style') => (href: string) =>
    SAFE_ASSET.test(href) ? `<link rel="preload" as="${as}" href="${href}">` : ''
  return [...page.css.map(link('style')), ...page.js.map(link('script'))].join('')
}

interface PageFiles {
  template: () => string
  assets: () => string
}

/**
 * The page a browser asked for: index.html with the page's first-screen data embedded after the app's root element
 * (see first-screen.ts), revalidated on every visit. Compressed by @fastify/compress like any dynamic answer.
 */
async function sendPage(app: FastifyInstance, files: PageFiles, request: FastifyRequest, reply: FastifyReply) {
  let html = files.template()
  let assets: PageAssets = {}
  try {
    assets = JSON.parse(files.assets() || '{}') as PageAssets
  } catch {
    // a build without the manifest only loses the preloads
  }
  const preload = preloadLinks(assets, new URL(request.url, 'http://page.invalid').pathname)
  if (preload) html = html.replace('</head>', `${preload}</head>`)
  const data = request.method === 'GET' ? await firstScreenScript(app, request) : ''
  const body = data ? html.replace('<div id="app"></div>', `<div id="app"></div>${data}`) : html
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(body)
}

/**
 * Serves the H5 build (STATIC_DIR, default dist/h5) at / with a single-page-app fallback: an unknown page path
 * that a browser asks for answers index.html, so deep links and WeChat shares into the H5 app work.
 * - Assets go out as the build compressed them (`.br`/`.gz` beside each file, `preCompressed`), hashed ones
 *   `immutable`; everything else (and every page) is revalidated (`no-cache`).
 * - Pages carry their first-screen data, so the first paint does not wait for the API, and preload the files the
 *   router loads for them.
 * Without a build, / and page requests get a short Chinese page saying how to make one.
 */
export const staticPlugin = fp(
  async (app, opts: { staticDir: string }) => {
    const index = path.join(opts.staticDir, 'index.html')
    if (fs.existsSync(index)) {
      const files = {
        template: buildFile(index),
        assets: buildFile(path.join(opts.staticDir, 'page-assets.json')),
      }
      await app.register(fastifyStatic, {
        root: opts.staticDir,
        prefix: '/',
        // pages (/, deep links) are answered by sendPage, never by the file
        index: false,
        preCompressed: true,
        // set below for each file instead of send's `max-age=0`
        cacheControl: false,
        setHeaders(res, filePath) {
          res.setHeader('cache-control', HASHED.test(filePath) ? IMMUTABLE : 'no-cache')
          if (COMPRESSIBLE.test(filePath)) res.setHeader('vary', 'Accept-Encoding')
        },
      })
      app.get('/', { schema: { hide: true } }, (request, reply) => sendPage(app, files, request, reply))
      app.spaFallback = (request: FastifyRequest, reply: FastifyReply) => {
        if (!wantsPage(request)) return false
        void sendPage(app, files, request, reply)
        return true
      }
    } else {
      const sendMissing = (reply: FastifyReply) => reply.type('text/html; charset=utf-8').send(BUILD_MISSING_HTML)
      app.get('/', { schema: { hide: true } }, async (_request, reply) => sendMissing(reply))
      app.spaFallback = (request: FastifyRequest, reply: FastifyReply) => {
        if (!wantsPage(request)) return false
        sendMissing(reply.status(404))
        return true
      }
    }
  },
  { name: 'static', dependencies: ['errors'] },
)
