import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'

/**
 * The operationId of a route that does not name its own: method + path in camelCase, path parameters as `By<Name>`,
 * e.g. `POST /api/hotline/tickets/:ref/follow` → `postHotlineTicketsByRefFollow`. Derived from what the route is, so
 * it stays the same from release to release (generated clients keep their method names) and is unique as long as
 * method + path are — which Fastify already enforces.
 */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '/')
    .split(/[/.]+/)
    .filter(Boolean)
    .flatMap((part) => (part.startsWith(':') ? ['by', part.slice(1)] : part.split(/[^A-Za-z0-9]+/)))
    .filter(Boolean)
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  return method.toLowerCase() + words.map(cap).join('')
}

/**
 * OpenAPI 3 document generated from the routes' TypeBox schemas, at /api/openapi.json, with Swagger UI at /api/docs.
 * Registered before the routes so that it sees them all; gives every route a stable operationId
 * ({@link operationIdFor}) unless it names one.
 */
export const swaggerPlugin = fp(
  async (app, opts: { version: string }) => {
    app.addHook('onRoute', (route) => {
      if (!route.schema || route.schema.hide) return
      const method = Array.isArray(route.method) ? route.method[0]! : route.method
      if (method === 'HEAD') return
      const schema = route.schema as { operationId?: string }
      schema.operationId ??= operationIdFor(method, route.url)
    })
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: '扬州政务服务 API',
          description: '扬州政务服务小程序与 H5 的接口。错误统一为 { code, message, fields? }，message 为中文。',
          version: opts.version,
        },
        servers: [{ url: '/' }],
        tags: [
          { name: '系统', description: '健康检查' },
          { name: '登录', description: '居民登录：微信、短信验证码' },
          { name: '我的', description: '居民账户、隐私、数据导出与注销' },
          { name: '工作人员', description: '工作人员登录与会话' },
          { name: '基础数据', description: '行政区划与部门' },
        ],
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: '登录返回的 token' } },
        },
      },
    })
    await app.register(swaggerUi, { routePrefix: '/api/docs' })
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'swagger' },
)
