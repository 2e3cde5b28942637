import crypto from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { Config } from './config'
import { REDACT_PATHS, REDACTED, serializeRequest } from './lib/log-redaction'
import { jobsPlugin } from './platform/jobs/plugin'
import { notificationsPlugin } from './platform/notifications/plugin'
import { authPlugin } from './plugins/auth'
import { compressionPlugin } from './plugins/compression'
import { dbPlugin } from './plugins/db'
import { errorsPlugin } from './plugins/errors'
import { configureAjv, inputGuardPlugin } from './plugins/input-guard'
import { providersPlugin } from './plugins/providers'
import { securityPlugin } from './plugins/security'
import { staticPlugin } from './plugins/static'
import { swaggerPlugin } from './plugins/swagger'
import { authRoutes } from './routes/api/auth/index'
import { catalogueRoutes } from './routes/api/catalogue/index'
import { departmentsRoutes } from './routes/api/departments/index'
import { divisionsRoutes } from './routes/api/divisions/index'
import { favouritesRoutes } from './routes/api/favourites/index'
import { APP_VERSION, healthRoutes } from './routes/api/health/index'
import { hotlineRoutes } from './routes/api/hotline/index'
import { itemsRoutes } from './routes/api/items/index'
import { meRoutes } from './routes/api/me/index'
import { messagesRoutes } from './routes/api/messages/index'
import { notificationSettingsRoutes } from './routes/api/notification-settings/index'
import { opendayRoutes } from './routes/api/openday/index'
import { privacyRoutes } from './routes/api/privacy/index'
import { searchRoutes } from './routes/api/search/index'
import { staffRoutes } from './routes/api/staff/index'
import { staffAuditRoutes } from './routes/api/staff-tickets/audit'
import { staffTicketsRoutes } from './routes/api/staff-tickets/index'
import { themesRoutes } from './routes/api/themes/index'
import { timelineRoutes } from './routes/api/timeline/index'
import { uploadsRoutes } from './routes/api/uploads/index'
import { open311Routes } from './routes/open311/index'
// Features plug into the shared layers (timeline providers, export/erase, audit subjects, …) from one file of their
// own. The order is the erasure order: tickets are unlinked before the account's uploads are released (a ticket's
// photo stays with the ticket).
import './services/hotline/register'
import './services/catalogue/register'
import './services/account/register'

declare module 'fastify' {
  interface FastifyInstance {
    config: Config
  }
}

/** Options of the {@link app} plugin. */
export interface AppOptions {
  config: Config
}

