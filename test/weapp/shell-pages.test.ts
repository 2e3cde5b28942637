/**
 * The client shell on the compiled mini-program: 消息 and 我的 办事记录 render in their own subpackages and open their
 * subjects by kind + id (a `subjectKind`/`subjectId` message as well as an older `ticketRef` one); 办事记录 pages on
 * with the server's cursor.
 */

import type { TimelinePage } from '../../types/timeline'
import { timelineRow } from '../fixtures/timeline'
import { api, KEYS, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'

const INBOX = 'packages/inbox/pages/list/index'
const TIMELINE = 'packages/timeline/pages/list/index'
const TICKET_URL = '/packages/hotline/pages/ticket/index'
const ok = <T>(data: T) => ({ statusCode: 200, data })

describe('消息 (weapp)', () => {
  it('a message with subjectKind/subjectId opens its subject; 全部已读 marks them all', async () => {
    const items = [
      {
        id: '52',
        title: '工单已办结',
        body: '您的工单 YZ20261201-900001 已办结',
        subjectKind: 'ticket',
        subjectId: 'YZ20261201-900001',
        ticketRef: 'YZ20261201-900001',
        createdAt: '2026-12-01T02:00:00.000Z',
        readAt: null,
      },
      {
        id: '51',
        title: '工单已受理',
        body: '您的工单 YZ20261201-900002 已受理',
        ticketRef: 'YZ20261201-900002',
        createdAt: '2026-11-30T02:00:00.000Z',
        readAt: null,
      },
    ]
    const page = await renderPage(INBOX, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/me/messages': () => ok({ items, total: 2, unread: 2, page: 1, pageSize: 50 }),
        'POST /api/me/messages/52/read': () => ({ statusCode: 204, data: '' }),
        'POST /api/me/messages/read-all': () => ok({ updated: 1 }),
      }),
    })
    await page.waitForText('工单已办结')
    expect(page.text()).toContain('2 条未读')
    await page.tap('工单已办结')
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: `${TICKET_URL}?ref=YZ20261201-900001` },
    })
    await page.waitForText('1 条未读')
    await page.tap('全部已读')
    await page.waitFor(() => !page.query('.gov-card--unread'), { what: 'every message to show as read' })
    expect(page.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
      '/api/me/messages/52/read',
      '/api/me/messages/read-all',
    ])
  })
})

describe('办事记录 (weapp)', () => {
  it('renders rows with their badges, pages on with the cursor and opens a ticket', async () => {
    const page = await renderPage(TIMELINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/me/timeline': (req) =>
          req.query.cursor === 'c-2'
            ? ok<TimelinePage>({ items: [timelineRow(3, { statusLabel: '已办结', tone: 'done' })], nextCursor: null })
            : ok<TimelinePage>({
                items: [timelineRow(1, { statusLabel: '已退回', tone: 'warn' }), timelineRow(2)],
                nextCursor: 'c-2',
              }),
      }),
    })
    await page.waitForText('东关街第1号路灯不亮')
    expect(page.queryAll('.gov-status').map((el) => [el.textContent, el.className.split(' ').at(-1)])).toEqual([
      ['已退回', 'gov-status--warn'],
      ['已受理', 'gov-status--open'],
    ])
    expect(page.text()).toContain('12345 工单 YZ20261201-900001')
    await page.tap('加载更多')
    await page.waitForText('东关街第3号路灯不亮')
    expect(page.text()).toContain('已显示全部记录')
    await page.tap('东关街第3号路灯不亮')
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: `${TICKET_URL}?ref=YZ20261201-900003` },
    })
  })

  it('with nothing yet it suggests 去办事', async () => {
    const page = await renderPage(TIMELINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/me/timeline': () => ok<TimelinePage>({ items: [], nextCursor: null }) }),
    })
    await page.waitForText('还没有办事记录')
    await page.tap('去办事')
    expect(page.lastNavigation()).toEqual({ api: 'switchTab', options: { url: '/pages/services/index' } })
  })
})
