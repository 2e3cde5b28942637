import type { Kysely, Selectable } from 'kysely'
import type { Database, UsersTable } from '../db/schema'
import { sessionsRepository } from './sessions'

/** A resident row. */
export type UserRow = Selectable<UsersTable>

/** SQL for `users` (residents). Erased accounts (`deleted_at` set) are never returned. */
export function usersRepository(db: Kysely<Database>) {
  return {
    /** A live account by id. */
    async findById(id: number): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
    },

    /**
     * Finds or creates the account for a phone in one statement; the unique constraint on `phone` decides races
     * between two first logins. The no-op update makes RETURNING give back the existing row.
     */
    async findOrCreateByPhone(phone: string): Promise<UserRow> {
      return db
        .insertInto('users')
        .values({ phone })
        .onConflict((oc) => oc.column('phone').doUpdateSet((eb) => ({ phone: eb.ref('excluded.phone') })))
        .returningAll()
        .executeTakeFirstOrThrow()
    },

    /** Finds or creates the account for a WeChat openid; keeps the unionid current when WeChat sends one. */
    async findOrCreateByOpenid(openid: string, unionid: string | null): Promise<UserRow> {
      return db
        .insertInto('users')
        .values({ wechat_openid: openid, wechat_unionid: unionid })
        .onConflict((oc) =>
          oc.column('wechat_openid').doUpdateSet((eb) => ({
            wechat_unionid: eb.fn.coalesce(eb.ref('excluded.wechat_unionid'), eb.ref('users.wechat_unionid')),
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow()
    },

    /** Records consent to a privacy notice version, now. */
    async recordConsent(id: number, version: string): Promise<UserRow | undefined> {
      return db
        .updateTable('users')
        .set((eb) => ({ privacy_consent_version: version, privacy_consent_at: eb.fn('now') }))
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returningAll()
        .executeTakeFirst()
    },

    /**
     * In the erasure transaction (see services/my-data.ts): locks the live account row, nulls its identifying
     * fields, marks it deleted, revokes every session and removes pending SMS codes for the phone. The row itself
     * stays so that ids referenced elsewhere (ticket events, audit) keep pointing at "已注销用户". Returns false when
     * there is no live account (already erased by a concurrent request: the lock makes the second one see that).
     */
    async erase(id: number): Promise<boolean> {
      const before = await db
        .selectFrom('users')
        .select(['phone'])
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .forUpdate()
        .executeTakeFirst()
      if (!before) return false
      await db
        .updateTable('users')
        .set((eb) => ({
          phone: null,
          wechat_openid: null,
          wechat_unionid: null,
          nickname: null,
          deleted_at: eb.fn('now'),
        }))
        .where('id', '=', id)
        .execute()
      await sessionsRepository(db).revokeAllFor('user', id)
      if (before.phone) await db.deleteFrom('sms_codes').where('phone', '=', before.phone).execute()
      return true
    },
  }
}
