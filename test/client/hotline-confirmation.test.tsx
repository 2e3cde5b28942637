/**
 * 诉求已提交: the next steps say how progress will reach the resident, as the server sends it — H5 residents get an
 * SMS and an in-app message; weapp residents get no SMS (in-app, plus the WeChat notice on the reply if allowed).
 */
import type { Ticket } from '../../types/hotline'

const TICKET = {
  ref: 'YZ20261127-000123',
  trackingToken: 'trk-5f2c9a',
  type: '投诉',
  status: 'submitted',
  statusLabel: '已提交',
  category: { serviceCode: 'URBAN_CONSTRUCTION_NOISE', name: '建筑施工噪音', group: '城市管理' },
  title: '文昌中路工地夜间打桩噪音扰民',
  createdAt: '2026-11-27T02:00:00.000Z',
  acceptDeadline: '2026-11-30T15:59:59.999Z',
  dueAt: '2026-12-04T15:59:59.999Z',
  dueWorkingDays: 5,
} as Ticket

/**
 * Renders the confirmation for the ticket just created and returns its second “接下来会怎样” line. The page and React
 * are loaded afresh, so a test can first replace the platform module (as Taro resolves subscribe.weapp.ts on weapp).
 */
function nextStepLine(): string | null {
  let text: string | null = null
  jest.isolateModules(() => {
    const { render } = require('@testing-library/react/pure')
    const { Confirmation } = require('../../src/features/hotline/components/confirmation')
    const { STORAGE_KEYS, writeStored } = require('../../src/lib/storage')
    writeStored(STORAGE_KEYS.hotlineLastTicket, {
      ref: TICKET.ref,
      trackingToken: TICKET.trackingToken,
      ticket: TICKET,
    })
    const view = render(<Confirmation ticketRef={TICKET.ref} />)
    text = view.container.querySelectorAll('.hotline-next > li')[1]?.textContent ?? null
    view.unmount()
  })
  return text
}

beforeEach(() => localStorage.clear())
afterEach(() => jest.dontMock('../../src/lib/platform/subscribe'))

test('H5: progress by in-app message and SMS', () => {
  expect(nextStepLine()).toBe('承办部门一般在 2026年12月4日 前办结（5 个工作日）。办理进度会通过站内消息和短信通知您。')
})

test('weapp: no SMS promised; the reply comes by WeChat notice when allowed', () => {
  jest.doMock('../../src/lib/platform/subscribe', () => ({ ASKS_WECHAT_SUBSCRIBE: true }))
  const text = nextStepLine()
  expect(text).toContain('办理进度会在消息中心通知您；如您开启了微信提醒，答复时还会收到微信服务通知。')
  expect(text).not.toContain('短信')
})
