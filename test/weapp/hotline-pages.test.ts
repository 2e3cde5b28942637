/**
 * The 12345 pages after the form, on the compiled mini-program: the confirmation (工单号, what happens next and by
 * when, copy, the WeChat share card that opens the public tracking page), 我的工单 (list, pages, empty, error) and 消息
 * (list, read state, tap opens the ticket). The fake API answers with the shapes of types/hotline.ts.
 */
import type { Message, MessagePage, Ticket, TicketPage, TicketSummary } from '../../types/hotline'
import { api, KEYS, session, stored } from './harness/fixtures'
import { type RenderedPage, renderPage } from './harness/render-page'
import type { RecordedRequest } from './harness/wx-stubs'

const DONE = 'packages/hotline/pages/done/index'
const MINE = 'packages/hotline/pages/mine/index'
const MESSAGES = 'packages/inbox/pages/list/index'
const TICKET_URL = '/packages/hotline/pages/ticket/index'
/** Where the submit flow leaves the ticket it just created (src/lib/storage.ts `hotlineLastTicket`). */
const LAST_TICKET_KEY = 'gov.hotline.last-ticket.v1'

/**
 * A 投诉 filed on Friday 27 November 2026 (10:00 Beijing time), as POST /api/hotline/tickets answers it: accepted by
 * the end of the next working day (Monday 30th), due after 5 working days (Friday 4 December), 23:59:59.999 Beijing.
 */
const TICKET: Ticket = {
  ref: 'YZ20261127-000123',
  trackingToken: 'trk-5f2c9a',
  type: '投诉',
  status: 'submitted',
  statusLabel: '已提交',
  category: { serviceCode: 'URBAN_CONSTRUCTION_NOISE', name: '建筑施工噪音', group: '城市管理' },
  title: '文昌中路工地夜间打桩噪音扰民',
  description: '连续一周每天夜里十一点以后还在打桩，噪音很大，无法休息。',
  occurredAt: null,
  district: { code: '321002', name: '广陵区' },
  town: { code: '321002001', name: '东关街道' },
  address: '文昌中路 318 号',
  location: null,
  attributes: { NOISE_TIME: 'NIGHT' },
  photos: [],
  anonymous: false,
  contactPhoneMasked: '138****5678',
  createdAt: '2026-11-27T02:00:00.000Z',
  acceptDeadline: '2026-11-30T15:59:59.999Z',
  dueAt: '2026-12-04T15:59:59.999Z',
  dueWorkingDays: 5,
  overdue: false,
  department: null,
  timeline: [{ at: '2026-11-27T02:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' }],
  replies: [],
  rating: null,
  canRate: false,
  canReopen: false,
  followers: 0,
  mergedInto: null,
}

/** A 咨询 filed the same Friday: 咨询 is answered within `consultDays` (2 working days → Tuesday 1 December). */
const CONSULT: Ticket = {
  ...TICKET,
  ref: 'YZ20261127-000124',
  trackingToken: 'trk-77ab01',
  type: '咨询',
  category: { serviceCode: 'HEALTH_INSURANCE_NEWBORN', name: '医疗保险', group: '社会保障' },
  title: '新生儿医保办理需要哪些材料',
  dueAt: '2026-12-01T15:59:59.999Z',
  dueWorkingDays: 2,
}

const ok = (data: unknown) => ({ statusCode: 200, data })
/** Text of every element matching `selector`, whitespace collapsed. */
const texts = (page: RenderedPage, selector: string) =>
  page.queryAll(selector).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())

/**
 * The button labelled exactly `label`. Tapping by text takes the first element containing the text, and several
 * labels also appear in the sentences above their buttons (请稍后重试 / 重试, 登录后查看… / 登录).
 */
function button(page: RenderedPage, label: string): Element {
  const found = page.queryAll('wx-button').find((el) => (el.textContent ?? '').trim() === label)
  if (!found) throw new Error(`no button ${JSON.stringify(label)} on ${page.route}: ${page.text()}`)
  return found
}

/** What WeChat gets from the page's `onShareAppMessage` when the resident shares it (the card's title and path). */
function shareCard(page: RenderedPage): unknown {
  const onShare = page.root.instance.onShareAppMessage as ((opts: { from: string }) => unknown) | undefined
  if (!onShare) throw new Error(`${page.route} has no onShareAppMessage (page config enableShareAppMessage)`)
  return onShare.call(page.root.instance, { from: 'button' })
}

