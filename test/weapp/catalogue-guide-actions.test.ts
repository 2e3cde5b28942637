/**
 * 办事指南 and 办事 on the compiled mini-program, what a resident does with them: dial the 咨询电话 when the guide
 * gives it with words around the number, and share the guide or the search through WeChat's own share sheet, whose
 * card (the page's onShareAppMessage) reopens the same guide / the same filtered list.
 */
import type { ItemDetail } from '../../src/features/catalogue/api/catalogue-types'
import { itemSummary, NO_FACETS } from '../fixtures/catalogue'
import { api } from './harness/fixtures'
import { type RenderedPage, renderPage } from './harness/render-page'

const CODE = '000173009000-321000-1'
const GUIDE_PAGE = 'packages/guide/pages/item/index'

/** GET /api/items/:code of a 不动产登记 item whose 咨询电话 is "0514-12345（转市不动产登记中心）", as the seed gives it. */
function detail(): ItemDetail {
  return {
    ...itemSummary({ implCode: CODE, name: '不动产抵押权首次登记', handlingMode: 'online' }),
    aliases: [],
    rating: { averageScore: null, count: 0 },
    updatedAt: '2026-09-15',
    sameItemElsewhere: [],
    implementations: [],
    guide: {
      basis: [{ law: '《不动产登记暂行条例》', article: '第十四条', text: '因买卖、设定抵押权等申请不动产登记的…' }],
      implementer: '扬州市自然资源和规划局',
      acceptingUnit: '扬州市不动产登记中心',
      conditions: ['抵押合同已签订'],
      materials: [],
      process: [{ name: '网上申请', description: '银行代为申请', days: 1, countsTowardLimit: true }],
      legalLimitDays: 5,
      promisedLimitDays: 1,
      totalDays: 1,
      fee: { charged: false },
      locations: [],
      consultPhone: '0514-12345（转市不动产登记中心）',
      complaintPhone: '12345',
      intermediaries: [],
      delivery: [],
      faq: [],
      updatedAt: '2026-09-15',
    },
  }
}

/** What WeChat gets from the page's `onShareAppMessage` when the resident shares it (the card's title and path). */
function shareCard(page: RenderedPage): unknown {
  const onShare = page.root.instance.onShareAppMessage as ((opts: { from: string }) => unknown) | undefined
  if (!onShare) throw new Error(`${page.route} has no onShareAppMessage (page config enableShareAppMessage)`)
  return onShare.call(page.root.instance, { from: 'button' })
}

/** The `<button>` whose whole text is `label`. */
function button(page: RenderedPage, label: string): Element {
  const found = page.queryAll('wx-button').find((el) => (el.textContent ?? '').trim() === label)
  if (!found) throw new Error(`no button ${JSON.stringify(label)} on ${page.route}: ${page.text()}`)
  return found
}

async function openGuide(): Promise<RenderedPage> {
  const page = await renderPage(GUIDE_PAGE, {
    query: { code: CODE },
    request: api({ [`GET /api/items/${CODE}`]: () => ({ statusCode: 200, data: detail() }) }),
  })
  await page.waitForText('咨询和投诉')
  return page
}

test('咨询电话 with a note dials the number only; the note is shown beside it', async () => {
  const page = await openGuide()
  expect(page.text()).toContain('咨询电话 0514-12345')
  expect(page.text()).toContain('（转市不动产登记中心）')
  await page.tap(button(page, '咨询电话 0514-12345'))
  await page.waitFor(() => page.callsOf('makePhoneCall').length)
  expect(page.callsOf('makePhoneCall')).toEqual([{ api: 'makePhoneCall', options: { phoneNumber: '0514-12345' } }])
})

test('分享 on the guide opens WeChat’s share sheet, whose card reopens this guide', async () => {
  const page = await openGuide()
  expect(page.attribute(button(page, '分享'), 'open-type')).toBe('share')
  await page.tap(button(page, '分享'))
  expect(page.callsOf('showToast')).toEqual([])
  expect(shareCard(page)).toEqual({
    title: '不动产抵押权首次登记 · 办事指南',
    path: `/packages/guide/pages/item/index?code=${CODE}`,
  })
})

test('the 办事 share card carries the query and the facets, so a friend opens the same list', async () => {
  const page = await renderPage('pages/services/index', {
    query: { q: encodeURIComponent('公积金'), level: 'city', online: '1' },
    request: api({
      'GET /api/search/hot': () => ({ statusCode: 200, data: { terms: [] } }),
      'GET /api/items': () => ({
        statusCode: 200,
        data: { items: [itemSummary()], total: 1, page: 1, pageSize: 30, facets: NO_FACETS, suggestions: [] },
      }),
    }),
  })
  await page.waitForText('找到 1 个与“公积金”相关的事项')
  expect(shareCard(page)).toEqual({
    title: '办事搜索：公积金',
    path: `/pages/services/index?q=${encodeURIComponent('公积金')}&level=city&online=1`,
  })
})
