import type { FastifyRequest } from 'fastify'
import { maskPhone } from './present'

/**
 * Query parameters whose values never reach the logs. Open311 clients may send every field in the query string
 * (the POST merges it into the body), so its credentials and contact fields are here beside our own: the 12345
 * tracking code `t`, tokens and one-time codes.
 */
export const MASKED_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'api_key',
  'token',
  't',
  'code',
  'phone',
  'email',
  'first_name',
  'last_name',
  'address_string',
  'device_id',
  'account_id',
])

/** Written instead of a masked value. */
export const REDACTED = '[redacted]'

/**
 * Paths pino redacts in every log line: credentials, and phone numbers wherever a logged object carries them
 * (a resident's login phone, a ticket's contactPhone), up to two levels deep.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'phone',
  '*.phone',
  '*.*.phone',
  'contactPhone',
  '*.contactPhone',
  '*.*.contactPhone',
  'password',
  '*.password',
]

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}

/**
 * Paths that carry a secret in a segment: Open311's `tokens/{token}.{format}` (the token lets anyone follow the
 * request). Matched case-insensitively, with repeated or percent-encoded slashes, as a router might still accept them.
 */
const SECRET_PATH_SEGMENTS: readonly RegExp[] = [
  /^((?:\/|%2f)+open311(?:\/|%2f)+v2(?:\/|%2f)+tokens(?:\/|%2f)+)[^/?#]+?(\.[a-z]+)?$/i,
]

/** The path with the secret segments of {@link SECRET_PATH_SEGMENTS} written as {@link REDACTED}. */
function maskPath(path: string): string {
  for (const pattern of SECRET_PATH_SEGMENTS) {
    if (pattern.test(path)) return path.replace(pattern, (_all, head: string, ext = '') => `${head}${REDACTED}${ext}`)
  }
  return path
}

/**
 * The URL with its secrets masked: path segments that are tokens ({@link SECRET_PATH_SEGMENTS}), and the values of
 * {@link MASKED_QUERY_PARAMS} (names compared case-insensitively): a phone as 138****1234 so a log still tells
 * requests apart, everything else as {@link REDACTED}.
 */
export function maskUrl(url: string): string {
  const start = url.indexOf('?')
  if (start < 0) return maskPath(url)
  const pairs = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const name = eq < 0 ? pair : pair.slice(0, eq)
      const key = decode(name).toLowerCase()
      if (eq < 0 || !MASKED_QUERY_PARAMS.has(key)) return pair
      const value = decode(pair.slice(eq + 1))
      return `${name}=${key === 'phone' && /^1\d{10}$/.test(value) ? maskPhone(value) : REDACTED}`
    })
  return `${maskPath(url.slice(0, start))}?${pairs.join('&')}`
}

/** Fastify's request log serializer with {@link maskUrl} applied to the URL. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: maskUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }
}
