/**
 * 12345 on the compiled mini-program: the form renders from a saved draft, refuses bad input with the error next to
 * the field, and 确认提交 asks for the subscribe message from the tap — with the template id the server announced at
 * GET /api/hotline/notify-options, or not at all when it announced none — and then POSTs through wx.request with the
 * draft's Idempotency-Key; the public tracking page draws the status timeline of a stubbed ticket.
 */
import { api, DIVISIONS, hotlineDraft, KEYS, session, stored } from './harness/fixtures'
import { renderPage } from './harness/render-page'
import type { StubResponse } from './harness/wx-stubs'

const SUBMIT = 'packages/hotline/pages/submit/index'
const TRACK = 'packages/hotline/pages/track/index'
const DRAFT_KEY = KEYS.hotlineDraft
const IDEMPOTENCY_KEY = '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b'
/** The 工单进度提醒 template as the server's WECHAT_SUBSCRIBE_TEMPLATE_ID would announce it. */
const TEMPLATE_ID = 'Yz8pK3mQ-ticket-status-2026'

const CATEGORY = {
  serviceCode: 'URBAN_CONSTRUCTION_NOISE',
  name: '建筑施工噪音',
  group: '城市管理',
  deadlineDays: 5,
  consultDays: 2,
  locationRequired: true,
  attributes: [
    {
      code: 'NOISE_TIME',
      datatype: 'singlevaluelist',
      required: true,
      description: '噪音发生时段',
      datatypeDescription: null,
      order: 1,
      values: [
        { key: 'DAY', name: '白天（6:00-22:00）' },
        { key: 'NIGHT', name: '夜间（22:00-6:00）' },
      ],
    },
  ],
}

function draft(overrides: Record<string, unknown> = {}) {
  return hotlineDraft({ idempotencyKey: IDEMPOTENCY_KEY, category: CATEGORY, ...overrides })
}

const TICKET = {
  ref: 'YZ20261127-000123',
  trackingToken: 'trk-5f2c9a',
  type: '投诉',
  status: 'assigned',
  statusLabel: '已转办',
  category: { serviceCode: 'URBAN_CONSTRUCTION_NOISE', name: '建筑施工噪音', group: '城市管理' },
  title: '文昌中路工地夜间打桩噪音扰民',
  district: '广陵区',
  town: '东关街道',
  createdAt: '2026-11-27T02:00:00.000Z',
  acceptDeadline: '2026-11-30T10:00:00.000Z',
  dueAt: '2099-12-04T10:00:00.000Z',
  overdue: false,
  department: { id: 15, name: '扬州市住房和城乡建设局' },
  timeline: [
    { at: '2026-11-27T02:00:00.000Z', status: 'submitted', label: '已提交', by: 'resident' },
    { at: '2026-11-27T03:00:00.000Z', status: 'accepted', label: '已受理', by: 'staff' },
    {
      at: '2026-11-27T04:00:00.000Z',
      status: 'assigned',
      label: '已转办',
      note: '转扬州市住房和城乡建设局',
      by: 'staff',
    },
  ],
  replies: [],
  followers: 2,
  mergedInto: null,
}

