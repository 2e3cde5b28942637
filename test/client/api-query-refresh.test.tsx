import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import { useApiQuery } from '@/lib/http/use-api-query'

const shim = Taro as unknown as { __hidePage(): void; __showPage(): void }

function List({ fetcher, refreshOnShow }: { fetcher: () => Promise<string>; refreshOnShow: boolean }) {
  const q = useApiQuery(fetcher, true, '', { refreshOnShow })
  if (q.loading) return <p>加载中</p>
  if (q.error) return <p>出错了</p>
  return <p>数据：{q.data}</p>
}

async function backToPage() {
  await act(async () => {
    shim.__hidePage()
    shim.__showPage()
  })
}

test('back on the page (hide, then show), the list is fetched again quietly: the old rows stay until the new come', async () => {
  let resolveSecond: (v: string) => void = () => {}
  const fetcher = jest
    .fn<Promise<string>, []>()
    .mockResolvedValueOnce('第一版')
    .mockImplementationOnce(() => new Promise((r) => (resolveSecond = r)))
  render(<List fetcher={fetcher} refreshOnShow />)
  await screen.findByText('数据：第一版')
  await backToPage()
  expect(fetcher).toHaveBeenCalledTimes(2)
  // no skeleton while the refresh runs
  expect(screen.getByText('数据：第一版')).toBeTruthy()
  expect(screen.queryByText('加载中')).toBeNull()
  await act(async () => resolveSecond('第二版'))
  await screen.findByText('数据：第二版')
})

test('a failed quiet refresh keeps what is shown and shows no error', async () => {
  const fetcher = jest
    .fn<Promise<string>, []>()
    .mockResolvedValueOnce('第一版')
    .mockRejectedValueOnce(new Error('offline'))
  render(<List fetcher={fetcher} refreshOnShow />)
  await screen.findByText('数据：第一版')
  await backToPage()
  expect(fetcher).toHaveBeenCalledTimes(2)
  expect(screen.getByText('数据：第一版')).toBeTruthy()
  expect(screen.queryByText('出错了')).toBeNull()
})

test('a show without a hide before it (the first show) and lists without the option fetch nothing more', async () => {
  const fetcher = jest.fn<Promise<string>, []>().mockResolvedValue('第一版')
  render(<List fetcher={fetcher} refreshOnShow />)
  await screen.findByText('数据：第一版')
  await act(async () => shim.__showPage())
  expect(fetcher).toHaveBeenCalledTimes(1)

  const plain = jest.fn<Promise<string>, []>().mockResolvedValue('静态')
  render(<List fetcher={plain} refreshOnShow={false} />)
  await screen.findByText('数据：静态')
  await backToPage()
  expect(plain).toHaveBeenCalledTimes(1)
})
