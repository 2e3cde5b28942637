import crypto from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { ConflictError, IdempotencyMismatchError, ValidationError } from '../../errors'
import { idempotencyRepository } from '../../repositories/idempotency'

/**
 * TODO: replace with `idempotent` from server/platform/idempotency.ts (platform-core) when it lands — same signature,
 * so only the import changes. Until then this is the narrow piece the open-day register route needs, following the
 * claim-first protocol of repositories/idempotency.ts: the key row is claimed inside the creating transaction, a
 * concurrent request with the same key waits for it and answers from the winner's record; a create that throws (a
 * full session) rolls the claim back, so a corrected retry may reuse the key.
 */
export async function idempotent<T>(
  db: Kysely<Database>,
  request: { userId: number; route: string; key: string | undefined; body: unknown; mismatchMessage?: string },
  steps: { validate?: () => Promise<void>; create: (tx: Kysely<Database>) => Promise<T>; status?: number },
): Promise<{ body: T; replayed: boolean }> {
  const { userId, route, key } = request
  const mismatch = () =>
    new IdempotencyMismatchError(request.mismatchMessage ?? '这个 Idempotency-Key 已用于内容不同的另一次提交')
  if (!key || !/^[A-Za-z0-9._:-]{8,128}$/.test(key))
    throw new ValidationError('缺少或无效的 Idempotency-Key 请求头', {
      'Idempotency-Key': '请在请求头带上 8–128 位的 Idempotency-Key（每次新的提交一个）',
    })
  const hash = crypto.createHash('sha256').update(JSON.stringify(request.body)).digest('hex')
  const keys = idempotencyRepository(db)
  const earlier = await keys.find(userId, route, key)
  if (earlier?.response_body != null) {
    if (earlier.request_hash !== hash) throw mismatch()
    return { body: earlier.response_body as T, replayed: true }
  }
  await steps.validate?.()
  const created = await db.transaction().execute(async (tx) => {
    const claimed = await idempotencyRepository(tx).claim({ key, userId, route, requestHash: hash })
    if (claimed === null) return { won: false as const }
    const body = await steps.create(tx)
    await idempotencyRepository(tx).complete(claimed, steps.status ?? 201, body)
    return { won: true as const, body }
  })
  if (created.won) return { body: created.body, replayed: false }
  const record = await keys.find(userId, route, key)
  if (record?.response_body == null) throw new ConflictError('相同的提交正在处理中，请稍后刷新查看结果')
  if (record.request_hash !== hash) throw mismatch()
  return { body: record.response_body as T, replayed: true }
}
