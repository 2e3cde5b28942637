import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { Config } from '../config'
import { RateLimitedError } from '../errors'

/**
 * Security headers and rate limits.
 * - CSP: the Taro H5 build puts an inline <script> in index.html and NutUI sets inline styles, so 'unsafe-inline'
 *   is allowed for scripts and styles; everything else stays same-origin. Images may come from https (WeChat
 *   avatars) and data: URLs.
 * - A modest global limit per client address on /api and /open311; static files are not counted. Routes can set a
 *   tighter one (SMS sending is limited per phone number).
 */
export const securityPlugin = fp(
  async (app, opts: { config: Config }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
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
    })
  },
  { name: 'security' },
)
