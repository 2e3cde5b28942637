/**
 * The catalogue pages around the guide, in jsdom, for what the browser journeys (test/e2e/catalogue-pages.test.ts)
 * cannot make the real server do: 我的收藏 asks nothing while logged out, and a failed load offers 重试; 一件事 puts
 * steps in order even when they arrive shuffled; a server failure on the 一件事 or guide page is an error to retry,
 * while an unknown code (404) is a not-found page with a way onward and nothing to retry.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import type { ItemSummary, ThemeDetail } from '../../src/features/catalogue/api/catalogue-types'
import { FavouritesView } from '../../src/features/catalogue/components/favourites-view'
import { residentSession } from '../../src/lib/auth/session'
import { readStored, STORAGE_KEYS } from '../../src/lib/storage'
import GuideItemPage from '../../src/packages/guide/pages/item/index'
import GuideThemePage from '../../src/packages/guide/pages/theme/index'
import { itemSummary } from '../fixtures/catalogue'
import { fakeApi, sessionFixture } from './helpers/fake-api'

let mockRouterParams: Record<string, string> = {}

jest.mock('@tarojs/taro', () => {
  const shim = jest.requireActual('../../test/client/shims/taro.ts')
  return { __esModule: true, ...shim, useRouter: () => ({ params: mockRouterParams }) }
})

function item(implCode: string, name: string, overrides: Partial<ItemSummary> = {}): ItemSummary {
  return itemSummary({
    implCode,
    name,
    department: { id: 12, name: '扬州市卫生健康委员会' },
    materialCount: 2,
    ...overrides,
  })
}

const BIRTH_CERT = item('100500000001-321000-1', '出生医学证明首次签发')
const VACCINATION = item('100500000004-321003011-3', '预防接种证办理', { handlingMode: 'window', visitCount: 1 })
const HUKOU = item('100100000001-321002-2', '出生登记（新生儿落户）', {
  department: { id: 3, name: '扬州市公安局广陵分局' },
  level: 'county',
})

/** 新生儿出生一件事 with its steps deliberately out of order, as a cache or a future API might send them. */
const NEWBORN: ThemeDetail = {
  code: 'YZS-XSECS',
  name: '新生儿出生一件事',
  description: '宝宝出生后，父母一次填报、一次授权，出生医学证明、预防接种证、户口登记联动办理。',
  audience: 'personal',
  stepCount: 3,
  steps: [
    { order: 3, note: '随父或随母申报出生登记，户口簿登记页 EMS 寄送', item: HUKOU },
    { order: 1, note: '分娩医院采集信息，父母在线确认姓名后签发电子出生医学证明', item: BIRTH_CERT },
    { order: 2, note: '出生后一个月内带宝宝到居住地接种门诊建卡', item: VACCINATION },
  ],
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('我的收藏', () => {
  test('logged out: says to log in, asks the server nothing, and 去登录 comes back here', async () => {
    const api = fakeApi(() => ({ status: 500 }))
    window.history.replaceState(null, '', '/packages/guide/pages/favourites/index')
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<FavouritesView />)
    expect(screen.getByText('登录后可以查看和管理收藏的事项。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '去登录' }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' })
    expect(readStored(STORAGE_KEYS.loginReturnTo)).toBe('/packages/guide/pages/favourites/index')
    // Give a request that should not exist the time to reach the transport.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(api.sent).toEqual([])
  })

  test('a failed load says why with 重试; 重试 lists the saved items, each opening its guide', async () => {
    residentSession.set(sessionFixture())
    let calls = 0
    const api = fakeApi(() =>
      ++calls === 1
        ? { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'pool exhausted' } }
        : { status: 200, body: { items: [BIRTH_CERT, HUKOU] } },
    )
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<FavouritesView />)
    expect(screen.getByRole('status').textContent).toBe('正在加载收藏…')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务暂时不可用，请稍后重试')
    expect(alert.textContent).not.toContain('pool exhausted')
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    })
    const list = await screen.findByRole('list', { name: '收藏的事项' })
    const rows = within(list).getAllByRole('button')
    expect(rows.map((r) => r.querySelector('.cat-result__name')?.textContent)).toEqual([
      '出生医学证明首次签发',
      '出生登记（新生儿落户）',
    ])
    fireEvent.click(rows[1])
    expect(navigateTo).toHaveBeenCalledWith({
      url: '/packages/guide/pages/item/index?code=100100000001-321002-2',
    })
    expect(api.sent.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/me/favourites', 'GET /api/me/favourites'])
    expect(api.sent[1].headers.Authorization).toBe('Bearer tok-resident-0001')
  })

  test('none saved: says how to save one, and 去办事 opens the 办事 tab', async () => {
    residentSession.set(sessionFixture())
    fakeApi(() => ({ status: 200, body: { items: [] } }))
    const switchTab = jest.spyOn(Taro, 'switchTab')
    render(<FavouritesView />)
    expect(await screen.findByText('您还没有收藏事项。在办事指南页点“收藏”，常办的事就能在这里找到。')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '去办事' }))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })
})

