/**
 * A ticket the resident follows (我也遇到了, or their own was merged into it) on the compiled mini-program: 我的工单
 * marks it 我关注的 and opens the public tracking page (the owner-only page answers 404 for it), 消息 about it does
 * the same, and the tracking page renders it with its timeline.
 */
import type { Message, MessagePage, TicketSummary, TrackingView } from '../../types/hotline'
import { api, KEYS, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'

const MINE = 'packages/hotline/pages/mine/index'
const MESSAGES = 'packages/inbox/pages/list/index'
const TRACK = 'packages/hotline/pages/track/index'
const TRACK_URL = '/packages/hotline/pages/track/index?ref=YZ20261120-000088&t=trk-88a1'

const FOLLOWED: TicketSummary = {
  ref: 'YZ20261120-000088',
  trackingToken: 'trk-88a1',
  relation: 'following',
  type: '投诉',
  status: 'assigned',
  statusLabel: '已转办',
  title: '个园南门共享单车乱停放',
  category: { serviceCode: 'URBAN_BIKES', name: '共享单车', group: '城市管理' },
  createdAt: '2026-11-20T01:00:00.000Z',
  dueAt: '2099-12-04T15:59:59.999Z',
  overdue: false,
  department: { id: 12, name: '扬州市城市管理局' },
  followers: 4,
}

const VIEW: TrackingView = {
  ref: FOLLOWED.ref,
  type: '投诉',
  status: 'assigned',
  statusLabel: '已转办',
  category: FOLLOWED.category,
  title: FOLLOWED.title,
  district: '广陵区',
  town: '东关街道',
  createdAt: FOLLOWED.createdAt,
  acceptDeadline: '2026-11-23T15:59:59.999Z',
  dueAt: FOLLOWED.dueAt,
  overdue: false,
  department: FOLLOWED.department,
  timeline: [
    { at: '2026-11-20T01:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
    { at: '2026-11-20T03:00:00.000Z', status: 'accepted', label: '已受理', by: 'staff' },
    { at: '2026-11-21T02:00:00.000Z', status: 'assigned', label: '已转办', by: 'staff' },
  ],
  replies: [],
  followers: 4,
  mergedInto: null,
}

const MESSAGE: Message = {
  id: '27',
  title: '关注的工单已转办',
  body: `您关注的工单 ${FOLLOWED.ref}「${FOLLOWED.title}」已转办`,
  ticketRef: FOLLOWED.ref,
  trackingToken: FOLLOWED.trackingToken,
  createdAt: '2026-11-21T02:00:00.000Z',
  readAt: null,
}

const ok = (data: unknown) => ({ statusCode: 200, data })

describe('a followed ticket (weapp)', () => {
  it('我的工单 marks it 我关注的 and opens the tracking page', async () => {
    const page = await renderPage(MINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/hotline/tickets': () => ok({ items: [FOLLOWED], total: 1, page: 1, pageSize: 10 }),
      }),
    })
    await page.waitForText('个园南门共享单车乱停放')
    expect(page.text()).toContain('我关注的')
    await page.tap('个园南门共享单车乱停放')
    expect(page.lastNavigation()).toEqual({ api: 'navigateTo', options: { url: TRACK_URL } })
  })

  it('消息 about it opens the tracking page', async () => {
    const inbox: MessagePage = { items: [MESSAGE], total: 1, unread: 1, page: 1, pageSize: 20 }
    const page = await renderPage(MESSAGES, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/me/messages': () => ok(inbox),
        'POST /api/me/messages/27/read': () => ({ statusCode: 204, data: '' }),
      }),
    })
    await page.waitForText('关注的工单已转办')
    await page.tap('关注的工单已转办')
    expect(page.lastNavigation()).toEqual({ api: 'navigateTo', options: { url: TRACK_URL } })
  })

  it('the tracking page it opens shows the ticket and its timeline, without logging in', async () => {
    const page = await renderPage(TRACK, {
      query: { ref: FOLLOWED.ref, t: FOLLOWED.trackingToken },
      request: api({ [`GET /api/hotline/track/${FOLLOWED.ref}`]: () => ok(VIEW) }),
    })
    await page.waitForText('个园南门共享单车乱停放')
    expect(page.text()).toContain('扬州市城市管理局')
    expect(page.text()).toContain('已受理')
    expect(page.text()).not.toContain('没有找到')
    const track = page.requests.find((r) => r.path === `/api/hotline/track/${FOLLOWED.ref}`)
    expect(track?.query).toEqual({ t: 'trk-88a1' })
  })
})
