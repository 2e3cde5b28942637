/**
 * The staff ticket page shows what a clerk needs to decide (time, place, map point, the category's extra answers,
 * photos loaded with the staff token, the contact the server allows, the rating), offers only the actions the
 * ticket's status allows (TICKET_TRANSITIONS), checks texts against the declared minimum, and shows the audit log
 * to administrators only.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { StaffTicket } from '../../src/features/staff-tickets/components/staff-ticket'
import { staffSession } from '../../src/lib/auth/session'
import type { AuditPage } from '../../types/audit'
import type { StaffTicket as Ticket } from '../../types/hotline'
import { TICKET_LIMITS } from '../../types/hotline-states'
import type { StaffSession } from '../../types/staff'
import { fakeApi, type SentRequest } from './helpers/fake-api'

const REF = 'YZ20261127-000123'

function session(role: 'admin' | 'clerk'): StaffSession {
  return {
    token: `tok-staff-${role}`,
    expiresAt: new Date(Date.now() + 3600 * 1000).toISOString(),
    staff: {
      id: 7,
      username: 'li-ming',
      displayName: '李明',
      role,
      department: role === 'clerk' ? { id: 3, code: '3210-CGJ', name: '扬州市城市管理局' } : null,
    },
  }
}

/** A full staff view (`as Ticket`: fields the server adds later are not needed by the page). */
function ticketFixture(overrides: Partial<Ticket> = {}): Ticket {
  const ticket = {
    ref: REF,
    trackingToken: 'trk',
    type: '投诉',
    status: 'replied',
    statusLabel: '已答复',
    category: { serviceCode: 'URBAN_STREETLIGHT', name: '路灯不亮', group: '城市管理' },
    title: '百祥路东段路灯连续一周不亮',
    description: '晚上骑车回家很黑，希望尽快维修。',
    occurredAt: '2026-11-20T13:30:00.000Z',
    district: { code: '321003', name: '邗江区' },
    town: { code: '321003002', name: '蒋王街道' },
    address: '百祥路东段公交站附近',
    location: { lat: 32.391234, lng: 119.401234 },
    attributes: { FAULT: 'OFF' },
    photos: [{ id: 'p1', url: '/api/uploads/p1' }],
    anonymous: false,
    contactPhoneMasked: '139****2345',
    createdAt: '2026-11-20T14:00:00.000Z',
    acceptDeadline: '2026-11-23T14:00:00.000Z',
    dueAt: '2026-12-11T15:59:59.000Z',
    dueWorkingDays: 15,
    overdue: false,
    department: { id: 3, name: '扬州市城市管理局' },
    timeline: [{ at: '2026-11-20T14:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' }],
    replies: [],
    rating: { level: '不满意', comment: '只修好了两盏', at: '2026-11-25T02:00:00.000Z' },
    canRate: false,
    canReopen: false,
    followers: 0,
    mergedInto: null,
    contactPhone: '13952712345',
    reporterHidden: false,
    reporterErased: false,
    source: 'app',
    reopenedCount: 0,
  } as const
  return { ...ticket, ...overrides } as Ticket
}

const CATEGORIES = {
  groups: [
    {
      name: '城市管理',
      categories: [
        {
          serviceCode: 'URBAN_STREETLIGHT',
          group: '城市管理',
          name: '路灯不亮',
          description: '',
          keywords: [],
          department: { id: 3, name: '扬州市城市管理局' },
          deadlineDays: 15,
          consultDays: 3,
          locationRequired: true,
          types: ['投诉'],
          attributes: [
            {
              code: 'FAULT',
              datatype: 'singlevaluelist',
              required: true,
              description: '故障情况',
              datatypeDescription: null,
              order: 1,
              values: [
                { key: 'OFF', name: '整晚不亮' },
                { key: 'FLICKER', name: '忽明忽暗' },
              ],
            },
          ],
        },
      ],
    },
  ],
}