describe('一件事', () => {
  test('steps read in their order whatever order they arrive in, and each opens its own guide', async () => {
    mockRouterParams = { code: 'YZS-XSECS' }
    const api = fakeApi(() => ({ status: 200, body: NEWBORN }))
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<GuideThemePage />)
    expect(await screen.findByRole('heading', { level: 1, name: '新生儿出生一件事' })).toBeTruthy()
    expect(api.sent[0].url).toBe('/api/themes/YZS-XSECS')
    expect(screen.getByText('共 3 个事项')).toBeTruthy()
    expect(screen.getByText('全程网办 2 个')).toBeTruthy()
    const steps = screen.getAllByRole('listitem')
    expect(steps.map((li) => li.querySelector('.cat-theme-step__head')?.textContent)).toEqual([
      '1第 1 步 · 分娩医院采集信息，父母在线确认姓名后签发电子出生医学证明',
      '2第 2 步 · 出生后一个月内带宝宝到居住地接种门诊建卡',
      '3第 3 步 · 随父或随母申报出生登记，户口簿登记页 EMS 寄送',
    ])
    fireEvent.click(within(steps[1]).getByRole('button', { name: /^预防接种证办理/ }))
    expect(navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/guide/pages/item/index?code=100500000004-321003011-3',
    })
  })

  test('a server failure is an error with 重试; an unknown code is a not-found page leading to 首页', async () => {
    mockRouterParams = { code: 'YZS-NOPE' }
    let calls = 0
    const api = fakeApi(() =>
      ++calls === 1
        ? { status: 502, body: { code: 'INTERNAL', message: 'upstream' } }
        : { status: 404, body: { code: 'NOT_FOUND', message: '没有找到这个“一件事”主题，请从主题列表重新进入' } },
    )
    const switchTab = jest.spyOn(Taro, 'switchTab')
    render(<GuideThemePage />)
    const alert = await screen.findByRole('alert')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('一件事')
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    })
    expect(await screen.findByRole('heading', { level: 1, name: '没有找到这个一件事' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '回首页' }))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(api.sent).toHaveLength(2)
  })
})

describe('办事指南 page', () => {
  test('a server failure is an error with 重试; an unknown code is a not-found page leading to 办事', async () => {
    mockRouterParams = { code: 'does-not-exist' }
    let calls = 0
    const api = fakeApi(() =>
      ++calls === 1
        ? { status: 500, body: { code: 'INTERNAL', message: 'relation "items" does not exist' } }
        : { status: 404, body: { code: 'NOT_FOUND', message: '没有找到这个事项' } },
    )
    const switchTab = jest.spyOn(Taro, 'switchTab')
    render(<GuideItemPage />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toContain('relation')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('办事指南')
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: '重试' }))
    })
    expect(await screen.findByRole('heading', { level: 1, name: '没有找到这个事项' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '去办事列表查找' }))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
    expect(api.sent.map((r) => r.url)).toEqual(['/api/items/does-not-exist', '/api/items/does-not-exist'])
  })
})