describe('12345 submit (weapp)', () => {
  it('renders the saved form and shows errors next to the fields, keeping what was typed', async () => {
    const page = await renderPage(SUBMIT, {
      storage: stored({
        [KEYS.session]: session(),
        [DRAFT_KEY]: draft({ title: '噪音', useAccountPhone: false, contactPhone: '1380' }),
      }),
      request: api({ 'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }) }),
    })
    await page.waitForText('填写诉求内容')
    expect(page.text()).toContain('具体描述')
    expect(page.text()).toContain('噪音发生时段')
    expect(page.text()).toContain('已输入 0 / 1000 字')
    await page.tap('下一步')
    await page.waitForText('标题至少 5 个字')
    const fieldErrors = page.queryAll('.gov-field__error').map((el) => el.textContent)
    expect(fieldErrors).toEqual(
      expect.arrayContaining([
        '请描述您反映的问题',
        '请选择所在区县',
        '请填写 11 位手机号，以 13–19 开头',
        '请填写“噪音发生时段”',
      ]),
    )
    // The error sits inside the field it belongs to.
    const titleField = page.query('.gov-field--invalid')
    expect(titleField?.textContent).toContain('标题')
    expect(titleField?.textContent).toContain('标题至少 5 个字')
    const saved = JSON.parse(String(page.storage.get(DRAFT_KEY)))
    expect(saved.title).toBe('噪音')
    expect(saved.contactPhone).toBe('1380')
    expect(page.requests.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('确认提交 asks for the subscribe message with the server’s template, then POSTs with the draft’s Idempotency-Key and opens the confirmation', async () => {
    const complete = draft({
      step: 'check',
      title: '文昌中路工地夜间打桩噪音扰民',
      description: '连续一周每天夜里十一点以后还在打桩，噪音很大，无法休息。',
      districtCode: '321002',
      townCode: '321002001',
      address: '文昌中路 318 号',
      attributes: { NOISE_TIME: 'NIGHT' },
      useAccountPhone: false,
      contactPhone: '13812345678',
      privacyConsent: true,
    })
    const page = await renderPage(SUBMIT, {
      storage: stored({ [KEYS.session]: session(), [DRAFT_KEY]: complete }),
      request: api({
        'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }),
        'GET /api/hotline/notify-options': () => ({
          statusCode: 200,
          data: { wechatSubscribeTemplateIds: [TEMPLATE_ID] },
        }),
        'POST /api/hotline/tickets': () => ({
          statusCode: 201,
          data: { ...TICKET, status: 'submitted', statusLabel: '已提交' },
        }),
      }),
    })
    await page.waitForText('核对您的信息')
    expect(page.text()).toContain('文昌中路工地夜间打桩噪音扰民')
    expect(page.text()).toContain('夜间（22:00-6:00）')
    await page.tap('确认提交')
    await page.waitFor(() => page.lastNavigation())

    // Exactly the template the server sends with, asked from the tap (the ids were loaded when the page opened).
    expect(page.callsOf('requestSubscribeMessage')).toEqual([
      { api: 'requestSubscribeMessage', options: { tmplIds: [TEMPLATE_ID] } },
    ])
    const paths = page.requests.map((r) => `${r.method} ${r.path}`)
    expect(paths.indexOf('GET /api/hotline/notify-options')).toBeGreaterThanOrEqual(0)
    expect(paths.indexOf('GET /api/hotline/notify-options')).toBeLessThan(paths.indexOf('POST /api/hotline/tickets'))
    const posts = page.requests.filter((r) => r.method === 'POST' && r.path === '/api/hotline/tickets')
    expect(posts).toHaveLength(1)
    expect(posts[0].header['Idempotency-Key']).toBe(IDEMPOTENCY_KEY)
    expect(posts[0].header.Authorization).toBe('Bearer tok-yz-1024')
    expect(posts[0].body).toMatchObject({
      type: '投诉',
      serviceCode: 'URBAN_CONSTRUCTION_NOISE',
      districtCode: '321002',
      townCode: '321002001',
      contactPhone: '13812345678',
      privacyConsent: true,
      attributes: { NOISE_TIME: 'NIGHT' },
      // The grant the resident gave, so the server may send one message with it.
      subscribeTemplateIds: [TEMPLATE_ID],
    })
    expect(page.lastNavigation()).toEqual({
      api: 'redirectTo',
      options: { url: '/packages/hotline/pages/done/index?ref=YZ20261127-000123' },
    })
    // Cleared only now that the server has confirmed.
    expect(page.storage.has(DRAFT_KEY)).toBe(false)
  })
})

describe('12345 WeChat reminders not given (weapp)', () => {
  const complete = () =>
    draft({
      step: 'check',
      title: '文昌中路工地夜间打桩噪音扰民',
      description: '连续一周每天夜里十一点以后还在打桩，噪音很大，无法休息。',
      districtCode: '321002',
      townCode: '321002001',
      address: '文昌中路 318 号',
      attributes: { NOISE_TIME: 'NIGHT' },
      privacyConsent: true,
    })

  /**
   * Opens the check step with `options` as the notify-options answer, taps 确认提交 and reads the note under it while
   * the POST is held (once the ticket is in, the draft and the note are gone), then lets the POST finish.
   */
  async function submitReading(note: string, options: StubResponse, subscribeAnswer?: 'accept' | 'reject') {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const routes = api({
      'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }),
      'GET /api/hotline/notify-options': () => options,
      'POST /api/hotline/tickets': () => ({
        statusCode: 201,
        data: { ...TICKET, status: 'submitted', statusLabel: '已提交' },
      }),
    })
    const page = await renderPage(SUBMIT, {
      storage: stored({ [KEYS.session]: session(), [DRAFT_KEY]: complete() }),
      subscribeAnswer,
      request: async (req) => {
        if (req.method === 'POST') await held
        return routes(req)
      },
    })
    await page.waitForText('核对您的信息')
    await page.tap('确认提交')
    await page.waitForText(note)
    release()
    await page.waitFor(() => page.lastNavigation())
    const posts = page.requests.filter((r) => r.method === 'POST' && r.path === '/api/hotline/tickets')
    expect(posts).toHaveLength(1)
    // No grant, so nothing for the server to send a WeChat message with.
    expect(posts[0].body).not.toHaveProperty('subscribeTemplateIds')
    return page
  }

  it.each([
    {
      when: 'the server announces no template',
      options: { statusCode: 200, data: { wechatSubscribeTemplateIds: [] } },
      note: '微信提醒暂未开通，可在“我的工单”和消息中心查看进度',
    },
    {
      when: 'the options could not be loaded',
      options: { statusCode: 503, data: { code: 'UNAVAILABLE', message: '服务暂不可用' } },
      note: '暂时无法开启微信提醒，可在“我的工单”和消息中心查看进度',
    },
  ])('when $when, 确认提交 asks WeChat nothing, says so, and still submits', async ({ options, note }) => {
    const page = await submitReading(note, options)
    expect(page.callsOf('requestSubscribeMessage')).toEqual([])
  })

  it('a resident who refuses the reminder is told where to follow progress, and the ticket is still submitted', async () => {
    const page = await submitReading(
      '您未开启微信提醒，可在“我的工单”和消息中心查看进度',
      { statusCode: 200, data: { wechatSubscribeTemplateIds: [TEMPLATE_ID] } },
      'reject',
    )
    expect(page.callsOf('requestSubscribeMessage')).toEqual([
      { api: 'requestSubscribeMessage', options: { tmplIds: [TEMPLATE_ID] } },
    ])
  })
})

describe('12345 contact phone (weapp)', () => {
  it('uses the account phone by default: the check page shows it masked and the POST carries no number', async () => {
    const complete = draft({
      step: 'check',
      title: '文昌中路工地夜间打桩噪音扰民',
      description: '连续一周每天夜里十一点以后还在打桩，噪音很大，无法休息。',
      districtCode: '321002',
      townCode: '321002001',
      address: '文昌中路 318 号',
      attributes: { NOISE_TIME: 'NIGHT' },
      privacyConsent: true,
    })
    const page = await renderPage(SUBMIT, {
      storage: stored({ [KEYS.session]: session(), [DRAFT_KEY]: complete }),
      request: api({
        'GET /api/divisions': () => ({ statusCode: 200, data: DIVISIONS }),
        'POST /api/hotline/tickets': () => ({
          statusCode: 201,
          data: { ...TICKET, status: 'submitted', statusLabel: '已提交' },
        }),
      }),
    })
    await page.waitForText('核对您的信息')
    expect(page.text()).toContain('（账号手机号）')
    await page.tap('确认提交')
    await page.waitFor(() => page.lastNavigation())
    const posts = page.requests.filter((r) => r.method === 'POST' && r.path === '/api/hotline/tickets')
    expect(posts).toHaveLength(1)
    expect(posts[0].body).toMatchObject({ useAccountPhone: true })
    expect(posts[0].body).not.toHaveProperty('contactPhone')
  })
})

describe('12345 tracking (weapp)', () => {
  it('draws the status timeline, the department and the countdown from the public view', async () => {
    const page = await renderPage(TRACK, {
      query: { ref: 'YZ20261127-000123', t: 'trk-5f2c9a' },
      request: api({
        'GET /api/hotline/track/YZ20261127-000123': (req) =>
          req.query.t === 'trk-5f2c9a'
            ? { statusCode: 200, data: TICKET }
            : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } },
      }),
    })
    await page.waitForText('办理进度')
    const steps = page.queryAll('.gov-timeline__item').map((el) => el.textContent?.replace(/\s+/g, ''))
    expect(steps).toHaveLength(5)
    expect(steps[0]).toContain('已提交')
    expect(steps[2]).toContain('转扬州市住房和城乡建设局')
    expect(page.query('.gov-timeline__item--current')?.textContent).toContain('已转办')
    expect(page.queryAll('.gov-timeline__item--todo').map((el) => el.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('已答复'), expect.stringContaining('已办结')]),
    )
    expect(page.text()).toContain('扬州市住房和城乡建设局')
    expect(page.text()).toMatch(/办结时限：2099年12月4日前（剩余 \d+ 天）/)
    // The public view asks without a token of anyone.
    expect(page.requests[0].header.Authorization).toBeUndefined()
  })
})
