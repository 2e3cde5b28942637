/**
 * Run by bench/weapp-list.mjs (jest, weapp project config): the 办事 list of the compiled mini-program against a
 * stubbed API with 5,000 results served in pages, scrolled through several pages. Writes what it measured to
 * $WEAPP_LIST_OUT: the most nodes rendered at once and the largest setData payload.
 */
import fs from 'node:fs'
import { itemSummary, NO_FACETS } from '../test/fixtures/catalogue'
import { renderPage } from '../test/weapp/harness/render-page'

const TOTAL = 5000
const names = [
  '住房公积金提取（购买自住住房）',
  '居民身份证换领',
  '社会保障卡补换',
  '城乡居民基本医疗保险参保登记',
  '不动产登记资料查询',
]

function item(i: number) {
  const name = `${names[i % names.length]}（${i + 1}）`
  return itemSummary({
    implCode: `bench-${i}`,
    baseCode: `${200500100000 + i}`,
    name,
    nameSegments: [
      { text: name.slice(0, 2), hit: true },
      { text: name.slice(2), hit: false },
    ],
    handlingMode: i % 3 === 0 ? 'window' : 'online',
    visitCount: i % 3 === 0 ? 1 : 0,
    promisedLimitDays: i % 7,
  })
}

test('办事 list, 5,000 results', async () => {
  const payloads: number[] = []
  const nodeCounts: number[] = []
  const page = await renderPage('pages/services/index', {
    request: (req) => {
      if (req.path === '/api/search/hot') return { statusCode: 200, data: { terms: [] } }
      const p = Number(req.query.page ?? 1)
      const size = Number(req.query.pageSize ?? 30)
      const items = Array.from({ length: Math.max(0, Math.min(size, TOTAL - (p - 1) * size)) }, (_, k) =>
        item((p - 1) * size + k),
      )
      return {
        statusCode: 200,
        data: { items, total: TOTAL, page: p, pageSize: size, facets: NO_FACETS, suggestions: [] },
      }
    },
  })
  const inst = page.root.instance as unknown as {
    setData: (d: Record<string, unknown>, cb?: () => void) => void
    onPageScroll?: (e: { scrollTop: number }) => void
  }
  const original = inst.setData.bind(inst)
  inst.setData = (data, cb) => {
    payloads.push(Buffer.byteLength(JSON.stringify(data)))
    original(data, cb)
  }
  await page.waitForText('共 5000 个事项')
  const count = () => page.root.dom.querySelectorAll('*').length
  nodeCounts.push(count())
  const rowPx = (232 * 375) / 750
  let requestsBefore = page.requests.length
  let scrolled = 0
  // Scroll through 10 pages' worth (300 rows), a screen at a time.
  for (let y = 0; y <= rowPx * 300; y += 700) {
    inst.onPageScroll?.({ scrollTop: y })
    await page.settle(30)
    nodeCounts.push(count())
    scrolled = y
  }
  await page.settle(200)
  const pagesLoaded = page.requests.filter((r) => r.path === '/api/items').length
  requestsBefore = pagesLoaded
  const result = {
    total: TOTAL,
    scrolledPx: scrolled,
    pagesLoaded: requestsBefore,
    maxNodes: Math.max(...nodeCounts),
    maxSetDataBytes: Math.max(...payloads),
    setDataCalls: payloads.length,
    hasOnPageScroll: typeof inst.onPageScroll === 'function',
  }
  if (process.env.WEAPP_LIST_OUT) fs.writeFileSync(process.env.WEAPP_LIST_OUT, JSON.stringify(result))
  console.log(JSON.stringify(result))
  expect(result.hasOnPageScroll).toBe(true)
})
