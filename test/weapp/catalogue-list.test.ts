/**
 * 办事 and 办事指南 on the compiled mini-program: the list renders results from GET /api/items and a tap opens the
 * guide; the guide renders its start-page summary from GET /api/items/:code.
 */
import { itemSummary, NO_FACETS } from '../fixtures/catalogue'
import { api } from './harness/fixtures'
import { renderPage } from './harness/render-page'

const summary = (n: number, name: string) =>
  itemSummary({
    implCode: `200500100000-321000-${n}`,
    name,
    nameSegments: [
      { text: '住房公积金', hit: true },
      { text: name.replace('住房公积金', ''), hit: false },
    ],
    onlineUrl: 'https://www.jszwfw.gov.cn/yzzwfw/item?code=200500100000-321000-1',
  })

test('办事 lists the results of GET /api/items and a tap opens that guide', async () => {
  const page = await renderPage('pages/services/index', {
    query: { q: encodeURIComponent('公积金') },
    request: api({
      'GET /api/search/hot': () => ({ statusCode: 200, data: { terms: ['社保卡'] } }),
      'GET /api/items': () => ({
        statusCode: 200,
        data: {
          items: [summary(1, '住房公积金提取（购买自住住房）'), summary(2, '住房公积金个人贷款')],
          total: 2,
          page: 1,
          pageSize: 30,
          facets: NO_FACETS,
          suggestions: [],
        },
      }),
    }),
  })
  await page.waitForText('住房公积金提取（购买自住住房）')
  expect(page.text()).toContain('找到 2 个与“公积金”相关的事项')
  expect(page.text()).toContain('全程网办')
  const itemsRequest = page.requests.find((r) => r.path === '/api/items')
  expect(itemsRequest?.query.q).toBe('公积金')
  await page.tap('住房公积金个人贷款')
  await page.waitFor(() => page.lastNavigation())
  expect(page.lastNavigation()).toEqual({
    api: 'navigateTo',
    options: { url: '/packages/guide/pages/item/index?code=200500100000-321000-2' },
  })
})

test('the guide page shows its start-page summary from GET /api/items/:code', async () => {
  const code = '200500100000-321000-1'
  const page = await renderPage('packages/guide/pages/item/index', {
    query: { code },
    request: api({
      [`GET /api/items/${code}`]: () => ({
        statusCode: 200,
        data: {
          ...summary(1, '住房公积金提取（购买自住住房）'),
          promisedLimitDays: 0.5,
          aliases: [],
          rating: { averageScore: null, count: 0 },
          updatedAt: '2026-09-15',
          sameItemElsewhere: [],
          guide: {
            basis: [{ law: '《住房公积金管理条例》', article: '第二十四条', text: '职工有下列情形之一的，可以提取…' }],
            implementer: '扬州市住房公积金管理中心',
            acceptingUnit: '扬州市住房公积金管理中心各管理部',
            conditions: ['本人或配偶在扬州购买自住住房'],
            materials: [
              {
                id: 'm1',
                name: '购房合同',
                form: '电子证照',
                copies: 1,
                source: '不动产登记部门',
                required: true,
                commonMistakes: [],
              },
              {
                id: 'm2',
                name: '身份证',
                form: '原件',
                copies: 1,
                source: '公安机关',
                required: true,
                commonMistakes: [],
              },
              {
                id: 'm3',
                name: '银行卡',
                form: '原件',
                copies: 1,
                source: '申请人自备',
                required: true,
                commonMistakes: [],
              },
            ],
            process: [{ name: '网上申请', description: '刷脸申请', days: 0.5, countsTowardLimit: true }],
            legalLimitDays: 3,
            promisedLimitDays: 0.5,
            totalDays: 0.5,
            fee: { charged: false },
            locations: [],
            consultPhone: '0514-87363201',
            complaintPhone: '12345',
            intermediaries: [],
            delivery: [],
            faq: [],
            updatedAt: '2026-09-15',
          },
        },
      }),
    }),
  })
  await page.waitForText('办事摘要')
  // Label and value are separate nodes: compare without spaces.
  const text = page.text().replace(/\s+/g, '')
  expect(text).toContain('申请材料3份')
  expect(text).toContain('跑动次数0次，不用跑')
  expect(text).toContain('承诺时限0.5个工作日')
  expect(text).toContain('收费不收费')
  expect(text).toContain('全程网办，不见面')
  expect(text).toContain('在线办理')
  // 在线办理 on weapp: outside pages cannot open, so the link is copied and the resident is told.
  await page.tap('在线办理')
  await page.waitForText('链接已复制')
  expect(page.callsOf('setClipboardData')[0]?.options.data).toContain('jszwfw.gov.cn')
})
