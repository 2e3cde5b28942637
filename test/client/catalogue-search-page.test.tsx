/**
 * The 办事 tab in jsdom against a fake API: results with highlighted names (segments, never HTML), the count, and a
 * zero-result search that says so, offers near queries and carries the query to the 12345 咨询 form.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { ServicesSearch } from '../../src/features/catalogue/components/services-search'
import { http } from '../../src/lib/http/client'
import { itemSummary, NO_FACETS } from '../fixtures/catalogue'

jest.mock('@tarojs/taro', () => jest.requireActual('../../test/client/shims/taro-list-page.ts'))

const item = (n: number, segments = [{ text: `事项${n}`, hit: false }]) =>
  itemSummary({
    implCode: `200500100000-321000-${n}`,
    name: segments.map((s) => s.text).join(''),
    nameSegments: segments,
  })

/** The app's axios instance answered by `answer` (with the query string, which the shared fake API leaves out). */
function api(answer: (url: URL) => unknown) {
  const sent: { url: string }[] = []
  http.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    const full = axios.getUri(config)
    sent.push({ url: full })
    const url = new URL(full, 'http://x')
    const data =
      url.pathname === '/api/search/hot'
        ? { terms: ['社保卡', '公积金'] }
        : url.pathname === '/api/items'
          ? answer(url)
          : undefined
    if (data === undefined) {
      const response = { data: { code: 'NOT_FOUND', message: '' }, status: 404, statusText: '404', headers: {}, config }
      throw new AxiosError('404', 'ERR_BAD_REQUEST', config, {}, response)
    }
    return { data, status: 200, statusText: '200', headers: {}, config }
  }
  return { sent }
}

describe('办事 search results', () => {
  test('shows the count and highlights the matched part of each name from segments, never parsing HTML', async () => {
    const sent = api(() => ({
      items: [
        item(1, [
          { text: '住房公积金', hit: true },
          { text: '提取（购买自住住房）', hit: false },
        ]),
        item(2, [{ text: '<img src=x onerror=alert(1)>公积金', hit: true }]),
      ],
      total: 2,
      page: 1,
      pageSize: 30,
      facets: NO_FACETS,
      suggestions: [],
    }))
    render(<ServicesSearch initial={{ q: '公积金' }} />)
    await screen.findByText('找到 2 个与“公积金”相关的事项')
    const hits = document.querySelectorAll('.gov-highlight')
    expect([...hits].map((h) => h.textContent)).toEqual(['住房公积金', '<img src=x onerror=alert(1)>公积金'])
    expect(hits[0].parentElement?.textContent).toBe('住房公积金提取（购买自住住房）')
    expect(document.querySelector('img')).toBeNull()
    expect(sent.sent.some((r) => r.url.includes(`q=${encodeURIComponent('公积金')}`))).toBe(true)
  })

  test('zero results: says so plainly, offers near queries, and 问问 12345 carries the query', async () => {
    api((url) =>
      url.searchParams.get('q') === '公基金'
        ? { items: [], total: 0, page: 1, pageSize: 30, facets: NO_FACETS, suggestions: ['公积金', '住房公积金'] }
        : { items: [item(1)], total: 1, page: 1, pageSize: 30, facets: NO_FACETS, suggestions: [] },
    )
    const navigate = jest.spyOn(Taro, 'navigateTo')
    render(<ServicesSearch initial={{ q: '公基金' }} />)
    await screen.findByRole('heading', { name: '没有找到与“公基金”相关的事项' })
    expect(screen.getByRole('button', { name: '住房公积金' })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '问问 12345' }))
    expect(navigate).toHaveBeenCalledWith({
      url: `/packages/hotline/pages/submit/index?type=${encodeURIComponent('咨询')}&q=${encodeURIComponent('公基金')}`,
    })

    // A suggestion is a new search, at once.
    fireEvent.click(screen.getByRole('button', { name: '公积金' }))
    await screen.findByText('找到 1 个与“公积金”相关的事项')
  })

  test('typing searches after the pause, and the URL follows the search', async () => {
    const sent = api((url) => ({
      items: [item(1)],
      total: 1,
      page: 1,
      pageSize: 30,
      facets: NO_FACETS,
      suggestions: [],
      _q: url.searchParams.get('q'),
    }))
    render(<ServicesSearch initial={{ q: '', level: 'city' }} />)
    await screen.findByText('共 1 个事项，按办理量排序')
    const box = screen.getByLabelText('搜索办事事项')
    fireEvent.change(box, { target: { value: '社' } })
    fireEvent.change(box, { target: { value: '社保卡' } })
    await waitFor(() => expect(window.location.search).toContain(`q=${encodeURIComponent('社保卡')}`))
    expect(window.location.search).toContain('level=city')
    await screen.findByText('找到 1 个与“社保卡”相关的事项')
    await act(async () => new Promise((r) => setTimeout(r, 300)))
    const asked = sent.sent.filter((r) => r.url.includes('/api/items')).length
    // The first list, then one request for the typed text — not one per keystroke.
    expect(asked).toBe(2)
  })
})
