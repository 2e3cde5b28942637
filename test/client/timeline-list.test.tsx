/**
 * 我的 办事记录 in the app: rows with their kind, status badge and date, newest first; 加载更多 follows the server's
 * cursor; a row opens its subject's page by kind + id; empty and error states say what to do next.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import '../../src/features/hotline/model/subjects'
import { TimelineList } from '../../src/features/timeline/components/timeline-list'
import { residentSession } from '../../src/lib/auth/session'
import { timelineRow } from '../fixtures/timeline'
import { fakeApi, sessionFixture } from './helpers/fake-api'

async function show() {
  render(<TimelineList />)
  await act(async () => {})
}

beforeEach(() => {
  localStorage.clear()
  residentSession.set(sessionFixture())
})

test('rows show kind, status badge and date; 加载更多 appends the next page until the last', async () => {
  const first = [timelineRow(1, { status: 'returned', statusLabel: '已退回', tone: 'warn' }), timelineRow(2)]
  const { sent } = fakeApi((req) => {
    if (req.url !== '/api/me/timeline') return { status: 404, body: {} }
    const cursor = req.params?.cursor
    return cursor === 'c-2'
      ? {
          status: 200,
          body: {
            items: [timelineRow(3, { status: 'closed', statusLabel: '已办结', tone: 'done' })],
            nextCursor: null,
          },
        }
      : { status: 200, body: { items: first, nextCursor: 'c-2' } }
  })
  await show()
  const badge = screen.getByText('已退回')
  expect(badge.className).toBe('gov-status gov-status--warn')
  expect(screen.getByRole('button', { name: /东关街第1号路灯不亮/ }).textContent).toContain(
    '12345 工单 YZ20261201-900001',
  )
  expect(screen.getByRole('button', { name: /东关街第2号/ }).textContent).toContain('最近更新 2026年12月1日 10:00')
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
  })
  expect(screen.getByText('已办结').className).toBe('gov-status gov-status--done')
  expect(screen.getAllByRole('button', { name: /东关街第/ })).toHaveLength(3)
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
  expect(screen.getByText('已显示全部记录')).toBeTruthy()
  expect(sent.filter((r) => r.url === '/api/me/timeline').map((r) => r.params?.cursor)).toEqual([undefined, 'c-2'])
})

test('a row opens its subject by kind + id', async () => {
  fakeApi(() => ({ status: 200, body: { items: [timelineRow(7)], nextCursor: null } }))
  const navigate = jest.spyOn(Taro, 'navigateTo')
  await show()
  fireEvent.click(screen.getByRole('button', { name: /东关街第7号/ }))
  expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/hotline/pages/ticket/index?ref=YZ20261201-900007' })
})

test('nothing yet: an empty state that suggests 去办事', async () => {
  fakeApi(() => ({ status: 200, body: { items: [], nextCursor: null } }))
  const switchTab = jest.spyOn(Taro, 'switchTab')
  await show()
  expect(screen.getByText(/还没有办事记录/)).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '去办事' }))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
})

test('a server error offers 重试 and never shows the technical text', async () => {
  let calls = 0
  fakeApi(() =>
    ++calls === 1
      ? { status: 500, body: { code: 'INTERNAL', message: 'relation "tickets" does not exist' } }
      : { status: 200, body: { items: [timelineRow(1)], nextCursor: null } },
  )
  await show()
  expect(screen.getByRole('alert').textContent).toContain('服务暂时不可用，请稍后重试')
  expect(document.body.textContent).not.toContain('relation')
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
  })
  expect(screen.getByRole('button', { name: /东关街第1号/ })).toBeTruthy()
})
