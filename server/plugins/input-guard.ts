import type { Ajv } from 'ajv'
import type { FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { ValidationError } from '../errors'
import { INT_MAX, isSaneDate, NUMBER_LIMIT, SANE_YEARS } from '../lib/input-limits'

/**
 * The edge every request passes before a route sees it, so bad input is a 400 naming the field instead of a database
 * error (a 500 with a stack trace in the log):
 * - numbers: every integer in a request schema without its own bounds is held to PostgreSQL's `integer` range, every
 *   other number to ±{@link NUMBER_LIMIT}; a number that is not finite after validation is refused (Ajv coerces
 *   `page=Infinity` to Infinity and skips its bounds for it);
 * - dates: `format: 'date-time'` accepts only years {@link SANE_YEARS} ({@link isSaneDate} for hand-parsed ones);
 * - control characters: NUL and the other C0 characters are refused in path parameters, query values and body strings
 *   (tab, newline and carriage return are allowed in bodies: descriptions have lines), except in a field whose schema
 *   says `'x-strips-control-characters': true` (the search box normalises them away itself).
 * Routes without schemas (Open311) get the control-character check too.
 */

/** The schema keyword marking a string field that strips control characters itself. */
export const STRIPS_CONTROL = 'x-strips-control-characters'

/** True when `text` holds a C0 control character or DEL; `lines` allows tab, newline and carriage return. */
function hasControl(text: string, lines: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && !(lines && (c === 0x09 || c === 0x0a || c === 0x0d))) || c === 0x7f) return true
  }
  return false
}

/** RFC 3339 date-time as ajv-formats checks it, and within {@link SANE_YEARS}. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/

/**
 * Fastify's `ajv.onCreate`: a `date-time` format that also refuses years outside {@link SANE_YEARS}, and the
 * {@link STRIPS_CONTROL} annotation keyword.
 */
export function configureAjv(ajv: Ajv): void {
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (s: string) => DATE_TIME.test(s) && isSaneDate(new Date(s)),
  })
  ajv.addKeyword({ keyword: STRIPS_CONTROL, schemaType: 'boolean' })
}

type Schema = Record<string | symbol, unknown>

/** A copy of `schema` with default bounds on every integer and number that has none. */
export function withNumberBounds<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withNumberBounds) as T
  if (!schema || typeof schema !== 'object') return schema
  const out: Schema = { ...(schema as Schema) }
  for (const key of ['properties', 'patternProperties', 'definitions', '$defs'] as const) {
    const map = out[key] as Record<string, unknown> | undefined
    if (map && typeof map === 'object')
      out[key] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, withNumberBounds(v)]))
  }
  for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not'] as const)
    if (out[key] && typeof out[key] === 'object') out[key] = withNumberBounds(out[key])
  const types = ([] as unknown[]).concat(out.type)
  const limit = types.includes('integer') ? INT_MAX : types.includes('number') ? NUMBER_LIMIT : null
  if (limit !== null) {
    if (out.maximum === undefined && out.exclusiveMaximum === undefined) out.maximum = limit
    if (out.minimum === undefined && out.exclusiveMinimum === undefined) out.minimum = -limit
  }
  return out as T
}

/** The first string under `value` (depth first) containing a control character, as a dotted path. */
function findControl(value: unknown, lines: boolean, path: string, skip: (path: string) => boolean): string | null {
  if (typeof value === 'string') return hasControl(value, lines) && !skip(path) ? path : null
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findControl(v, lines, path ? `${path}.${k}` : k, skip)
      if (found !== null) return found
    }
  }
  return null
}

/** The first number under `value` that is not finite, as a dotted path. */
function findNonFinite(value: unknown, path: string): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findNonFinite(v, path ? `${path}.${k}` : k)
      if (found !== null) return found
    }
  }
  return null
}

/** The schema of a top-level field of one request part, for its title and the {@link STRIPS_CONTROL} mark. */
function fieldSchema(request: FastifyRequest, part: 'params' | 'querystring' | 'body', field: string) {
  const schema = (request.routeOptions.schema as Record<string, Schema | undefined> | undefined)?.[part]
  const properties = schema?.properties as Record<string, Schema> | undefined
  return properties?.[field.split('.')[0]!]
}

export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('onRoute', (route: RouteOptions) => {
      if (!route.schema) return
      const schema = route.schema as Record<string, unknown>
      for (const part of ['params', 'querystring', 'body', 'headers'] as const)
        if (schema[part]) schema[part] = withNumberBounds(schema[part])
    })

    app.addHook('preValidation', async (request) => {
      const parts = [
        ['params', request.params, false],
        ['querystring', request.query, false],
        ['body', request.body, true],
      ] as const
      for (const [part, value, lines] of parts) {
        const field = findControl(
          value,
          lines,
          '',
          (path) => fieldSchema(request, part, path)?.[STRIPS_CONTROL] === true,
        )
        if (field === null) continue
        const title = field.includes('.') ? undefined : fieldSchema(request, part, field)?.title
        const name = field || part
        const message =
          typeof title === 'string'
            ? `${title}含有不允许的控制字符`
            : `${name} 含有不允许的控制字符 / ${name} contains control characters`
        throw new ValidationError(message, { [name]: message })
      }
    })

    // Ajv coerces `?page=Infinity` to Infinity and then skips minimum/maximum for it (they only test finite
    // numbers), so what validation let through is checked once more here, before any handler or auth hook.
    app.addHook('preHandler', async (request) => {
      const parts = [
        ['params', request.params],
        ['querystring', request.query],
        ['body', request.body],
      ] as const
      for (const [part, value] of parts) {
        const field = findNonFinite(value, '')
        if (field === null) continue
        const title = field.includes('.') ? undefined : fieldSchema(request, part, field)?.title
        const name = field || part
        const message = `${typeof title === 'string' ? title : name}不是有效的数字`
        throw new ValidationError(message, { [name]: message })
      }
    })
  },
  { name: 'input-guard' },
)
