import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { databaseOutage } from '../../db/database'
import { AppError } from '../../errors'
import type { CategoryRow } from '../../repositories/hotline-categories'
import { open311Service } from '../../services/hotline/open311'

type Format = 'json' | 'xml'

/** Characters XML 1.0 allows (§2.2 Char); anything else, a stray control character in an old title, is dropped. */
const xmlAllowed = (c: number) =>
  c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c > 0xffff

const xmlEscape = (s: string) =>
  Array.from(s)
    .filter((ch) => xmlAllowed(ch.codePointAt(0) as number))
    .join('')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/** A tiny XML writer for GeoReport v2's shapes: arrays repeat `itemName`, objects nest, null is an empty element. */
function toXml(name: string, value: unknown, itemName: (parent: string) => string): string {
  if (value === null || value === undefined) return `<${name}/>`
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml(itemName(name), v, itemName)).join('')}</${name}>`
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => toXml(k, v, itemName))
      .join('')}</${name}>`
  return `<${name}>${xmlEscape(String(value))}</${name}>`
}

const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
}

function send(reply: FastifyReply, format: Format, root: string, body: unknown, status = 200) {
  if (format === 'xml')
    return reply
      .code(status)
      .type('text/xml; charset=utf-8')
      .send(`<?xml version="1.0" encoding="utf-8"?>${toXml(root, body, (p) => ITEM_NAMES[p] ?? 'item')}`)
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body))
}

/** `name.json` / `name.xml` → format, or an Open311 400. */
function formatOf(raw: string): Format {
  if (raw === 'json' || raw === 'xml') return raw
  throw new AppError(400, 'VALIDATION_FAILED', '只支持 .json 和 .xml / only .json and .xml are supported')
}

function toService(c: CategoryRow) {
  return {
    service_code: c.service_code,
    service_name: c.name,
    description: c.description,
    metadata: c.attributes.length > 0,
    type: 'realtime',
    keywords: c.keywords.join(','),
    group: c.group,
  }
}

function toDefinition(c: CategoryRow) {
  return {
    service_code: c.service_code,
    attributes: c.attributes.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatypeDescription ?? '',
      order: a.order,
      description: a.description,
      values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })),
    })),
  }
}

/**
 * Open311 GeoReport v2 at /open311/v2 (http://wiki.open311.org/GeoReport_v2): JSON and XML, errors as
 * `[{ code, description }]` with the HTTP status, no personal data in any GET. Errors and 404s are answered here in
 * the spec's shape instead of the API's `{ code, message }`.
 */
export async function open311Routes(app: FastifyInstance) {
  const service = open311Service({
    db: app.db,
    apiKeys: app.config.open311ApiKeys,
    calendar: app.config.workingCalendar,
    notifier: app.notifier,
  })

  // The spec's POST is application/x-www-form-urlencoded; `attribute[CODE][]` repeats become arrays.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    const out: Record<string, string | string[]> = {}
    for (const [k, v] of new URLSearchParams(body as string)) {
      const list = out[k]
      if (!k.endsWith('[]')) out[k] = v
      else if (Array.isArray(list)) list.push(v)
      else out[k] = [v]
    }
    done(null, out)
  })

  const formatFromUrl = (request: FastifyRequest): Format =>
    request.url.split('?')[0]!.endsWith('.xml') ? 'xml' : 'json'

  app.setErrorHandler((raw: FastifyError, request, reply) => {
    const error = databaseOutage(raw) ?? raw
    const status =
      error instanceof AppError ? error.statusCode : error.statusCode && error.statusCode < 500 ? error.statusCode : 500
    if (status >= 500) request.log.error({ err: error }, 'open311 error')
    const description =
      error instanceof AppError
        ? error.message
        : status >= 500
          ? '服务器内部错误 / internal error'
          : '请求有误 / bad request'
    return send(reply, formatFromUrl(request), 'errors', [{ code: status, description }], status)
  })
  app.setNotFoundHandler((request, reply) =>
    send(reply, formatFromUrl(request), 'errors', [{ code: 404, description: '接口不存在 / not found' }], 404),
  )

  type P<T> = { Params: T; Querystring: Record<string, string | undefined> }
  const tags = ['Open311 GeoReport v2']

  app.get<P<{ format: string }>>(
    '/discovery.:format',
    { schema: { tags, summary: 'Open311 发现（discovery）' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      const base = `${request.protocol}://${request.host}/open311/v2/`
      return send(reply, format, 'discovery', {
        changeset: '2026-11-27T00:00:00Z',
        contact: '扬州市12345政府服务热线（电话 12345）',
        key_service: '向扬州市12345政府服务热线申请 api_key',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: base,
            changeset: '2026-11-27T00:00:00Z',
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      })
    },
  )

  app.get<P<{ format: string }>>(
    '/services.:format',
    { schema: { tags, summary: 'Open311 服务列表（分类）' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      return send(reply, format, 'services', (await service.services()).map(toService))
    },
  )

  app.get<P<{ code: string; format: string }>>(
    '/services/:code.:format',
    { schema: { tags, summary: 'Open311 服务定义（补充属性）' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      return send(reply, format, 'service_definition', toDefinition(await service.service(request.params.code)))
    },
  )

  app.get<P<{ format: string }>>(
    '/requests.:format',
    { schema: { tags, summary: 'Open311 查询诉求（不含个人信息）' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      const q = request.query
      const items = await service.list({
        service_request_id: q.service_request_id,
        service_code: q.service_code,
        start_date: q.start_date,
        end_date: q.end_date,
        status: q.status,
      })
      return send(reply, format, 'service_requests', items)
    },
  )

  app.post<{ Params: { format: string }; Body: Record<string, unknown> | undefined }>(
    '/requests.:format',
    {
      schema: { tags, summary: 'Open311 提交诉求（需 api_key）' },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      const created = await service.create({ ...(request.query as object), ...(request.body ?? {}) })
      return send(reply, format, 'service_requests', [{ ...created, account_id: null }], 201)
    },
  )

  app.get<P<{ id: string; format: string }>>(
    '/requests/:id.:format',
    { schema: { tags, summary: 'Open311 单个诉求' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      return send(reply, format, 'service_requests', [await service.get(request.params.id)])
    },
  )

  app.get<P<{ token: string; format: string }>>(
    '/tokens/:token.:format',
    { schema: { tags, summary: 'Open311 凭 token 查诉求编号' } },
    async (request, reply) => {
      const format = formatOf(request.params.format)
      return send(reply, format, 'service_requests', [await service.token(request.params.token)])
    },
  )
}
