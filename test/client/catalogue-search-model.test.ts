/**
 * The 办事 search model without a page: debounce + cancelling stale requests, the facets ⇄ URL round trip that makes a
 * shared link reopen the same view, the search history, and the virtual list's window.
 */
import { computeVirtualWindow } from '../../src/components/gov-virtual-list'
import {
  addToHistory,
  HISTORY_LIMIT,
  readSearchHistory,
  rememberSearch,
} from '../../src/features/catalogue/model/search-history'
import {
  type SearchState,
  searchFromQuery,
  searchToQuery,
  searchToQueryString,
} from '../../src/features/catalogue/model/search-query'
import { createSearchRunner } from '../../src/features/catalogue/model/search-runner'

jest.mock('@tarojs/taro', () => {
  const shim = jest.requireActual('../../test/client/shims/taro.ts')
  return { __esModule: true, ...shim, default: shim.default, usePageScroll: () => {} }
})

describe('search-as-you-type', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  test('waits 250 ms after the last keystroke and asks once, for the last text', async () => {
    const run = jest.fn((q: string) => Promise.resolve(`结果:${q}`))
    const onResult = jest.fn()
    const runner = createSearchRunner({ run, onResult, onError: jest.fn() })
    runner.schedule('公')
    jest.advanceTimersByTime(100)
    runner.schedule('公积')
    jest.advanceTimersByTime(100)
    runner.schedule('公积金')
    jest.advanceTimersByTime(249)
    expect(run).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(run).toHaveBeenCalledTimes(1)
    expect(run.mock.calls[0][0]).toBe('公积金')
    await Promise.resolve()
    await Promise.resolve()
    expect(onResult).toHaveBeenCalledWith('结果:公积金', '公积金')
  })

  test('a newer search aborts the request in flight, and its late answer is never shown', async () => {
    const pending: { q: string; signal: AbortSignal; resolve: (v: string) => void }[] = []
    const run = (q: string, signal: AbortSignal) =>
      new Promise<string>((resolve) => {
        pending.push({ q, signal, resolve })
      })
    const onResult = jest.fn()
    const runner = createSearchRunner({ run, onResult, onError: jest.fn() })
    runner.schedule('公', { immediate: true })
    runner.schedule('公积金', { immediate: true })
    expect(pending.map((p) => p.q)).toEqual(['公', '公积金'])
    expect(pending[0].signal.aborted).toBe(true)
    expect(pending[1].signal.aborted).toBe(false)
    // The slow answer to "公" arrives after the answer to "公积金".
    pending[1].resolve('公积金的结果')
    pending[0].resolve('公的结果')
    await Promise.resolve()
    await Promise.resolve()
    expect(onResult).toHaveBeenCalledTimes(1)
    expect(onResult).toHaveBeenCalledWith('公积金的结果', '公积金')
  })

  test('cancellations are not reported as errors; a real failure of the newest request is', async () => {
    const onError = jest.fn()
    let fail: (e: Error) => void = () => {}
    const runner = createSearchRunner({
      run: () => new Promise<string>((_r, reject) => (fail = reject)),
      onResult: jest.fn(),
      onError,
    })
    runner.schedule('a', { immediate: true })
    const first = fail
    runner.schedule('b', { immediate: true })
    first(new Error('canceled'))
    fail(new Error('网络错误'))
    await Promise.resolve()
    await Promise.resolve()
    expect(onError).toHaveBeenCalledTimes(1)
    expect((onError.mock.calls[0][0] as Error).message).toBe('网络错误')
  })
})

describe('facets ⇄ page URL', () => {
  const full: SearchState = {
    q: '公积金 提取',
    department: '27',
    level: 'county',
    district: '321002',
    audience: 'personal',
    online: true,
  }

  test('round trip: what the URL says is what the list shows', () => {
    const qs = searchToQueryString(full)
    expect(qs).toBe(
      `q=${encodeURIComponent('公积金 提取')}&department=27&level=county&district=321002&audience=personal&online=1`,
    )
    const params = Object.fromEntries(new URLSearchParams(qs))
    expect(searchFromQuery(params)).toEqual(full)
    // weapp hands share-path options over still encoded.
    expect(searchFromQuery({ q: encodeURIComponent('公积金'), level: 'city' })).toEqual({ q: '公积金', level: 'city' })
  })

  test('empty values stay out of the URL; a plain list has a plain URL', () => {
    expect(searchToQuery({ q: '  ' })).toEqual({})
    expect(searchToQueryString({ q: '', online: false, level: undefined })).toBe('')
  })

  test('hand-edited links with unknown values are cleaned, not sent to the API', () => {
    expect(
      searchFromQuery({
        q: 'x'.repeat(300),
        level: 'province',
        audience: 'alien',
        district: "1'; drop",
        online: 'yes',
      }),
    ).toEqual({
      q: 'x'.repeat(200),
    })
  })
})

describe('search history', () => {
  test('newest first, no duplicates, at most 10, blanks ignored', () => {
    expect(addToHistory(['社保卡', '公积金'], '公积金')).toEqual(['公积金', '社保卡'])
    expect(addToHistory(['社保卡'], '  ')).toEqual(['社保卡'])
    expect(addToHistory(['a'], ' 居住证 ')).toEqual(['居住证', 'a'])
    const many = Array.from({ length: 12 }, (_, i) => `词${i}`)
    const next = many.reduce<string[]>((h, t) => addToHistory(h, t), [])
    expect(next).toHaveLength(HISTORY_LIMIT)
    expect(next[0]).toBe('词11')
    expect(next).not.toContain('词0')
  })

  test('is kept in storage', () => {
    rememberSearch('公积金')
    rememberSearch('社保卡')
    rememberSearch('公积金')
    expect(readSearchHistory()).toEqual(['公积金', '社保卡'])
  })
})

describe('virtual window', () => {
  test('draws only the rows near the screen, whatever the list length', () => {
    const base = { viewportHeight: 812, listTop: 300, rowHeight: 116, count: 5000 }
    const top = computeVirtualWindow({ ...base, scrollTop: 0 })
    expect(top.start).toBe(0)
    expect(top.end).toBeLessThanOrEqual(24)
    const deep = computeVirtualWindow({ ...base, scrollTop: 300 + 116 * 2500 })
    expect(deep.start).toBe(2496)
    expect(deep.end - deep.start).toBeLessThanOrEqual(24)
    expect(deep.padTop).toBe(2496 * 116)
    expect(deep.padTop + (deep.end - deep.start) * 116 + deep.padBottom).toBe(5000 * 116)
    const end = computeVirtualWindow({ ...base, scrollTop: 10_000_000 })
    expect(end.end).toBe(5000)
    expect(end.start).toBeLessThanOrEqual(end.end)
  })
})
