/**
 * 办理地点 on the guide (issue #14): a resident who lives in 文峰街道 chooses it once and from then on sees it first —
 * with what that street asks beyond the guide shown — after a reload too; the list is grouped by level before that.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import type { Place } from '../../src/features/catalogue/api/catalogue-types'
import { GuidePlaces } from '../../src/features/catalogue/components/guide-places'
import { groupPlaces, placeDifferences } from '../../src/features/catalogue/model/places'

jest.mock('@tarojs/taro', () => {
  const shim = jest.requireActual('../../test/client/shims/taro.ts')
  return { __esModule: true, ...shim }
})

function place(divisionCode: string, divisionName: string, more: Partial<Place> = {}): Place {
  const level = divisionCode === '321000' ? 'city' : divisionCode.length === 9 ? 'town' : 'county'
  return {
    implCode: `100100000005-${divisionCode}-${level === 'city' ? 1 : level === 'county' ? 2 : 3}`,
    level,
    divisionCode,
    divisionName,
    countyCode: level === 'city' ? null : divisionCode.slice(0, 6),
    department: level === 'city' ? '扬州市公安局' : `${divisionName}便民服务中心`,
    handlingMode: level === 'city' ? 'online' : 'once',
    promisedLimitDays: 7,
    locations: [
      { name: `${divisionName}便民服务中心`, address: `扬州市${divisionName}便民服务中心一楼`, hours: '周一至周五' },
    ],
    consultPhone: '0514-87362365',
    extraMaterials: [],
    current: false,
    ...more,
  }
}

const PLACES: Place[] = [
  place('321000', '扬州市', { current: true }),
  place('321002002', '广陵区汶河街道'),
  place('321002003', '广陵区文峰街道', { extraMaterials: ['社区居委会出具的居住情况证明'] }),
  place('321003001', '邗江区邗上街道', { promisedLimitDays: 5 }),
]

beforeEach(() => localStorage.clear())

test('without a chosen place the list is grouped by level, city first', () => {
  expect(groupPlaces(PLACES, null).map((g) => [g.title, g.places.length])).toEqual([
    ['市级', 1],
    ['乡镇（街道）级', 3],
  ])
})

test('a chosen street comes first, then the rest of its district, then the others by level', () => {
  const groups = groupPlaces(PLACES, { divisionCode: '321002003', name: '广陵区文峰街道' })
  expect(groups.map((g) => [g.title, g.places.map((p) => p.divisionName)])).toEqual([
    ['我的街道：广陵区文峰街道', ['广陵区文峰街道']],
    ['本区县其他地点', ['广陵区汶河街道']],
    ['市级', ['扬州市']],
    ['乡镇（街道）级', ['邗江区邗上街道']],
  ])
})

test('differences from the guide shown are spelled out', () => {
  const shown = PLACES[0]
  expect(placeDifferences(PLACES[2]!, shown)).toEqual(['本街道办理需另带：社区居委会出具的居住情况证明'])
  expect(placeDifferences(PLACES[3]!, shown)).toEqual(['本街道承诺 5 个工作日办结'])
  expect(placeDifferences(PLACES[1]!, shown)).toEqual([])
})

test('choosing 文峰街道 once puts it first, and it stays first after a reload', () => {
  const first = render(<GuidePlaces places={PLACES} />)
  const titles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
  expect(titles()).toEqual(['市级', '乡镇（街道）级'])
  const wenfeng = screen.getByText(/广陵区文峰街道 · /).closest('li') as HTMLElement
  expect(within(wenfeng).getByText('本街道办理需另带：社区居委会出具的居住情况证明')).toBeTruthy()
  fireEvent.click(within(wenfeng).getByText('设为我的街道'))
  expect(titles()[0]).toBe('我的街道：广陵区文峰街道')
  first.unmount()

  render(<GuidePlaces places={PLACES} />)
  expect(titles()).toEqual(['我的街道：广陵区文峰街道', '本区县其他地点', '市级', '乡镇（街道）级'])
  const items = screen.getAllByRole('listitem')
  expect(items[0]!.getAttribute('data-place')).toBe('321002003')
})
