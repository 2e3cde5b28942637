import type { Kysely } from 'kysely'
import type { RatingBody, StaffTicket, TicketDraft } from '../../../types/hotline'
import type { Database } from '../../db/schema'
import type { Notifications as Notifier } from '../../platform/notifications/service'
import type { StaffRow } from '../../repositories/staff'
import type { UserRow } from '../../repositories/users'
import type { WorkingCalendar } from '../working-days'
import { actOnTicket, rateTicket, type StaffAction } from './act'
import { submitTicket } from './create'
import { followTicket, subscribeToTicket } from './follow'
import { ticketNotices } from './notify'
import { ticketViews } from './view'

/**
 * Everything the 12345 routes do, over one database and notifier, composed from the concerns: create.ts (the one
 * creation path), act.ts (status changes), view.ts (reads), follow.ts, notify.ts (every notice). `calendar`
 * (config.workingCalendar) sets every 限时办结 deadline and the `dueWorkingDays` shown with it.
 */
export function ticketsService(deps: { db: Kysely<Database>; notifier: Notifier; calendar: WorkingCalendar }) {
  const { db, calendar } = deps
  const notices = ticketNotices(deps.notifier)
  const views = ticketViews({ db, calendar })
  const acting = { db, calendar, notices }
  return {
    ...views,
    /** Files a ticket exactly once per Idempotency-Key. */
    submit: (user: UserRow, draft: TicketDraft, idempotencyKey: string | undefined) =>
      submitTicket(db, { calendar, notices }, user, draft, idempotencyKey),
    /** 我也遇到了. */
    follow: (user: UserRow, ref: string) => followTicket(db, user, ref),
    /** Records WeChat subscribe grants for the resident's own ticket. */
    subscribe: (user: UserRow, ref: string, templateIds: string[]) =>
      subscribeToTicket(db, notices, user, ref, templateIds),
    /** 好差评; answers the resident's refreshed ticket. */
    async rate(user: UserRow, ref: string, body: RatingBody) {
      await rateTicket(acting, user, ref, body)
      return views.getMine(user, ref)
    },
    /** A staff action (see act.ts). */
    act: (staff: StaffRow, ref: string, action: StaffAction): Promise<StaffTicket> =>
      actOnTicket(acting, staff, ref, action),
  }
}

/** The service's type. */
export type TicketsService = ReturnType<typeof ticketsService>
