import type { Kysely } from 'kysely'
import type { FollowResult } from '../../../types/hotline'
import { isOpenStatus } from '../../../types/hotline-states'
import type { Database } from '../../db/schema'
import { ConflictError, NotFoundError } from '../../errors'
import { canOnTicket, residentSubject, ticketFacts } from '../../platform/policy'
import { ticketsRepository } from '../../repositories/tickets'
import type { UserRow } from '../../repositories/users'
import type { TicketNotices } from './notify'

/**
 * 我也遇到了: counts once per resident however often it is pressed. A confidential ticket (举报) cannot be followed:
 * it answers 404 as if it did not exist, so its existence does not leak either.
 */
export async function followTicket(db: Kysely<Database>, user: UserRow, ref: string): Promise<FollowResult> {
  return db.transaction().execute(async (tx) => {
    const repo = ticketsRepository(tx)
    const row = await repo.findByRef(ref)
    if (!row) throw new NotFoundError('找不到这张工单')
    const facts = ticketFacts(row)
    const own = canOnTicket(residentSubject(user), 'view-own', facts)
    if (!own && !canOnTicket(residentSubject(user), 'follow', facts)) throw new NotFoundError('找不到这张工单')
    if (!isOpenStatus(row.status)) throw new ConflictError('这张工单已答复或已办结，请查看答复或提交新的诉求')
    const followers = own ? row.followers_count : await repo.follow(row.id, user.id)
    return {
      ref: row.ref,
      followers,
      trackingToken: own && !canOnTicket({ kind: 'public' }, 'track', facts) ? '' : row.tracking_token,
    }
  })
}

/** Records WeChat subscribe grants for the resident's own ticket. */
export async function subscribeToTicket(
  db: Kysely<Database>,
  notices: TicketNotices,
  user: UserRow,
  ref: string,
  templateIds: readonly string[],
): Promise<void> {
  const row = await ticketsRepository(db).findByRef(ref)
  if (!row || !canOnTicket(residentSubject(user), 'view-own', ticketFacts(row)))
    throw new NotFoundError('找不到这张工单')
  await notices.grant(db, row.id, user.id, templateIds)
}
