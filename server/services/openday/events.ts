import type { Kysely } from 'kysely'
import type { OpenDayDetail, OpenDayListQuery, OpenDayPage } from '../../../types/openday'
import type { Database } from '../../db/schema'
import { NotFoundError } from '../../errors'
import { opendayRepository } from '../../repositories/openday'
import { shanghaiMonth, toDetail, toSummary } from './present'

/** The public side of 政府开放日: the list and the detail page. */
export function opendayEvents(db: Kysely<Database>, now: () => Date = () => new Date()) {
  const repo = opendayRepository(db)
  return {
    /** Upcoming (soonest first) or past (latest first) open days, filtered by department and month. */
    async list(query: OpenDayListQuery): Promise<OpenDayPage> {
      const page = query.page ?? 1
      const pageSize = query.pageSize ?? 20
      const month = query.month ? shanghaiMonth(query.month) : null
      const at = now()
      const { rows, total } = await repo.listEvents({
        when: query.when ?? 'upcoming',
        departmentCode: query.department,
        startsFrom: month?.from,
        startsBefore: month?.to,
        now: at,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      })
      const sessions = await repo.sessionsOf(rows.map((r) => r.id))
      return {
        items: rows.map((e) =>
          toSummary(
            e,
            sessions.filter((s) => s.event_id === e.id),
            at,
          ),
        ),
        total,
        page,
        pageSize,
      }
    },

    /** One open day; drafts are not public (404). */
    async detail(id: string): Promise<OpenDayDetail> {
      const event = /^\d{1,18}$/.test(id) ? await repo.findEvent(id) : undefined
      if (!event || event.status === 'draft') throw new NotFoundError('没有找到这个开放日活动，可能已下线')
      const sessions = await repo.sessionsOf([event.id])
      const waiting = await repo.waitlistCounts(sessions.map((s) => s.id))
      return toDetail(event, sessions, waiting, now())
    },
  }
}
