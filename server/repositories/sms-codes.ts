import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/schema'

/** Limits for login codes, shared by the repository and the API answer. */
export const SMS_CODE_RULES = { ttlSeconds: 300, resendAfterSeconds: 60, maxAttempts: 5 } as const

/** Why a code was not accepted. */
export type SmsVerifyFailure = 'none' | 'expired' | 'locked' | 'wrong' | 'used'

/** SQL for `sms_codes`. */
export function smsCodesRepository(db: Kysely<Database>) {
  return {
    /**
     * Stores a new code unless one was issued for this phone within the resend interval. The transaction-scoped
     * advisory lock on the phone closes the race where two simultaneous sends both see "no recent code".
     * Returns `{ ok: true }` or the seconds left before a resend is allowed.
     */
    async issue(phone: string, codeHash: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtext(${`sms:${phone}`}))`.execute(trx)
        const recent = await trx
          .selectFrom('sms_codes')
          .select(
            sql<number>`ceil(extract(epoch from (created_at + make_interval(secs => ${SMS_CODE_RULES.resendAfterSeconds})) - now()))::int`.as(
              'wait',
            ),
          )
          .where('phone', '=', phone)
          .where('created_at', '>', sql<Date>`now() - make_interval(secs => ${SMS_CODE_RULES.resendAfterSeconds})`)
          .orderBy('created_at', 'desc')
          .limit(1)
          .executeTakeFirst()
        if (recent) return { ok: false, retryAfterSeconds: Math.max(1, recent.wait) }
        // A new code replaces older unused ones: only the newest code for a phone can log in.
        await trx
          .updateTable('sms_codes')
          .set((eb) => ({ consumed_at: eb.fn('now') }))
          .where('phone', '=', phone)
          .where('consumed_at', 'is', null)
          .execute()
        await trx
          .insertInto('sms_codes')
          .values({
            phone,
            code_hash: codeHash,
            expires_at: sql<Date>`now() + make_interval(secs => ${SMS_CODE_RULES.ttlSeconds})`,
          })
          .execute()
        return { ok: true }
      })
    },

    /** Removes a code again (when the gateway refused to send it), so the cooldown does not block a retry. */
    async withdrawLatest(phone: string): Promise<void> {
      await db
        .deleteFrom('sms_codes')
        .where('id', '=', (eb) =>
          eb.selectFrom('sms_codes').select('id').where('phone', '=', phone).orderBy('id', 'desc').limit(1),
        )
        .execute()
    },

    /**
     * Counts one attempt against the newest live code and consumes it if `matches(code_hash)`. The attempt counter
     * is incremented by the same UPDATE that reads the hash, so parallel guesses cannot exceed the limit.
     */
    async verify(
      phone: string,
      matches: (codeHash: string) => boolean,
    ): Promise<{ ok: true } | { ok: false; reason: SmsVerifyFailure }> {
      return db.transaction().execute(async (trx) => {
        const latest = await trx
          .selectFrom('sms_codes')
          .select(['id', 'attempts', 'consumed_at', sql<boolean>`expires_at <= now()`.as('expired')])
          .where('phone', '=', phone)
          .orderBy('id', 'desc')
          .limit(1)
          .forUpdate()
          .executeTakeFirst()
        if (!latest) return { ok: false, reason: 'none' }
        if (latest.consumed_at !== null) return { ok: false, reason: 'used' }
        if (latest.expired) return { ok: false, reason: 'expired' }
        const counted = await trx
          .updateTable('sms_codes')
          .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
          .where('id', '=', latest.id)
          .where('attempts', '<', SMS_CODE_RULES.maxAttempts)
          .returning(['code_hash'])
          .executeTakeFirst()
        if (!counted) return { ok: false, reason: 'locked' }
        if (!matches(counted.code_hash)) return { ok: false, reason: 'wrong' }
        await trx
          .updateTable('sms_codes')
          .set((eb) => ({ consumed_at: eb.fn('now') }))
          .where('id', '=', latest.id)
          .execute()
        return { ok: true }
      })
    },

    /** Test and operations helper: moves the newest code's timestamps back by `seconds`. */
    async ageLatest(phone: string, seconds: number): Promise<void> {
      await db
        .updateTable('sms_codes')
        .set({
          created_at: sql`created_at - make_interval(secs => ${seconds})`,
          expires_at: sql`expires_at - make_interval(secs => ${seconds})`,
        })
        .where('id', '=', (eb) =>
          eb.selectFrom('sms_codes').select('id').where('phone', '=', phone).orderBy('id', 'desc').limit(1),
        )
        .execute()
    },
  }
}
