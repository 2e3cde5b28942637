/**
 * The staff queue opens on the tickets still being handled, the nearest deadline (overdue) first, and filters by a
 * category picked by name from /api/hotline/categories instead of a typed code.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { StaffQueue } from '../../src/features/staff-tickets/components/staff-queue'
import { staffSession } from '../../src/lib/auth/session'
import { http } from '../../src/lib/http/client'
import type { StaffSession } from '../../types/staff'
import { fakeApi } from './helpers/fake-api'

const SESSION: StaffSession = {
  token: 'tok-staff-clerk',
  expiresAt: new Date(Date.now() + 3600 * 1000).toISOString(),
  staff: {
    id: 7,
    username: 'li-ming',
    displayName: '李明',
    role: 'clerk',
    department: { id: 3, code: '3210-CGJ', name: '扬州市城市管理局' },
  },
}

const category = (serviceCode: string, name: string) => ({
  serviceCode,
  group: '城市管理',
  name,
  description: '',
  keywords: [],
  department: { id: 3, name: '扬州市城市管理局' },
  deadlineDays: 15,
  consultDays: 3,
  locationRequired: false,
  types: ['投诉'],
  attributes: [],
})

const ROW = {
  ref: 'YZ20261120-000001',
  trackingToken: '',
  relation: 'staff',
  type: '投诉',
  status: 'accepted',
  statusLabel: '已受理',
  title: '百祥路东段路灯连续一周不亮',
  category: { serviceCode: 'URBAN_STREETLIGHT', name: '路灯不亮', group: '城市管理' },
  createdAt: '2026-11-10T02:00:00.000Z',
  dueAt: '2026-11-20T15:59:59.000Z',
  overdue: true,
  department: { id: 3, name: '扬州市城市管理局' },
  followers: 0,
}

/** The fake API, and the query of every queue request (fakeApi records the path only). */
function server() {
  fakeApi((req) => {
    if (req.url === '/api/hotline/categories')
      return {
        status: 200,
        body: {
          groups: [
            {
              name: '城市管理',
              categories: [category('URBAN_STREETLIGHT', '路灯不亮'), category('URBAN_NOISE', '噪声扰民')],
            },
          ],
        },
      }
    if (req.url === '/api/staff/tickets')
      return { status: 200, body: { items: [ROW], total: 1, page: 1, pageSize: 20 } }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
  const queries: Record<string, unknown>[] = []
  const inner = http.defaults.adapter as AxiosAdapter
  http.defaults.adapter = (config: InternalAxiosRequestConfig) => {
    if (config.url === '/api/staff/tickets') queries.push(config.params)
    return inner(config)
  }
  return queries
}

beforeEach(() => {
  localStorage.clear()
  staffSession.set(SESSION)
})

test('opens on open tickets sorted by deadline, showing each deadline', async () => {
  const queries = server()
  render(<StaffQueue />)
  await act(async () => {})
  expect(queries[0]).toMatchObject({ state: 'open', sort: 'due', page: 1 })
  expect(queries[0]).not.toHaveProperty('status')
  expect((screen.getByLabelText('状态') as HTMLSelectElement).value).toBe('open')
  expect(screen.getByText(/办结时限 2026年11月20日 23:59/)).toBeTruthy()
  expect(screen.getByText('已超期')).toBeTruthy()
})

test('category is picked by name; 状态 and 排序 change the query', async () => {
  const queries = server()
  render(<StaffQueue />)
  await act(async () => {})
  const picker = screen.getByLabelText('类别')
  expect(within(picker).getByRole('option', { name: '城市管理 / 噪声扰民' })).toBeTruthy()
  fireEvent.change(picker, { target: { value: 'URBAN_NOISE' } })
  await act(async () => {})
  expect(queries.at(-1)).toMatchObject({ serviceCode: 'URBAN_NOISE', state: 'open', sort: 'due' })

  fireEvent.change(screen.getByLabelText('状态'), { target: { value: 'replied' } })
  await act(async () => {})
  expect(queries.at(-1)).toMatchObject({ status: 'replied', state: 'closed' })

  fireEvent.change(screen.getByLabelText('状态'), { target: { value: '' } })
  fireEvent.change(screen.getByLabelText('排序'), { target: { value: 'newest' } })
  await act(async () => {})
  expect(queries.at(-1)).toMatchObject({ sort: 'newest' })
  expect(queries.at(-1)).not.toHaveProperty('state')
  expect(queries.at(-1)).not.toHaveProperty('status')
})
