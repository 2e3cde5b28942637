/**
 * 消息 for every feature: a message opens its subject's page by kind + id through the subject registry (subjectKind /
 * subjectId when the server sends them, the 12345 ticketRef of older messages otherwise), 全部已读 marks them all, and
 * the 我的 row shows the unread count.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import '../../src/features/hotline/model/subjects'
import type { InboxMessage } from '../../src/features/inbox/api/get-my-messages'
import { InboxEntry } from '../../src/features/inbox/components/inbox-entry'
import { InboxList } from '../../src/features/inbox/components/inbox-list'
import { residentSession } from '../../src/lib/auth/session'
import { registerSubjectRoute } from '../../src/lib/subjects'
import { fakeApi, sessionFixture } from './helpers/fake-api'

const MESSAGES: InboxMessage[] = [
  {
    id: '41',
    title: '开放日报名成功',
    body: '您已报名“走进扬州市自来水厂”开放日活动',
    subjectKind: 'openday-registration',
    subjectId: 'R-2026-0042',
    ticketRef: null,
    createdAt: '2026-12-01T02:00:00.000Z',
    readAt: null,
  },
  {
    id: '40',
    title: '工单已答复',
    body: '您的工单 YZ20261127-000123 已答复',
    ticketRef: 'YZ20261127-000123',
    createdAt: '2026-11-28T06:30:00.000Z',
    readAt: null,
  },
  {
    id: '39',
    title: '系统升级通知',
    body: '12 月 6 日凌晨系统升级',
    subjectKind: 'notice-of-a-newer-server',
    subjectId: '7',
    ticketRef: null,
    createdAt: '2026-11-27T02:00:00.000Z',
    readAt: '2026-11-27T03:00:00.000Z',
  },
]

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/me/messages') return { status: 200, body: { items: MESSAGES, unread: 2 } }
    if (req.url === '/api/me/messages/read-all') return { status: 200, body: { updated: 2 } }
    if (req.url.startsWith('/api/me/messages/')) return { status: 204 }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

async function show(ui: React.ReactElement) {
  render(ui)
  await act(async () => {})
}

beforeAll(() => {
  // A feature that registers its own kind (as 开放日 will), without the inbox knowing about it.
  registerSubjectRoute('openday-registration', ({ id }) => `/packages/openday/pages/registration/index?id=${id}`)
})

beforeEach(() => {
  localStorage.clear()
  residentSession.set(sessionFixture())
})

test('a message opens its subject by kind + id; an older 12345 message by its ticketRef', async () => {
  const { sent } = server()
  const navigate = jest.spyOn(Taro, 'navigateTo')
  await show(<InboxList />)
  expect(screen.getByRole('status').textContent).toBe('2 条未读')
  fireEvent.click(screen.getByRole('button', { name: /开放日报名成功/ }))
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/openday/pages/registration/index?id=R-2026-0042' })
  fireEvent.click(screen.getByRole('button', { name: /工单已答复/ }))
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/hotline/pages/ticket/index?ref=YZ20261127-000123' })
  await act(async () => {})
  expect(sent.filter((r) => r.method?.toUpperCase() === 'POST').map((r) => r.url)).toEqual([
    '/api/me/messages/41/read',
    '/api/me/messages/40/read',
  ])
  expect(screen.getByRole('status').textContent).toBe('全部已读')
})

test('a message of a kind this client does not know is marked read and opens nothing', async () => {
  server()
  const navigate = jest.spyOn(Taro, 'navigateTo')
  navigate.mockClear()
  await show(<InboxList />)
  fireEvent.click(screen.getByRole('button', { name: /系统升级通知/ }))
  expect(navigate).not.toHaveBeenCalled()
})

test('全部已读 marks every message read on the server and here', async () => {
  const { sent } = server()
  await show(<InboxList />)
  expect(screen.getAllByText('未读：')).toHaveLength(2)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '全部已读' }))
  })
  expect(sent.some((r) => r.url === '/api/me/messages/read-all' && r.method?.toUpperCase() === 'POST')).toBe(true)
  expect(screen.queryAllByText('未读：')).toHaveLength(0)
  expect(screen.getByRole('status').textContent).toBe('全部已读')
})

test('the 我的 row shows the unread count and opens 消息', async () => {
  server()
  const navigate = jest.spyOn(Taro, 'navigateTo')
  await show(<InboxEntry title="我的消息" />)
  const row = screen.getByRole('button', { name: /我的消息/ })
  expect(row.textContent).toContain('2 条未读')
  fireEvent.click(row)
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/inbox/pages/list/index' })
})
