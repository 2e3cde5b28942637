/**
 * Tickets the resident follows (我也遇到了, or their own was merged into it) are not theirs: the owner-only ticket page
 * answers 404 for them. 我的工单 marks them 我关注的 and opens the public tracking view; so does a 消息 that comes with
 * a tracking token; and that view renders the followed ticket.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { MyTickets } from '../../src/features/hotline/components/my-tickets'
import { MyTicketDetails, TrackedTicket } from '../../src/features/hotline/components/ticket-details'
import type { InboxMessage, TicketSummary, TrackingView } from '../../src/features/hotline/model/contract'
import '../../src/features/hotline/model/subjects'
import { InboxList } from '../../src/features/inbox/components/inbox-list'
import { residentSession } from '../../src/lib/auth/session'
import { fakeApi, sessionFixture } from './helpers/fake-api'

const TRACK = '/packages/hotline/pages/track/index'
const TICKET = '/packages/hotline/pages/ticket/index'

function summary(t: Pick<TicketSummary, 'ref' | 'title' | 'relation' | 'trackingToken'>): TicketSummary {
  return {
    type: '投诉',
    status: 'accepted',
    statusLabel: '已受理',
    category: { serviceCode: 'URBAN_STREETLIGHT', name: '路灯', group: '城市管理' },
    createdAt: '2026-11-20T02:00:00.000Z',
    dueAt: '2099-12-04T15:59:59.999Z',
    overdue: false,
    department: null,
    followers: 2,
    ...t,
  }
}

const MINE = summary({ ref: 'YZ20261127-000123', title: '文昌中路夜间施工', relation: 'own', trackingToken: 'trk-own' })
const FOLLOWED = summary({
  ref: 'YZ20261120-000088',
  title: '百祥路路灯不亮',
  relation: 'following',
  trackingToken: 'trk-follow/88',
})

const VIEW: TrackingView = {
  ref: FOLLOWED.ref,
  type: '投诉',
  status: 'accepted',
  statusLabel: '已受理',
  category: FOLLOWED.category,
  title: FOLLOWED.title,
  district: '邗江区',
  town: null,
  createdAt: FOLLOWED.createdAt,
  acceptDeadline: '2026-11-23T15:59:59.999Z',
  dueAt: FOLLOWED.dueAt,
  overdue: false,
  department: null,
  timeline: [
    { at: '2026-11-20T02:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
    { at: '2026-11-21T02:00:00.000Z', status: 'accepted', label: '已受理', by: 'staff' },
  ],
  replies: [],
  followers: 2,
  mergedInto: null,
}

const MESSAGES: InboxMessage[] = [
  {
    id: '2',
    title: '关注的工单已受理',
    body: `您关注的工单 ${FOLLOWED.ref}「${FOLLOWED.title}」已受理`,
    ticketRef: FOLLOWED.ref,
    trackingToken: FOLLOWED.trackingToken,
    createdAt: '2026-11-21T02:00:00.000Z',
    readAt: null,
  },
  {
    id: '1',
    title: '工单已受理',
    body: `您的工单 ${MINE.ref}「${MINE.title}」已受理`,
    ticketRef: MINE.ref,
    createdAt: '2026-11-20T02:00:00.000Z',
    readAt: null,
  },
]

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/hotline/tickets')
      return { status: 200, body: { items: [FOLLOWED, MINE], total: 2, page: 1, pageSize: 10 } }
    if (req.url === '/api/me/messages') return { status: 200, body: { items: MESSAGES, unread: 2 } }
    if (req.url === `/api/hotline/track/${FOLLOWED.ref}`) return { status: 200, body: VIEW }
    if (req.url.startsWith('/api/me/messages/')) return { status: 204 }
    return { status: 404, body: { code: 'NOT_FOUND', message: '找不到这张工单' } }
  })
}

/** Renders `ui` and lets its requests settle. */
async function show(ui: React.ReactElement) {
  render(ui)
  await act(async () => {})
}

beforeEach(() => {
  localStorage.clear()
  residentSession.set(sessionFixture())
})

describe('followed tickets', () => {
  test('我的工单 marks a followed ticket 我关注的 and opens its tracking view; my own opens my ticket page', async () => {
    server()
    const navigate = jest.spyOn(Taro, 'navigateTo')
    await show(<MyTickets />)
    const followed = screen.getByRole('button', { name: /百祥路路灯不亮/ })
    expect(followed.textContent).toContain('我关注的')
    expect(screen.getByRole('button', { name: /文昌中路夜间施工/ }).textContent).not.toContain('我关注的')

    fireEvent.click(followed)
    expect(navigate).toHaveBeenLastCalledWith({ url: `${TRACK}?ref=YZ20261120-000088&t=trk-follow%2F88` })
    fireEvent.click(screen.getByRole('button', { name: /文昌中路夜间施工/ }))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${TICKET}?ref=YZ20261127-000123` })
  })

  test('a 消息 about a followed ticket opens the tracking view, which shows the ticket and its timeline', async () => {
    const { sent } = server()
    const navigate = jest.spyOn(Taro, 'navigateTo')
    await show(<InboxList />)
    fireEvent.click(screen.getByRole('button', { name: /关注的工单已受理/ }))
    const url = (navigate.mock.calls.at(-1)?.[0] as { url: string } | undefined)?.url ?? ''
    expect(url).toBe(`${TRACK}?ref=YZ20261120-000088&t=trk-follow%2F88`)
    fireEvent.click(screen.getByRole('button', { name: /您的工单 YZ20261127-000123/ }))
    expect(navigate).toHaveBeenLastCalledWith({ url: `${TICKET}?ref=YZ20261127-000123` })

    // The page the URL opens (its query decoded as the track page does).
    const query = new URLSearchParams(url.split('?')[1])
    await show(<TrackedTicket ticketRef={query.get('ref') ?? ''} token={query.get('t') ?? ''} />)
    expect(screen.getByText('百祥路路灯不亮')).toBeTruthy()
    expect(screen.getAllByText('已受理').length).toBeGreaterThan(0)
    expect(screen.queryByText(/没有找到/)).toBeNull()
    const track = sent.find((r) => r.url === `/api/hotline/track/${FOLLOWED.ref}`)
    expect(track).toBeDefined()
  })

  test('the owner-only page, opened by 工单号 for a ticket that is not mine, says what can be looked up and how', async () => {
    server()
    await show(<MyTicketDetails ticketRef={FOLLOWED.ref} />)
    expect(screen.getByText(/按工单号只能查询您本人提交的工单/).textContent).toContain('从“我的工单”或分享链接打开')
  })
})
