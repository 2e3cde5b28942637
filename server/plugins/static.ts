import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

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

/** True for a browser asking for a page: GET/HEAD, not the API, and HTML acceptable. */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.url.startsWith('/api') || request.url.startsWith('/open311')) return false
  return (request.headers.accept ?? '').includes('text/html')
}

/**
 * Serves the H5 build (STATIC_DIR, default dist/h5) at / with a single-page-app fallback: an unknown page path
 * that a browser asks for answers index.html, so deep links and WeChat shares into the H5 app work.
 * Without a build, / and page requests get a short Chinese page saying how to make one.
 */
export const staticPlugin = fp(
  async (app, opts: { staticDir: string }) => {
    const index = path.join(opts.staticDir, 'index.html')
    if (fs.existsSync(index)) {
      await app.register(fastifyStatic, {
        root: opts.staticDir,
        prefix: '/',
        // index.html must be revalidated so a new build is picked up; hashed assets can be cached.
        setHeaders(res, filePath) {
          if (filePath.endsWith('.html')) res.setHeader('cache-control', 'no-cache')
        },
      })
      app.spaFallback = (request: FastifyRequest, reply: FastifyReply) => {
        if (!wantsPage(request)) return false
        reply.header('cache-control', 'no-cache').sendFile('index.html')
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
