import crypto from 'node:crypto'
import type { FastifyReply } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { ConflictError, IdempotencyMismatchError, ValidationError } from '../errors'
import { idempotencyRepository } from '../repositories/idempotency'

/** What an Idempotency-Key must look like: 8–128 URL-safe characters (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/

/** JSON with sorted keys (undefined dropped), so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/** SHA-256 of the canonical body: what a replay must match. */
export function requestHash(body: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(body)).digest('hex')
}

/** One creating request, as the helper sees it. */
export interface IdempotentRequest {
  /** The signed-in user; keys are scoped per user and route, so two residents can use the same key. */
  userId: number
  /** A stable name of the creating route, e.g. `POST /api/hotline/tickets`. */
  route: string
  /** The Idempotency-Key header as sent (may be missing). */
  key: string | undefined
  /** The request body; its hash decides between a replay and a key reused for something else (409). */
  body: unknown
  /** Whether a request without a key is refused (400) or simply not deduplicated. Default true. */
  required?: boolean
  /** The 409 message when the key was used with a different body. */
  mismatchMessage?: string
}

/** The outcome: the answer and whether it was replayed from an earlier request with the same key. */
export interface IdempotentResult<T> {
  body: T
  replayed: boolean
}

const DEFAULT_MISMATCH = '这个 Idempotency-Key 已用于内容不同的另一次提交，请为新的请求生成新的键'

/**
 * Runs a create exactly once per (user, route, Idempotency-Key) — the one helper every creating route uses.
 *
 * The protocol (the SQL and the race it closes are in repositories/idempotency.ts):
 * 1. A key that already has an answer is replayed at once without re-validating (a retry after success must not
 *    fail because, say, the photos it attached are now in use) — or refused with 409 IDEMPOTENCY_MISMATCH when the
 *    body differs.
 * 2. `validate` runs before anything is written, so a request refused with 400 leaves the key free for a corrected
 *    retry.
 * 3. In one transaction: claim the key FIRST, then `create`, then store the answer beside the key. A concurrent
 *    request with the same key blocks on the claim until the winner commits, then finds the key taken and answers
 *    from the winner's record (step 4); if the winner rolled back, it claims the key itself.
 * 4. A loser reads the winner's answer; if it is somehow not there yet, 409 tells the client to look again.
 */
export async function idempotent<T>(
  db: Kysely<Database>,
  request: IdempotentRequest,
  steps: { validate?: () => Promise<void>; create: (tx: Kysely<Database>) => Promise<T>; status?: number },
): Promise<IdempotentResult<T>> {
  const { userId, route, key } = request
  const mismatch = () => new IdempotencyMismatchError(request.mismatchMessage ?? DEFAULT_MISMATCH)
  if (key === undefined && request.required === false) {
    await steps.validate?.()
    return { body: await db.transaction().execute(steps.create), replayed: false }
  }
  if (!key || !IDEMPOTENCY_KEY_PATTERN.test(key))
    throw new ValidationError('缺少或无效的 Idempotency-Key 请求头', {
      'Idempotency-Key': '请在请求头带上 8–128 位的 Idempotency-Key（每次新的提交一个）',
    })
  const hash = requestHash(request.body)
  const keys = idempotencyRepository(db)
  const earlier = await keys.find(userId, route, key)
  if (earlier?.response_body !== undefined && earlier.response_body !== null) {
    if (earlier.request_hash !== hash) throw mismatch()
    return { body: earlier.response_body as T, replayed: true }
  }

  await steps.validate?.()

  const created = await db.transaction().execute(async (tx) => {
    const claimed = await idempotencyRepository(tx).claim({ key, userId, route, requestHash: hash })
    // Another request with this key committed first (on PostgreSQL we waited for it): answer from its record.
    if (claimed === null) return { won: false as const }
    const body = await steps.create(tx)
    await idempotencyRepository(tx).complete(claimed, steps.status ?? 201, body)
    return { won: true as const, body }
  })
  if (created.won) return { body: created.body, replayed: false }
  const record = await keys.find(userId, route, key)
  if (record?.response_body === undefined || record.response_body === null)
    throw new ConflictError('相同的提交正在处理中，请稍后刷新查看结果')
  if (record.request_hash !== hash) throw mismatch()
  return { body: record.response_body as T, replayed: true }
}

/** Sets `Idempotent-Replayed: true` on a replayed answer and sends it with `status` (201 by default). */
export function sendIdempotent<T>(reply: FastifyReply, result: IdempotentResult<T>, status = 201) {
  if (result.replayed) reply.header('idempotent-replayed', 'true')
  return reply.code(status).send(result.body)
}