const AUDIT: AuditPage = {
  items: [
    {
      id: '9',
      at: '2026-11-21T01:00:00.000Z',
      actor: { type: 'staff', id: 7, name: '李明', department: '扬州市城市管理局' },
      action: 'ticket.reply',
      target: REF,
      detail: { from: 'accepted', to: 'replied' },
    },
  ],
  total: 1,
  page: 1,
  pageSize: 50,
}

/** A fake API around `ticket`; a POSTed action answers with `after`. */
function server(ticket: Ticket, after: Partial<Ticket> = {}) {
  return fakeApi((req: SentRequest) => {
    if (req.url === `/api/staff/tickets/${REF}`) return { status: 200, body: ticket }
    if (req.method === 'POST') return { status: 200, body: { ...ticket, ...after } }
    if (req.url === '/api/hotline/categories') return { status: 200, body: CATEGORIES }
    if (req.url === '/api/departments')
      return { status: 200, body: { items: [{ id: 5, name: '扬州市住房和城乡建设局' }] } }
    if (req.url === '/api/uploads/p1') return { status: 200, body: new Blob(['jpeg']) }
    if (req.url === '/api/staff/audit') return { status: 200, body: AUDIT }
    return { status: 404, body: { code: 'NOT_FOUND', message: '没有' } }
  })
}

async function renderTicket() {
  render(<StaffTicket ticketRef={REF} />)
  await act(async () => {})
  await act(async () => {})
}

const actionOptions = () =>
  within(screen.getByLabelText('操作'))
    .getAllByRole('option')
    .map((o) => o.textContent)
    .filter((t) => t !== '请选择操作')

beforeEach(() => {
  localStorage.clear()
  URL.createObjectURL = jest.fn(() => 'blob:photo-1')
  URL.revokeObjectURL = jest.fn()
  jest.spyOn(window, 'confirm').mockReturnValue(true)
})

test('shows time, place, map point, extra answers by name, photos with the staff token, phone and rating', async () => {
  staffSession.set(session('clerk'))
  const { sent } = server(ticketFixture())
  await renderTicket()
  expect(screen.getByText('2026年11月20日 21:30')).toBeTruthy()
  expect(screen.getByText('邗江区 蒋王街道')).toBeTruthy()
  expect(screen.getByText('百祥路东段公交站附近')).toBeTruthy()
  expect(screen.getByText('32.39123, 119.40123')).toBeTruthy()
  expect(screen.getByText('故障情况')).toBeTruthy()
  expect(screen.getByText('整晚不亮')).toBeTruthy()
  expect(screen.getByText('13952712345')).toBeTruthy()
  expect(screen.getByText(/不满意（2026年11月25日 10:00）：只修好了两盏/)).toBeTruthy()
  expect((screen.getByAltText('照片 1') as HTMLImageElement).src).toBe('blob:photo-1')
  const photo = sent.find((r) => r.url === '/api/uploads/p1')
  expect(photo?.headers.Authorization).toBe('Bearer tok-staff-clerk')
  // A clerk asks nothing of the audit log and sees none.
  expect(sent.some((r) => r.url === '/api/staff/audit')).toBe(false)
  expect(screen.queryByRole('heading', { name: '审计日志' })).toBeNull()
})

test('a 举报 the server hides shows that the reporter is confidential, no number', async () => {
  staffSession.set(session('clerk'))
  server(ticketFixture({ type: '举报', reporterHidden: true, contactPhone: null, contactPhoneMasked: null }))
  await renderTicket()
  expect(screen.getByText('举报人信息保密')).toBeTruthy()
  expect(screen.queryByText(/139/)).toBeNull()
})

test('only the actions the status allows: replied → 办结; submitted → no 办结; merged → none', async () => {
  staffSession.set(session('clerk'))
  server(ticketFixture())
  const { unmount } = render(<StaffTicket ticketRef={REF} />)
  await act(async () => {})
  expect(actionOptions()).toEqual(['办结'])
  expect(screen.getByRole('button', { name: '办结' })).toBeTruthy()
  unmount()

  server(ticketFixture({ status: 'submitted', statusLabel: '已提交', rating: null }))
  const second = render(<StaffTicket ticketRef={REF} />)
  await act(async () => {})
  expect(actionOptions()).toEqual(['受理', '分派', '退回', '答复', '并单'])
  second.unmount()

  server(ticketFixture({ status: 'merged', statusLabel: '已合并', mergedInto: 'YZ20261126-000001' }))
  render(<StaffTicket ticketRef={REF} />)
  await act(async () => {})
  expect(screen.queryByLabelText('操作')).toBeNull()
  expect(screen.getByText('工单已合并，没有可办理的操作。')).toBeTruthy()
})

