import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { Config } from '../config'
import { RateLimitedError } from '../errors'
import { rateLimitStore } from '../platform/rate-limit-store'

/** Executable inline `<script>`s of an HTML page: no `src`, and no `type` or a JavaScript one. */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi
const NOT_JAVASCRIPT_TYPE = /\btype\s*=\s*["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i

/**
 * CSP sources (`'sha256-…'`) for the inline scripts of the built index.html, computed from the file when the server
 * starts; none when there is no build. A rebuild that changes an inline script needs a restart (Taro's only inline
 * script, the rem sizing, is the same in every build).
 */
export function inlineScriptHashes(indexFile: string): string[] {
  if (!fs.existsSync(indexFile)) return []
  const html = fs.readFileSync(indexFile, 'utf8')
  const hashes = new Set<string>()
  for (const [, attributes = '', body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NOT_JAVASCRIPT_TYPE.test(attributes)) continue
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/**
 * Security headers and rate limits.
 * - CSP: scripts only from this origin, plus the inline scripts of the built index.html (Taro's rem sizing) by their
 *   SHA-256 — no 'unsafe-inline' for scripts, so markup that slips into a page cannot run script, and the session
 *   token in localStorage stays out of its reach. The first-screen data is `<script type="application/json">`, which
 *   is never executed and needs no hash. NutUI sets inline styles, so styles keep 'unsafe-inline'. Images may come
 *   from https (WeChat avatars) and data: URLs.
 * - A modest global limit per client address on /api and /open311; static files are not counted. Routes can set a
 *   tighter one (SMS sending is limited per phone number). Route limits count in PostgreSQL, across every API
 *   process, with RATE_LIMIT_STORE=postgres (server/platform/rate-limit-store.ts).
 */
export const securityPlugin = fp(
  async (app, opts: { config: Config }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...inlineScriptHashes(path.join(opts.config.staticDir, 'index.html'))],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'self'"],
          formAction: ["'self'"],
        },
      },
      // The H5 app loads nothing cross-origin that would need CORP/COEP relaxations, but WeChat's in-app browser
      // opens shared links in other contexts; keep the defaults that do not break that.
      crossOriginEmbedderPolicy: false,
    })
    await app.register(rateLimit, {
      global: true,
      max: opts.config.rateLimitMax,
      timeWindow: '1 minute',
      allowList: (request) => !request.url.startsWith('/api') && !request.url.startsWith('/open311'),
      errorResponseBuilder: () => new RateLimitedError(),
      // read at request time: the database opens after this plugin
      store: rateLimitStore(opts.config.rateLimitStore, () => app.db),
    })
  },
  { name: 'security' },
)
