import type { Pagination as Page } from '../../../../types/common'
import type { TicketSummary } from '../../../../types/hotline'
import type { TicketStatus } from '../../../../types/hotline-states'
import { useStaffSession } from '../../../lib/auth/session'
import { http } from '../../../lib/http/client'
import { type ApiQuery, useApiQuery } from '../../../lib/http/use-api-query'

/** Queue filters of the staff page. */
export interface QueueFilters {
  /** One status, or '' for every status of `state`. */
  status: TicketStatus | ''
  /** 办理中 / 已办结 (TicketStatusGroup), or '' for both. */
  state: 'open' | 'closed' | ''
  /** due: earliest deadline (overdue) first; newest: latest filed first. */
  sort: 'due' | 'newest'
  serviceCode: string
  overdue: boolean
  page: number
  /** An administrator's department scope (the staff console's selector); ignored by the server for clerks. */
  departmentId?: number | null
}

/** A queue row (the same shape as 我的工单, `relation: 'staff'`). */
export type StaffTicketSummary = TicketSummary

/** GET /api/staff/tickets: the clerk's department queue (admin: all), filtered. */
export async function getStaffTickets(filters: QueueFilters, signal?: AbortSignal): Promise<Page<StaffTicketSummary>> {
  const params: Record<string, string | number> = { page: filters.page, pageSize: 20, sort: filters.sort }
  if (filters.status) params.status = filters.status
  if (filters.state) params.state = filters.state
  if (filters.serviceCode) params.serviceCode = filters.serviceCode
  if (filters.overdue) params.overdue = 1
  if (filters.departmentId) params.departmentId = filters.departmentId
  const { data } = await http.get<Page<StaffTicketSummary>>('/api/staff/tickets', { params, signal, tokenFor: 'staff' })
  return data
}

/** React hook over {@link getStaffTickets}; refetches when a filter changes. */
export function useStaffTickets(filters: QueueFilters): ApiQuery<Page<StaffTicketSummary>> {
  const session = useStaffSession()
  return useApiQuery((signal) => getStaffTickets(filters, signal), !!session, JSON.stringify(filters), {
    refreshOnShow: true,
  })
}