test(`a reply shorter than ${TICKET_LIMITS.replyMin} characters is refused before sending; at the limit it is sent`, async () => {
  staffSession.set(session('clerk'))
  const { sent } = server(ticketFixture({ status: 'accepted', statusLabel: '已受理', rating: null }), {
    status: 'replied',
    statusLabel: '已答复',
  })
  await renderTicket()
  fireEvent.change(screen.getByLabelText('操作'), { target: { value: 'reply' } })
  const box = screen.getByLabelText('答复内容')
  fireEvent.change(box, { target: { value: '好'.repeat(TICKET_LIMITS.replyMin - 1) } })
  fireEvent.click(screen.getByRole('button', { name: '答复' }))
  await act(async () => {})
  expect(screen.getByText(`答复内容至少 ${TICKET_LIMITS.replyMin} 个字`)).toBeTruthy()
  expect(sent.some((r) => r.method === 'POST')).toBe(false)

  fireEvent.change(box, { target: { value: '好'.repeat(TICKET_LIMITS.replyMin) } })
  fireEvent.click(screen.getByRole('button', { name: '答复' }))
  await act(async () => {})
  const post = sent.find((r) => r.method === 'POST')
  expect(post).toMatchObject({
    url: `/api/staff/tickets/${REF}/reply`,
    body: { body: '好'.repeat(TICKET_LIMITS.replyMin) },
  })
  expect(screen.getByText('已答复，当前状态：已答复')).toBeTruthy()
  // The next choice follows the new status: only 办结 is left.
  expect(actionOptions()).toEqual(['办结'])
})

test('an administrator sees the audit log: when, who (department and name), what', async () => {
  staffSession.set(session('admin'))
  const { sent } = server(ticketFixture())
  await renderTicket()
  expect(sent.find((r) => r.url === '/api/staff/audit')?.headers.Authorization).toBe('Bearer tok-staff-admin')
  expect(screen.getByRole('region', { name: '审计日志' })).toBeTruthy()
  // Nothing else is named like the 操作 select (the browser journey picks it by that label).
  expect(screen.getAllByLabelText(/操作/)).toEqual([screen.getByLabelText('操作')])
  const table = screen.getByRole('table')
  expect(within(table).getByText('2026年11月21日 09:00')).toBeTruthy()
  expect(within(table).getByText('扬州市城市管理局 李明')).toBeTruthy()
  expect(within(table).getByText('答复（→ 已答复）')).toBeTruthy()
})

test('办理记录 says which staff member acted and in which department; resident and system steps name no one', async () => {
  staffSession.set(session('admin'))
  server(
    ticketFixture({
      timeline: [
        { at: '2026-11-20T14:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
        {
          at: '2026-11-21T01:00:00.000Z',
          status: 'accepted',
          label: '已受理',
          by: 'staff',
          actor: { name: '周晓雯', department: '扬州市城市管理局' },
        },
        {
          at: '2026-11-22T01:00:00.000Z',
          status: 'closed',
          label: '已办结',
          by: 'staff',
          actor: { name: '陈建国', department: null },
        },
      ],
    }),
  )
  await renderTicket()
  const steps = within(screen.getByRole('list', { name: '办理记录' })).getAllByRole('listitem')
  expect(steps.map((s) => s.querySelector('.gov-timeline__time')?.textContent)).toEqual([
    '2026年11月20日 22:00',
    '2026年11月21日 09:00 · 周晓雯（扬州市城市管理局）',
    '2026年11月22日 09:00 · 陈建国',
  ])
})
