/**
 * The 办事 tab against a fake API, for what residents actually do: type pinyin through an input method, land on zero
 * results because of a filter, find an item by its 俗称, and confirm a search (only confirmed searches feed 热门搜索).
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { ServicesSearch } from '../../src/features/catalogue/components/services-search'
import { http } from '../../src/lib/http/client'
import { itemSummary, NO_FACETS } from '../fixtures/catalogue'

jest.mock('@tarojs/taro', () => jest.requireActual('../../test/client/shims/taro-list-page.ts'))

const answer = (overrides: Record<string, unknown> = {}) => ({
  items: [itemSummary()],
  total: 1,
  page: 1,
  pageSize: 30,
  facets: NO_FACETS,
  suggestions: [],
  ...overrides,
})

/** The app's axios instance answered by `items` for GET /api/items; every request is recorded. */
function api(items: (url: URL) => unknown = () => answer()) {
  const searches: URL[] = []
  const commits: string[] = []
  http.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    const url = new URL(axios.getUri(config), 'http://x')
    let data: unknown
    if (url.pathname === '/api/search/hot') data = { terms: [] }
    else if (url.pathname === '/api/items') {
      searches.push(url)
      data = items(url)
    } else if (url.pathname === '/api/search/commits' && config.method === 'post') {
      commits.push(JSON.parse(config.data as string).q)
      return { data: null, status: 204, statusText: '204', headers: {}, config }
    }
    if (data === undefined) {
      const response = { data: { code: 'NOT_FOUND', message: '' }, status: 404, statusText: '404', headers: {}, config }
      throw new AxiosError('404', 'ERR_BAD_REQUEST', config, {}, response)
    }
    return { data, status: 200, statusText: '200', headers: {}, config }
  }
  return { searches, commits, queries: () => searches.map((u) => u.searchParams.get('q') ?? '') }
}

const pause = (ms: number) => act(async () => new Promise((r) => setTimeout(r, ms)))

test('a lone Latin letter is pinyin in progress: not searched, no zero-result page; two letters are', async () => {
  const fake = api((url) => (url.searchParams.get('q') === 'g' ? answer({ items: [], total: 0 }) : answer()))
  render(<ServicesSearch initial={{ q: '' }} />)
  await screen.findByText('共 1 个事项，按办理量排序')
  const box = screen.getByLabelText('搜索办事事项')
  fireEvent.change(box, { target: { value: 'g' } })
  await pause(400)
  expect(fake.queries()).not.toContain('g')
  expect(screen.queryByRole('heading', { name: /没有找到/ })).toBeNull()
  fireEvent.change(box, { target: { value: 'gj' } })
  await waitFor(() => expect(fake.queries()).toContain('gj'))
})

test('while an input method composes, letters are not searched; the composed text is, once', async () => {
  const fake = api()
  render(<ServicesSearch initial={{ q: '' }} />)
  await screen.findByText('共 1 个事项，按办理量排序')
  const box = screen.getByLabelText('搜索办事事项') as HTMLInputElement
  fireEvent.compositionStart(box)
  for (const typed of ['g', 'go', 'gon', 'gong', "gong'ji", "gong'ji'jin"]) {
    fireEvent.change(box, { target: { value: typed } })
    expect(box.value).toBe(typed)
  }
  await pause(400)
  expect(fake.searches).toHaveLength(1) // the first list only
  box.value = '公积金'
  fireEvent.compositionEnd(box)
  // some browsers send one more input event with the same text after compositionend
  fireEvent.change(box, { target: { value: '公积金' } })
  await screen.findByText('找到 1 个与“公积金”相关的事项')
  await pause(400)
  expect(fake.queries()).toEqual(['', '公积金'])
})

test('zero results under a filter say which filter emptied the list, and removing it searches without it', async () => {
  const fake = api((url) =>
    url.searchParams.get('district')
      ? answer({
          items: [],
          total: 0,
          relaxed: [{ filter: 'district', label: '宝应县', total: 12 }],
        })
      : answer({ total: 12 }),
  )
  render(<ServicesSearch initial={{ q: '公积金', district: '321023' }} />)
  const relax = await screen.findByRole('button', { name: '去掉“宝应县”后有 12 项' })
  fireEvent.click(relax)
  await screen.findByText('找到 12 个与“公积金”相关的事项')
  const last = fake.searches[fake.searches.length - 1]!
  expect(last.searchParams.get('district')).toBeNull()
  expect(last.searchParams.get('q')).toBe('公积金')
})

test('a result found by its 俗称 says so: 俗称：良民证', async () => {
  api(() => answer({ items: [itemSummary({ name: '无犯罪记录证明开具', matchedAlias: '良民证' })] }))
  render(<ServicesSearch initial={{ q: '良民证' }} />)
  const row = await screen.findByText(/俗称：良民证/)
  expect(row.textContent).toContain('扬州市住房公积金管理中心')
})

test('only confirmed searches are reported for 热门搜索: Enter and opening a result, once; typing never', async () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue(undefined as never)
  const fake = api()
  render(<ServicesSearch initial={{ q: '' }} />)
  await screen.findByText('共 1 个事项，按办理量排序')
  const box = screen.getByLabelText('搜索办事事项')
  for (const typed of ['公', '公积', '公积金', '公积金提']) fireEvent.change(box, { target: { value: typed } })
  await screen.findByText('找到 1 个与“公积金提”相关的事项')
  expect(fake.commits).toEqual([])
  // opening a result confirms the search that found it
  fireEvent.click(screen.getByText('住房公积金提取（购买自住住房）'))
  await waitFor(() => expect(fake.commits).toEqual(['公积金提']))
  expect(navigate).toHaveBeenCalled()
  // Enter on a new text confirms it; opening a result of it again adds nothing
  fireEvent.change(box, { target: { value: '社保卡' } })
  fireEvent.submit(box.closest('form')!)
  await screen.findByText('找到 1 个与“社保卡”相关的事项')
  fireEvent.click(screen.getByText('住房公积金提取（购买自住住房）'))
  await pause(50)
  expect(fake.commits).toEqual(['公积金提', '社保卡'])
})
