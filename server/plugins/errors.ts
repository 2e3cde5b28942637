import type { FastifyError } from 'fastify'
import fp from 'fastify-plugin'
import type { ErrorCode, ErrorResponse } from '../../types/common'
import { databaseOutage } from '../db/database'
import { AppError, NotFoundError, RETRY_AFTER_SECONDS } from '../errors'

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by the static plugin: answers unknown HTML page requests with the SPA (or returns false). */
    spaFallback: ((request: FastifyRequest, reply: FastifyReply) => boolean) | null
  }
}

/** One ajv error as Fastify passes it on `error.validation` (with `verbose`, the schemas are attached). */
interface AjvIssue {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
  parentSchema?: { title?: string; properties?: Record<string, { title?: string }> }
}

const STATUS_CODES: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: 'VALIDATION_FAILED', message: '请求格式不正确' },
  401: { code: 'UNAUTHORIZED', message: '请先登录，或登录已过期' },
  403: { code: 'FORBIDDEN', message: '没有权限进行此操作' },
  404: { code: 'NOT_FOUND', message: '找不到请求的内容' },
  409: { code: 'CONFLICT', message: '与已有数据冲突' },
  429: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
}

/** A Chinese sentence for one schema violation, using the field's `title` from the TypeBox schema. */
function describeIssue(issue: AjvIssue): { field: string; message: string } {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
  if (issue.keyword === 'required') {
    const prop = String(issue.params.missingProperty)
    const label = issue.parentSchema?.properties?.[prop]?.title ?? prop
    return { field: path ? `${path}.${prop}` : prop, message: `请填写${label}` }
  }
  const label = issue.parentSchema?.title ?? (path || '请求')
  const p = issue.params
  const messages: Record<string, string> = {
    pattern: `${label}格式不正确`,
    format: `${label}格式不正确`,
    type: `${label}类型不正确`,
    minLength: `${label}至少 ${p.limit} 个字符`,
    maxLength: `${label}最多 ${p.limit} 个字符`,
    minimum: `${label}不能小于 ${p.limit}`,
    maximum: `${label}不能大于 ${p.limit}`,
    enum: `${label}的取值不在允许范围内`,
    const: `${label}的取值不正确`,
    anyOf: `${label}的取值不正确`,
    additionalProperties: `不认识的字段 ${String(p.additionalProperty)}`,
  }
  return { field: path || 'body', message: messages[issue.keyword] ?? `${label}不符合要求` }
}

/**
 * The one place errors become HTTP answers: `{ code, message, fields? }` with Chinese text. Known errors keep their
 * status; schema violations become 400 VALIDATION_FAILED with a message per field; a database outage is 503 with
 * Retry-After ({@link databaseOutage}); anything unexpected is logged
 * with the request id and answered with a generic 500 — never a stack trace or an internal message.
 */
export const errorsPlugin = fp(
  async (app) => {
    app.decorate('spaFallback', null)

    // A 503 (database down, from any handler, Open311's included) tells the client when to try again.
    app.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode === 503 && !reply.hasHeader('retry-after'))
        reply.header('retry-after', String(RETRY_AFTER_SECONDS))
    })

    app.setErrorHandler((raw: FastifyError, request, reply) => {
      const error = (databaseOutage(raw) as FastifyError | null) ?? raw
      let status: number
      let body: ErrorResponse
      if (error instanceof AppError) {
        status = error.statusCode
        body = { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
        if (status >= 500)
          request.log.warn({ err: error, detail: (error as { detail?: unknown }).detail }, error.message)
      } else if (error.validation) {
        const fields: Record<string, string> = {}
        for (const issue of error.validation as unknown as AjvIssue[]) {
          const { field, message } = describeIssue(issue)
          fields[field] ??= message
        }
        status = 400
        body = { code: 'VALIDATION_FAILED', message: Object.values(fields)[0] ?? '请求格式不正确', fields }
      } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Fastify's own client errors (malformed JSON, body too large, wrong content type) and plugin errors.
        status = error.statusCode
        const known = STATUS_CODES[status]
        const message =
          error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? '请求内容不是有效的 JSON'
            : status === 413
              ? '请求内容太大'
              : status === 415
                ? '不支持的请求内容类型'
                : (known?.message ?? '请求有误')
        body = { code: known?.code ?? 'VALIDATION_FAILED', message }
      } else {
        status = 500
        request.log.error({ err: error }, 'unhandled error')
        body = { code: 'INTERNAL', message: `服务器出了点问题，请稍后再试（请求编号 ${request.id}）` }
      }
      reply.status(status).send(body)
    })

    app.setNotFoundHandler((request, reply) => {
      if (app.spaFallback?.(request, reply)) return
      const error = new NotFoundError(
        request.url.startsWith('/api')
          ? `接口不存在：${request.method} ${request.url.split('?')[0].slice(0, 200)}`
          : '找不到请求的页面',
      )
      reply.status(404).send({ code: error.code, message: error.message } satisfies ErrorResponse)
    })
  },
  { name: 'errors' },
)