describe('诉求已提交 (weapp)', () => {
  it('shows the 工单号 and the next steps with their dates from the ticket just created, without asking again', async () => {
    const page = await renderPage(DONE, {
      query: { ref: TICKET.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: TICKET },
      }),
    })
    await page.waitForText('接下来会怎样')
    expect(page.query('.hotline-done__ref')?.textContent).toBe('YZ20261127-000123')
    expect(texts(page, '.hotline-next > *')).toEqual([
      '12345 热线将在 2026年11月30日前受理，并转交承办部门。',
      '承办部门一般在 2026年12月4日 前办结（5 个工作日）。办理进度会在消息中心通知您；如您开启了微信提醒，答复时还会收到微信服务通知。',
      '收到答复后，请对办理结果进行评价；不满意可申请重新办理一次。',
    ])
    await page.settle(100)
    expect(page.requests).toEqual([])
  })

  it('says the number of working days the server counted over 国庆, and no number for a ticket stored without it', async () => {
    // Filed Wednesday 30 September 2026 with the 2026 holiday list loaded: 1–7 October are holidays and Saturday
    // 10 October is a 调休 workday, so 5 working days end on Tuesday 13 October (weekdays alone would say 9).
    const beforeHoliday: Ticket = {
      ...TICKET,
      createdAt: '2026-09-30T02:00:00.000Z',
      acceptDeadline: '2026-10-08T15:59:59.999Z',
      dueAt: '2026-10-13T15:59:59.999Z',
      dueWorkingDays: 5,
    }
    const page = await renderPage(DONE, {
      query: { ref: TICKET.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: beforeHoliday },
      }),
    })
    await page.waitForText('接下来会怎样')
    expect(texts(page, '.hotline-next > *').slice(0, 2)).toEqual([
      '12345 热线将在 2026年10月8日前受理，并转交承办部门。',
      '承办部门一般在 2026年10月13日 前办结（5 个工作日）。办理进度会在消息中心通知您；如您开启了微信提醒，答复时还会收到微信服务通知。',
    ])

    // Stored by a version before the server sent the count: the date alone, not a number counted another way.
    const { dueWorkingDays: _omitted, ...older } = beforeHoliday
    const stale = await renderPage(DONE, {
      query: { ref: TICKET.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: older },
      }),
    })
    await stale.waitForText('接下来会怎样')
    expect(texts(stale, '.hotline-next > *')[1]).toBe(
      '承办部门一般在 2026年10月13日 前办结。办理进度会在消息中心通知您；如您开启了微信提醒，答复时还会收到微信服务通知。',
    )
  })

  it('复制工单号 copies it and says so; 分享给微信好友 shares a card that opens the public tracking page', async () => {
    const page = await renderPage(DONE, {
      query: { ref: TICKET.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: TICKET },
      }),
    })
    await page.waitForText('复制工单号')
    expect(page.query('.hotline-done__copied')?.textContent).toBe('')
    await page.tap(button(page, '复制工单号'))
    await page.waitFor(() => page.query('.hotline-done__copied')?.textContent === '工单号已复制', {
      what: '工单号已复制',
    })
    expect(page.callsOf('setClipboardData')).toEqual([
      { api: 'setClipboardData', options: { data: 'YZ20261127-000123' } },
    ])

    // weapp has no link to copy: the button opens WeChat's share sheet, whose card is the page's share message.
    expect(page.text()).not.toContain('复制查询链接')
    expect(page.attribute('分享给微信好友', 'open-type')).toBe('share')
    expect(shareCard(page)).toEqual({
      title: '12345 工单 YZ20261127-000123 办理进度',
      path: '/packages/hotline/pages/track/index?ref=YZ20261127-000123&t=trk-5f2c9a',
    })
  })

  it('查看办理进度, 我的工单, 拨打 12345 and 返回 12345 首页 go where they say', async () => {
    const page = await renderPage(DONE, {
      query: { ref: TICKET.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: TICKET },
      }),
    })
    await page.waitForText('查看办理进度')
    await page.tap(button(page, '查看办理进度'))
    expect(page.lastNavigation()).toEqual({
      api: 'redirectTo',
      options: { url: `${TICKET_URL}?ref=YZ20261127-000123` },
    })
    await page.tap(button(page, '我的工单'))
    expect(page.lastNavigation()).toEqual({ api: 'redirectTo', options: { url: '/packages/hotline/pages/mine/index' } })
    await page.tap(button(page, '返回 12345 首页'))
    expect(page.lastNavigation()).toEqual({ api: 'switchTab', options: { url: '/pages/hotline/index' } })
    await page.tap(button(page, '拨打 12345 热线'))
    expect(page.callsOf('makePhoneCall')).toEqual([{ api: 'makePhoneCall', options: { phoneNumber: '12345' } }])
  })

  it('opened from a link (another ticket stored) it loads the ticket; a failure offers 重试, which loads it', async () => {
    let calls = 0
    const page = await renderPage(DONE, {
      query: { ref: CONSULT.ref },
      storage: stored({
        [KEYS.session]: session(),
        [LAST_TICKET_KEY]: { ref: TICKET.ref, trackingToken: TICKET.trackingToken, ticket: TICKET },
      }),
      request: api({
        [`GET /api/hotline/tickets/${CONSULT.ref}`]: () =>
          ++calls === 1 ? { statusCode: 502, data: 'Bad Gateway' } : ok(CONSULT),
      }),
    })
    await page.waitForText('服务暂时不可用，请稍后重试')
    expect(page.text()).toContain('出错了')
    expect(page.text()).not.toContain('YZ20261127-000123')
    await page.tap(button(page, '重试'))
    await page.waitForText('接下来会怎样')
    expect(page.query('.hotline-done__ref')?.textContent).toBe('YZ20261127-000124')
    // 咨询 is answered (答复), within its own, shorter time limit.
    expect(page.text()).toContain('承办部门一般在 2026年12月1日 前答复（2 个工作日）')
    expect(page.text()).not.toContain('出错了')
    expect(page.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/hotline/tickets/YZ20261127-000124',
      'GET /api/hotline/tickets/YZ20261127-000124',
    ])
    expect(page.requests[1].header.Authorization).toBe('Bearer tok-yz-1024')
    // The share card is there once the ticket has loaded.
    expect(shareCard(page)).toMatchObject({
      path: '/packages/hotline/pages/track/index?ref=YZ20261127-000124&t=trk-77ab01',
    })
  })
})

