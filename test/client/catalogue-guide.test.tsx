/**
 * 办事指南 in jsdom: the start-page summary (0.5 个工作日, 即办, 不收费, 全程网办), materials with their 示范文本 and
 * 常见错误 opening inline, and "这条指南准确吗？" keeping its draft across a reload and sending once.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ItemDetail } from '../../src/features/catalogue/api/catalogue-types'
import { GuideRating } from '../../src/features/catalogue/components/guide-rating'
import { GuideView } from '../../src/features/catalogue/components/guide-view'
import { formatFee, formatWorkingDays, summarizeGuide } from '../../src/features/catalogue/model/guide-summary'
import { residentSession } from '../../src/lib/auth/session'
import { STORAGE_KEYS } from '../../src/lib/storage'
import { itemSummary } from '../fixtures/catalogue'
import { fakeApi, sessionFixture } from './helpers/fake-api'

jest.mock('@tarojs/taro', () => {
  const shim = jest.requireActual('../../test/client/shims/taro.ts')
  return { __esModule: true, ...shim, useShareAppMessage: () => {} }
})

function guideItem(overrides: Partial<ItemDetail['guide']> = {}, item: Partial<ItemDetail> = {}): ItemDetail {
  return {
    ...itemSummary({
      summary: '在扬州买房的缴存职工申请提取。',
      promisedLimitDays: 0.5,
      materialCount: 2,
      onlineUrl: 'https://www.jszwfw.gov.cn/yzzwfw/item?code=200500100000-321000-1',
    }),
    aliases: ['公积金提取'],
    rating: { averageScore: null, count: 0 },
    updatedAt: '2026-09-15',
    sameItemElsewhere: [{ implCode: '200500100000-321002-2', level: 'county', divisionName: '广陵区' }],
    ...item,
    guide: {
      basis: [{ law: '《住房公积金管理条例》', article: '第二十四条', text: '职工有下列情形之一的，可以提取…' }],
      implementer: '扬州市住房公积金管理中心',
      acceptingUnit: '扬州市住房公积金管理中心各管理部',
      conditions: ['本人或配偶在扬州购买自住住房'],
      materials: [
        {
          id: 'm1',
          name: '购房合同或不动产权证书',
          form: '电子证照',
          copies: 1,
          source: '不动产登记部门核发',
          required: true,
          sample: '合同编号 YZ2026-0001，买受人 王秀英',
          commonMistakes: ['上传的合同缺少签字页'],
        },
        {
          id: 'm2',
          name: '结婚证',
          form: '原件',
          copies: 1,
          source: '民政部门核发',
          required: '配偶共同提取的',
          commonMistakes: [],
        },
      ],
      process: [
        { name: '网上申请', description: '在 App 刷脸申请', days: 0, countsTowardLimit: true },
        { name: '审核到账', description: '中心审核后划款', days: 0.5, countsTowardLimit: true },
      ],
      legalLimitDays: 3,
      promisedLimitDays: 0.5,
      totalDays: 0.5,
      fee: { charged: false },
      locations: [{ name: '市民中心公积金窗口', address: '扬州市文昌西路 436 号', hours: '工作日 9:00–17:00' }],
      consultPhone: '0514-87363201',
      complaintPhone: '12345',
      intermediaries: [],
      delivery: ['资金直接转入本人银行账户'],
      faq: [],
      updatedAt: '2026-09-15',
      ...overrides,
    },
  } as ItemDetail
}

describe('start-page summary', () => {
  test('working days, 即办 and fees read the way residents say them', () => {
    expect(formatWorkingDays(0.5)).toBe('0.5 个工作日')
    expect(formatWorkingDays(0)).toBe('即办')
    expect(formatWorkingDays(20)).toBe('20 个工作日')
    expect(formatWorkingDays(null)).toBe('无法定时限')
    expect(formatFee(false)).toBe('不收费')
    expect(formatFee(true)).toBe('收费')
    const facts = Object.fromEntries(summarizeGuide(guideItem()).map((f) => [f.label, f.value]))
    expect(facts).toEqual({
      申请材料: '2 份（必需 1 份）',
      跑动次数: '0 次，不用跑',
      承诺时限: '0.5 个工作日',
      收费: '不收费',
      办理方式: '全程网办，不见面',
      受理单位: '扬州市住房公积金管理中心各管理部',
    })
    const instant = Object.fromEntries(
      summarizeGuide(guideItem({ promisedLimitDays: 0 }, { handlingMode: 'window', visitCount: 2 })).map((f) => [
        f.label,
        f.value,
      ]),
    )
    expect(instant.承诺时限).toBe('即办')
    expect(instant.跑动次数).toBe('2 次')
    expect(instant.办理方式).toBe('窗口办理（跑 2 次）')
  })

  test('the guide page shows the summary first, then materials whose sample and mistakes open inline', () => {
    render(<GuideView item={guideItem()} />)
    const summary = screen.getByRole('region', { name: '办事摘要' })
    expect(within(summary).getByText('0.5 个工作日')).toBeTruthy()
    expect(within(summary).getByText('不收费')).toBeTruthy()
    expect(within(summary).getByRole('button', { name: '在线办理' })).toBeTruthy()
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.slice(0, 4)).toEqual(['办事摘要', '实施依据', '申请条件', '申请材料（2 份）'])
    expect(screen.getByText('条件：配偶共同提取的')).toBeTruthy()
    expect(screen.queryByText('合同编号 YZ2026-0001，买受人 王秀英')).toBeNull()
    const toggle = screen.getByRole('button', { name: /查看示范文本和常见错误/ })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(screen.getByText('合同编号 YZ2026-0001，买受人 王秀英')).toBeTruthy()
    expect(screen.getByText('上传的合同缺少签字页')).toBeTruthy()
    expect(screen.getByText('法定办结时限').nextSibling?.textContent).toBe('3 个工作日')
    expect(screen.getByRole('link', { name: '咨询电话 0514-87363201' }).getAttribute('href')).toBe('tel:0514-87363201')
  })
})

describe('这条指南准确吗？', () => {
  const code = '200500100000-321000-1'
  // Scores count only from signed-in residents (issue #9 item 6); the signed-out case is the last test.
  beforeEach(() => residentSession.set(sessionFixture()))
  afterEach(() => residentSession.clear())

  test('the draft survives a reload, is sent once with its Idempotency-Key, and ends on thanks', async () => {
    const api = fakeApi((req) =>
      req.url.endsWith('/ratings') ? { status: 201, body: { id: 'r1', averageScore: 4.5, count: 2 } } : { status: 404 },
    )
    const first = render(<GuideRating implCode={code} />)
    fireEvent.click(screen.getByRole('button', { name: '4 分，比较准确' }))
    fireEvent.change(screen.getByLabelText('哪里不准确？（选填）'), { target: { value: '地址写的是旧办公楼' } })
    first.unmount()

    // "Reload": a new page reads the draft back.
    render(<GuideRating implCode={code} />)
    expect((screen.getByLabelText('哪里不准确？（选填）') as HTMLTextAreaElement).value).toBe('地址写的是旧办公楼')
    expect(screen.getByRole('button', { name: '4 分，比较准确' }).getAttribute('aria-pressed')).toBe('true')

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    })
    await screen.findByText('谢谢您的评价')
    expect(api.sent).toHaveLength(1)
    expect(api.sent[0].url).toBe(`/api/items/${code}/ratings`)
    expect(api.sent[0].body).toEqual({ score: 4, comment: '地址写的是旧办公楼' })
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEYS.guideRatingDraft) ?? '{}')
    expect(stored[code]).toBeUndefined()
    expect(api.sent[0].headers['Idempotency-Key']).toMatch(/^[\w-]{8,}$/)
  })

  test('a failed send keeps the draft and the same key for the retry', async () => {
    let calls = 0
    const api = fakeApi(() =>
      ++calls === 1
        ? { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: '' } }
        : { status: 201, body: { id: 'r1', averageScore: 3, count: 1 } },
    )
    render(<GuideRating implCode={code} />)
    fireEvent.click(screen.getByRole('button', { name: '3 分，一般' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    })
    await screen.findByRole('alert')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    })
    await screen.findByText('谢谢您的评价')
    expect(api.sent[0].headers['Idempotency-Key']).toBe(api.sent[1].headers['Idempotency-Key'])
  })

  test('signed out: asked to log in to score, and can still leave a comment that does not count', async () => {
    residentSession.clear()
    const api = fakeApi((req) =>
      req.url.endsWith('/comments') ? { status: 201, body: { id: 'c1' } } : { status: 404 },
    )
    render(<GuideRating implCode={code} />)
    expect(screen.queryByRole('button', { name: '4 分，比较准确' })).toBeNull()
    expect(screen.getByRole('button', { name: '登录后打分' })).toBeTruthy()
    expect(screen.getByText(/未登录也可以留下意见，但不计入评分/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交意见' }))
    })
    expect((await screen.findByRole('alert')).textContent).toBe('请先写下您的意见')
    fireEvent.change(screen.getByLabelText('对这份指南有意见？（不计入评分）'), { target: { value: '窗口地址已搬迁' } })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交意见' }))
    })
    await screen.findByText('谢谢您的意见')
    expect(api.sent).toHaveLength(1)
    expect(api.sent[0].url).toBe(`/api/items/${code}/comments`)
    expect(api.sent[0].body).toEqual({ comment: '窗口地址已搬迁' })
  })
})