/** Where log lines go instead of stdout: anything pino can write a line to. */
export interface LogStream {
  write(line: string): void
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/**
 * Fastify construction options: logging with personal data redacted (to `logStream` instead of stdout when given),
 * request ids (a sane incoming `x-request-id` is kept so one id follows a request through a proxy), proxy trust, and
 * ajv reporting every field problem.
 */
export function serverOptions(config: Config, logStream?: LogStream): FastifyServerOptions {
  return {
    logger: {
      level: config.logLevel,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // the URL's query string carries api_key, phone and 12345 tracking codes (Open311 clients, shared links)
      serializers: { req: serializeRequest },
      ...(logStream ? { stream: logStream } : {}),
    },
    requestIdHeader: false,
    genReqId(req) {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID()
    },
    // A hop count is given to Fastify as a function: its types do not accept a number.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    ajv: { customOptions: { allErrors: true, verbose: true }, onCreate: configureAjv },
    // A fresh PGlite data dir means initdb + migrations + seed (several seconds on 2 busy cores), all inside the db
    // plugin; Fastify's default 10 s plugin timeout would kill a healthy first start.
    pluginTimeout: 180_000,
  }
}

/**
 * The whole server as one Fastify plugin: infrastructure plugins, then the API routes, then static files.
 * `server.ts` wraps it with listen and graceful shutdown; tests use it through `app.inject()`.
 */
export const app = fp(
  async (fastify: FastifyInstance, opts: AppOptions) => {
    const { config } = opts
    fastify.decorate('config', config)

    fastify.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id)
    })

    // Some clients (Taro.request on weapp) send `Content-Type: application/json` with an empty body on POSTs
    // that carry none (logout); treat that as no body instead of a JSON syntax error.
    const parseJson = fastify.getDefaultJsonParser('error', 'error')
    fastify.removeContentTypeParser('application/json')
    fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined)
      parseJson(request, body as string, done)
    })

    await fastify.register(errorsPlugin)
    await fastify.register(inputGuardPlugin)
    await fastify.register(securityPlugin, { config })
    await fastify.register(compressionPlugin)
    await fastify.register(dbPlugin, { config })
    await fastify.register(jobsPlugin, { pollingIntervalSeconds: config.jobPollMs / 1000 })
    await fastify.register(providersPlugin, { config })
    await fastify.register(authPlugin)
    await fastify.register(swaggerPlugin, { version: APP_VERSION })

    await fastify.register(healthRoutes, { prefix: '/api/health' })
    await fastify.register(authRoutes, { prefix: '/api/auth' })
    await fastify.register(meRoutes, { prefix: '/api/me' })
    await fastify.register(privacyRoutes, { prefix: '/api/privacy' })
    await fastify.register(staffRoutes, { prefix: '/api/staff' })
    await fastify.register(divisionsRoutes, { prefix: '/api/divisions' })
    await fastify.register(departmentsRoutes, { prefix: '/api/departments' })
    // 12345 hotline (issue #4)
    await fastify.register(notificationsPlugin, { config })
    await fastify.register(hotlineRoutes, { prefix: '/api/hotline' })
    await fastify.register(uploadsRoutes, { prefix: '/api/uploads' })
    await fastify.register(staffTicketsRoutes, { prefix: '/api/staff/tickets' })
    await fastify.register(staffAuditRoutes, { prefix: '/api/staff/audit' })
    await fastify.register(messagesRoutes, { prefix: '/api/me/messages' })
    await fastify.register(notificationSettingsRoutes, { prefix: '/api/me/notification-settings' })
    await fastify.register(timelineRoutes, { prefix: '/api/me/timeline' })
    await fastify.register(open311Routes, { prefix: '/open311/v2' })
    await fastify.register(catalogueRoutes, { prefix: '/api/catalogue' })
    await fastify.register(itemsRoutes, { prefix: '/api/items' })
    await fastify.register(themesRoutes, { prefix: '/api/themes' })
    await fastify.register(searchRoutes, { prefix: '/api/search' })
    await fastify.register(favouritesRoutes, { prefix: '/api/me/favourites' })
    // 政府开放日 (issue #11)
    await fastify.register(opendayRoutes, { prefix: '/api/openday' })

    await fastify.register(staticPlugin, { staticDir: config.staticDir })
  },
  { name: 'yz-app' },
)

/** Test seams for {@link buildApp}. */
export interface BuildAppHooks {
  /** Called on the bare instance before the app is registered (tests record routes with an onRoute hook). */
  onInstance?: (fastify: FastifyInstance) => void
  /** Registers more plugins before the app is ready (tests add probe routes this way). */
  extend?: (fastify: FastifyInstance) => Promise<void>
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: LogStream
}

/** Builds a ready Fastify instance for `config` (not listening). Closing it closes the database. */
export async function buildApp(config: Config, hooks: BuildAppHooks = {}): Promise<FastifyInstance> {
  const fastify = Fastify(serverOptions(config, hooks.logStream)).withTypeProvider<TypeBoxTypeProvider>()
  try {
    hooks.onInstance?.(fastify)
    await fastify.register(app, { config })
    if (hooks.extend) await hooks.extend(fastify)
    await fastify.ready()
  } catch (err) {
    await fastify.close().catch(() => {})
    throw err
  }
  return fastify
}