/** A row of 我的工单 as GET /api/hotline/tickets sends it. */
function summary(t: Partial<TicketSummary> & Pick<TicketSummary, 'ref' | 'title'>): TicketSummary {
  return {
    trackingToken: `trk-${t.ref.slice(-6)}`,
    relation: 'own',
    type: '投诉',
    status: 'assigned',
    statusLabel: '已转办',
    category: { serviceCode: 'URBAN_CONSTRUCTION_NOISE', name: '建筑施工噪音', group: '城市管理' },
    createdAt: '2026-11-27T02:00:00.000Z',
    dueAt: '2099-12-04T15:59:59.999Z',
    overdue: false,
    department: { id: 15, name: '扬州市住房和城乡建设局' },
    followers: 0,
    ...t,
  }
}

const MY_TICKETS: TicketSummary[] = [
  summary({ ref: 'YZ20261127-000123', title: '文昌中路工地夜间打桩噪音扰民' }),
  summary({
    ref: 'YZ20261116-000045',
    title: '东关街路灯不亮已一周',
    type: '求助',
    status: 'accepted',
    statusLabel: '已受理',
    createdAt: '2026-11-16T01:00:00.000Z',
    dueAt: '2026-11-23T15:59:59.999Z',
    overdue: true,
  }),
  summary({
    ref: 'YZ20261102-000007',
    title: '新生儿医保办理需要哪些材料',
    type: '咨询',
    status: 'closed',
    statusLabel: '已办结',
    createdAt: '2026-11-02T08:00:00.000Z',
    dueAt: '2026-11-04T15:59:59.999Z',
  }),
]

/** GET /api/hotline/tickets over `all`, honouring `page` and `pageSize` like the server. */
function ticketPages(all: TicketSummary[]) {
  return (req: RecordedRequest) => {
    const page = Number(req.query.page ?? 1)
    const pageSize = Number(req.query.pageSize ?? 20)
    const body: TicketPage = {
      items: all.slice((page - 1) * pageSize, page * pageSize),
      total: all.length,
      page,
      pageSize,
    }
    return ok(body)
  }
}

