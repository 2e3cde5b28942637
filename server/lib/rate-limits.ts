import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { RateLimitedError } from '../errors'
import { bearerToken } from '../plugins/auth'
import { sha256Hex } from './crypto'

/** Rate-limit key: the bearer token (one resident), else the address. */
export const perUserKey = (request: FastifyRequest) => {
  const token = bearerToken(request)
  return token ? `u:${sha256Hex(token)}` : `ip:${request.ip}`
}

/** Options for {@link perAddressLimit}. */
export interface AddressLimit {
  /** Names the counter (routes do not share one). */
  name: string
  max: number
  timeWindow: '1 minute' | '1 hour'
  /** The 429 message, given the seconds until the next try is allowed. */
  message: (retryAfterSeconds: number) => string
}

/**
 * An onRequest hook limiting one route per client address, everyone behind the address together. Needed wherever a
 * route sets its own `config.rateLimit` keyed by something else (a resident, a phone number): that replaces the
 * global per-address limit of @fastify/rate-limit, so without this one client could go on without end by changing
 * the key (resident after resident, number after number). Answers 429 with Retry-After.
 */
export function perAddressLimit(app: FastifyInstance, limit: AddressLimit) {
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.timeWindow,
    keyGenerator: (request) => `${limit.name}-address:${request.ip}`,
  })
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const answer = await check(request)
    if (answer.isAllowed || !answer.isExceeded) return
    reply.header('retry-after', answer.ttlInSeconds)
    throw new RateLimitedError(limit.message(Math.max(1, answer.ttlInSeconds)))
  }
}
