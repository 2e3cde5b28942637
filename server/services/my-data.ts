import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { MyDataExport } from '../../types/me'
import type { Database } from '../db/schema'
import { personalDataRegistrations } from '../platform/registry'
import { auditRepository } from '../repositories/audit'
import { catalogueRepository } from '../repositories/catalogue'
import { messagesRepository } from '../repositories/messages'
import { sessionsRepository } from '../repositories/sessions'
import { ticketsRepository } from '../repositories/tickets'
import { uploadsRepository } from '../repositories/uploads'
import { type UserRow, usersRepository } from '../repositories/users'
import { toRating, toTicket } from './hotline/present'
import type { WorkingCalendar } from './working-days'

const iso = (d: Date | null) => d?.toISOString() ?? null

/** Where a file removal failed after erasure (logged, never returned to the resident). */
export interface EraseLogger {
  warn(obj: object, msg: string): void
}

/**
 * 个人信息 (PIPL) for one resident: the export of everything we hold about them, and the erasure of it. Both walk
 * the same list — account, sessions, 12345 tickets (with every 好差评 rating and its comment), follows, messages,
 * subscribe grants, guide ratings, favourites, uploads — so that what can be exported is what gets erased.
 */
export function myDataService(deps: { db: Kysely<Database>; uploadDir: string; calendar: WorkingCalendar }) {
  const { db, uploadDir, calendar } = deps

  return {
    /** Everything held about the resident, unmasked (their own data). */
    async exportFor(user: UserRow): Promise<MyDataExport> {
      const tickets = ticketsRepository(db)
      const messages = messagesRepository(db)
      const catalogue = catalogueRepository(db)
      const [sessions, owned, following, inbox, subscriptions, ratings, favourites, uploads] = await Promise.all([
        sessionsRepository(db).listFor('user', user.id),
        tickets.listOwnedBy(user.id),
        tickets.followedBy(user.id),
        messages.allForUser(user.id),
        messages.subscriptionsForUser(user.id),
        catalogue.ratingsBy(user.id),
        catalogue.favouritesForExport(user.id),
        uploadsRepository(db).listForOwner(user.id),
      ])
      const ownTickets = await Promise.all(
        owned.map(async (row) => {
          const [events, replies, photos, ratings] = await Promise.all([
            tickets.events(row.id),
            tickets.replies(row.id),
            tickets.photos(row.id),
            tickets.ratings(row.id),
          ])
          return {
            ...toTicket({ row, events, replies, photos }, true, calendar),
            contactPhone: row.contact_phone,
            ratings: ratings.map(toRating),
          }
        }),
      )
      return {
        exportedAt: new Date().toISOString(),
        user: {
          id: user.id,
          phone: user.phone,
          wechatOpenid: user.wechat_openid,
          wechatUnionid: user.wechat_unionid,
          nickname: user.nickname,
          privacyConsentVersion: user.privacy_consent_version,
          privacyConsentAt: iso(user.privacy_consent_at),
          createdAt: user.created_at.toISOString(),
        },
        sessions: sessions.map((s) => ({
          createdAt: s.created_at.toISOString(),
          expiresAt: s.expires_at.toISOString(),
          revokedAt: iso(s.revoked_at),
          lastSeenAt: iso(s.last_seen_at),
        })),
        tickets: ownTickets,
        following: following.map((f) => ({
          ref: f.ref,
          trackingToken: f.tracking_token,
          title: f.title,
          status: f.status,
          followedAt: f.created_at.toISOString(),
        })),
        messages: inbox.map((m) => ({
          id: m.id,
          title: m.title,
          body: m.body,
          ticketRef: m.ticket_ref,
          createdAt: m.created_at.toISOString(),
          readAt: iso(m.read_at),
        })),
        subscriptions: subscriptions.map((s) => ({
          ticketRef: s.ticket_ref,
          templateId: s.template_id,
          remaining: s.remaining,
        })),
        ratings: ratings.map((r) => ({
          implCode: r.impl_code,
          itemName: r.name,
          score: r.score,
          comment: r.comment,
          createdAt: r.created_at.toISOString(),
        })),
        favourites: favourites.map((f) => ({
          implCode: f.impl_code,
          name: f.name,
          createdAt: f.created_at.toISOString(),
        })),
        uploads: uploads.map((u) => ({
          id: u.id,
          url: `/api/uploads/${u.id}`,
          mime: u.mime,
          bytes: u.bytes,
          createdAt: u.created_at.toISOString(),
          ticketRef: u.ticket_ref,
        })),
      }
    },

    /**
     * Erases the resident in ONE transaction, so a half-erased account never exists: the account row's
     * identifying fields and sessions (users.erase, which also locks the row, so two DELETEs run one after the
     * other and the second finds nothing), tickets unlinked and stripped of phone/address (tickets.ts says what
     * stays and why; their ticket_ratings stay with them, reachable only through the now unlinked ticket), follows, messages, subscribe grants, idempotency records (they hold copies of tickets),
     * favourites, rating links, and uploads that are no ticket's photo. Files of deleted uploads are removed after
     * commit, so a rollback never loses a file; each is checked again first, because an identical picture uploaded
     * meanwhile would share the content-addressed file. Returns false when there was no live account.
     */
    async erase(userId: number, log?: EraseLogger): Promise<boolean> {
      const result = await db.transaction().execute(async (trx) => {
        if (!(await usersRepository(trx).erase(userId))) return null
        // Every feature's erase step, as it registered itself (server/platform/registry.ts).
        let counts: Record<string, number> = {}
        const files: string[] = []
        for (const feature of personalDataRegistrations()) {
          const outcome = await feature.erase(trx, userId)
          counts = { ...counts, ...outcome.counts }
          files.push(...(outcome.files ?? []))
        }
        // Counts only: the audit trail must not hold what was just erased.
        await auditRepository(trx).record({
          actorType: 'user',
          actorId: userId,
          action: 'user.erase',
          target: `user:${userId}`,
          detail: counts,
        })
        return files
      })
      if (result === null) return false
      const repo = uploadsRepository(db)
      for (const relative of result) {
        try {
          if (await repo.pathInUse(relative)) continue
          await fs.promises.rm(path.join(uploadDir, relative), { force: true })
        } catch (err) {
          log?.warn({ err, path: relative }, 'erased upload file could not be removed')
        }
      }
      return true
    },
  }
}

/** The service's type. */
export type MyDataService = ReturnType<typeof myDataService>