describe('我的工单 (weapp)', () => {
  it('lists my tickets with status, 工单号, date and the time limit of open ones; tapping one opens it', async () => {
    const page = await renderPage(MINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/hotline/tickets': ticketPages(MY_TICKETS) }),
    })
    await page.waitForText('共 3 件')
    const cards = texts(page, '.hotline-card')
    expect(cards).toHaveLength(3)
    expect(cards[0]).toMatch(
      /^文昌中路工地夜间打桩噪音扰民 ?已转办 ?投诉 · YZ20261127-000123 · 2026年11月27日 ?办结时限：2099年12月4日前（剩余 \d+ 天）$/,
    )
    expect(cards[1]).toContain('已受理')
    expect(cards[1]).toContain('求助 · YZ20261116-000045 · 2026年11月16日')
    expect(cards[1]).toMatch(/办结时限：2026年11月23日前（已超期 \d+ (天|小时)）/)
    expect(page.query('.hotline-card:nth-child(2) .hotline-deadline--overdue')).not.toBeNull()
    // A finished ticket has no countdown.
    expect(cards[2]).toContain('已办结')
    expect(cards[2]).toContain('咨询 · YZ20261102-000007 · 2026年11月2日')
    expect(cards[2]).not.toContain('办结时限')

    const list = page.requests.filter((r) => r.path === '/api/hotline/tickets')
    expect(list).toHaveLength(1)
    expect(list[0].query).toEqual({ page: '1', pageSize: '10' })
    expect(list[0].header.Authorization).toBe('Bearer tok-yz-1024')

    await page.tap('东关街路灯不亮已一周')
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: `${TICKET_URL}?ref=YZ20261116-000045` },
    })
  })

  it('shows 10 a page; 下一页 asks the server for page 2', async () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      summary({
        ref: `YZ202611${String(27 - i).padStart(2, '0')}-0001${String(i).padStart(2, '0')}`,
        title: `诉求第${i + 1}件`,
      }),
    )
    const page = await renderPage(MINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/hotline/tickets': ticketPages(many) }),
    })
    await page.waitForText('第 1 / 2 页')
    expect(page.text()).toContain('共 12 件')
    expect(page.queryAll('.hotline-card')).toHaveLength(10)
    expect(page.text()).not.toContain('诉求第11件')
    await page.tap(button(page, '下一页'))
    // Not on 第 2 / 2 页: for one render the pager moves before page 2 has loaded.
    await page.waitForText('诉求第11件')
    expect(texts(page, '.hotline-card__title')).toEqual(['诉求第11件', '诉求第12件'])
    expect(page.text()).toContain('第 2 / 2 页')
    expect(page.requests.map((r) => r.query.page)).toEqual(['1', '2'])
  })

  it('with no tickets it says so and 我要反映 opens the form', async () => {
    const page = await renderPage(MINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/hotline/tickets': ticketPages([]) }),
    })
    await page.waitForText('您还没有提交过 12345 工单。')
    expect(page.queryAll('.hotline-card')).toEqual([])
    await page.tap(button(page, '我要反映'))
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: '/packages/hotline/pages/submit/index' },
    })
  })

  it('without network it says so with 重试, which loads the list', async () => {
    let online = false
    const page = await renderPage(MINE, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/hotline/tickets': (req) => {
          if (!online) throw new Error('net::ERR_INTERNET_DISCONNECTED')
          return ticketPages(MY_TICKETS)(req)
        },
      }),
    })
    await page.waitForText('网络连接失败，请检查网络后重试')
    expect(page.queryAll('.hotline-card')).toEqual([])
    online = true
    await page.tap(button(page, '重试'))
    await page.waitForText('共 3 件')
    expect(page.text()).not.toContain('网络连接失败')
    expect(page.requests.filter((r) => r.path === '/api/hotline/tickets')).toHaveLength(2)
  })

  it('logged out it asks nothing of the server and 登录 comes back here', async () => {
    const page = await renderPage(MINE)
    await page.waitForText('登录后查看您提交的工单。')
    await page.settle(100)
    expect(page.requests).toEqual([])
    await page.tap(button(page, '登录'))
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: '/packages/account/pages/login/index' },
    })
    expect(page.storage.get(KEYS.loginReturnTo)).toBe(JSON.stringify('/packages/hotline/pages/mine/index'))
  })
})

/** The inbox as GET /api/me/messages answers it (the server counts `unread`). */
function inbox(items: Message[]): MessagePage {
  return { items, total: items.length, unread: items.filter((m) => !m.readAt).length, page: 1, pageSize: 20 }
}

const MESSAGES_ITEMS: Message[] = [
  {
    id: '31',
    title: '工单已答复',
    body: '您的工单 YZ20261127-000123「文昌中路工地夜间打桩噪音扰民」已答复',
    ticketRef: 'YZ20261127-000123',
    createdAt: '2026-11-28T06:30:00.000Z',
    readAt: null,
  },
  {
    id: '27',
    title: '关注的工单已受理',
    body: '您关注的工单 YZ20261120-000088「个园南门共享单车乱停放」已受理',
    ticketRef: 'YZ20261120-000088',
    createdAt: '2026-11-20T01:05:00.000Z',
    readAt: '2026-11-20T02:00:00.000Z',
  },
]

describe('消息 (weapp)', () => {
  it('lists the messages newest first, the unread one marked in words, with Beijing times', async () => {
    const page = await renderPage(MESSAGES, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/me/messages': () => ok(inbox(MESSAGES_ITEMS)) }),
    })
    await page.waitForText('工单已答复')
    expect(texts(page, '.gov-card__title')).toEqual(['未读：工单已答复', '关注的工单已受理'])
    expect(texts(page, '.gov-card__meta')).toEqual([
      '您的工单 YZ20261127-000123「文昌中路工地夜间打桩噪音扰民」已答复',
      '2026年11月28日 14:30',
      '您关注的工单 YZ20261120-000088「个园南门共享单车乱停放」已受理',
      '2026年11月20日 09:05',
    ])
    expect(page.queryAll('.gov-card').map((el) => el.className.includes('gov-card--unread'))).toEqual([true, false])
    expect(page.requests[0].header.Authorization).toBe('Bearer tok-yz-1024')
  })

  it('tapping a message marks it read on the server and here, and opens its ticket', async () => {
    const page = await renderPage(MESSAGES, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/me/messages': () => ok(inbox(MESSAGES_ITEMS)),
        'POST /api/me/messages/31/read': () => ({ statusCode: 204, data: '' }),
        'POST /api/me/messages/27/read': () => ({ statusCode: 204, data: '' }),
      }),
    })
    await page.waitForText('工单已答复')
    await page.tap('工单已答复')
    await page.waitFor(() => page.lastNavigation())
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: `${TICKET_URL}?ref=YZ20261127-000123` },
    })
    const reads = page.requests.filter((r) => r.method === 'POST')
    expect(reads.map((r) => r.path)).toEqual(['/api/me/messages/31/read'])
    expect(reads[0].header.Authorization).toBe('Bearer tok-yz-1024')
    // The page stays under the ticket; back on it, the message no longer says 未读.
    await page.waitFor(() => !page.query('.gov-card--unread'), { what: 'the message to show as read' })
    expect(page.text()).not.toContain('未读')

    await page.tap('关注的工单已受理')
    expect(page.lastNavigation()).toEqual({
      api: 'navigateTo',
      options: { url: `${TICKET_URL}?ref=YZ20261120-000088` },
    })
  })

  it('with no messages it says where they will come from', async () => {
    const page = await renderPage(MESSAGES, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({ 'GET /api/me/messages': () => ok(inbox([])) }),
    })
    await page.waitForText('暂无消息。工单、报名等有进展时会在这里通知您。')
    expect(page.queryAll('.gov-card')).toEqual([])
  })

  it('a server error offers 重试, which loads the messages', async () => {
    let calls = 0
    const page = await renderPage(MESSAGES, {
      storage: stored({ [KEYS.session]: session() }),
      request: api({
        'GET /api/me/messages': () =>
          ++calls === 1
            ? { statusCode: 500, data: { code: 'INTERNAL', message: 'relation "messages" does not exist' } }
            : ok(inbox(MESSAGES_ITEMS)),
      }),
    })
    await page.waitForText('服务暂时不可用，请稍后重试')
    // Never the server's technical text.
    expect(page.text()).not.toContain('relation')
    await page.tap(button(page, '重试'))
    await page.waitForText('工单已答复')
    expect(page.text()).not.toContain('出错了')
    expect(calls).toBe(2)
  })
})
