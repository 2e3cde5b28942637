import Taro from '@tarojs/taro'
import axios, { AxiosError, CanceledError } from 'axios'
import { ERROR_TEXT, toApiError } from '../../src/lib/http/errors'
import { requestAdapter } from '../../src/lib/http/request-adapter.weapp'

/** What our adapter handed to wx.request, and the controls of the fake request task. */
interface FakeCall {
  options: {
    url: string
    method: string
    data: unknown
    header: Record<string, string>
    timeout?: number
    dataType?: string
    success(res: { statusCode: number; data: unknown; header: Record<string, string> }): void
    fail(err: { errMsg: string }): void
  }
  abort: jest.Mock
}

function fakeWxRequest() {
  const calls: FakeCall[] = []
  ;(Taro as unknown as { request: unknown }).request = (options: FakeCall['options']) => {
    const call: FakeCall = { options, abort: jest.fn(() => options.fail({ errMsg: 'request:fail abort' })) }
    calls.push(call)
    return { abort: call.abort }
  }
  return calls
}

function client() {
  return axios.create({ baseURL: 'http://localhost:3000', timeout: 15_000, adapter: requestAdapter })
}

describe('the mini-program talks to the API through wx.request', () => {
  test('params are serialised into the URL and the JSON body is sent with its content type', async () => {
    const calls = fakeWxRequest()
    const pending = client().post('/api/items', { name: '居住证' }, { params: { q: '社保 卡', page: 2 } })
    const { options } = calls[0]
    expect(options.url).toBe('http://localhost:3000/api/items?q=%E7%A4%BE%E4%BF%9D+%E5%8D%A1&page=2')
    expect(options.method).toBe('POST')
    expect(JSON.parse(options.data as string)).toEqual({ name: '居住证' })
    expect(options.header['Content-Type']).toMatch(/application\/json/)
    expect(options.timeout).toBe(15_000)
    options.success({
      statusCode: 200,
      data: '{"ok":true,"名称":"居住证"}',
      header: { 'Content-Type': 'application/json' },
    })
    const response = await pending
    expect(response.status).toBe(200)
    expect(response.data).toEqual({ ok: true, 名称: '居住证' })
  })

  test('an error status becomes an AxiosError with the parsed response, mapped to Chinese text', async () => {
    const calls = fakeWxRequest()
    const pending = client().get('/api/me')
    calls[0].options.success({ statusCode: 429, data: '{"code":"RATE_LIMITED","message":"x"}', header: {} })
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AxiosError)
    expect((error as AxiosError).response?.status).toBe(429)
    expect((error as AxiosError).response?.data).toEqual({ code: 'RATE_LIMITED', message: 'x' })
    expect(toApiError(error).message).toBe(ERROR_TEXT.RATE_LIMITED)
  })

  test('a wx timeout becomes ECONNABORTED → 请求超时', async () => {
    const calls = fakeWxRequest()
    const pending = client().get('/api/health')
    calls[0].options.fail({ errMsg: 'request:fail timeout' })
    const error = await pending.catch((e: unknown) => e)
    expect((error as AxiosError).code).toBe(AxiosError.ECONNABORTED)
    expect(toApiError(error).message).toBe(ERROR_TEXT.TIMEOUT)
  })

  test('no connection becomes a network error → 网络连接失败', async () => {
    const calls = fakeWxRequest()
    const pending = client().get('/api/health')
    calls[0].options.fail({ errMsg: 'request:fail errcode:-101 cronet_error_code:-101' })
    const error = await pending.catch((e: unknown) => e)
    expect((error as AxiosError).code).toBe(AxiosError.ERR_NETWORK)
    expect(toApiError(error).message).toBe(ERROR_TEXT.NETWORK)
  })

  test('AbortController aborts the request task and rejects as canceled', async () => {
    const calls = fakeWxRequest()
    const controller = new AbortController()
    const pending = client().get('/api/privacy', { signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect(calls[0].abort).toHaveBeenCalledTimes(1)
    expect(error).toBeInstanceOf(CanceledError)
    expect(toApiError(error).code).toBe('CANCELED')
  })

  test('an already aborted signal never starts a request', async () => {
    const calls = fakeWxRequest()
    const controller = new AbortController()
    controller.abort()
    await expect(client().get('/api/privacy', { signal: controller.signal })).rejects.toBeInstanceOf(CanceledError)
    expect(calls).toHaveLength(0)
  })

  test('an empty 204 answer resolves', async () => {
    const calls = fakeWxRequest()
    const pending = client().delete('/api/me')
    calls[0].options.success({ statusCode: 204, data: '', header: {} })
    expect((await pending).status).toBe(204)
    expect(calls[0].options.method).toBe('DELETE')
  })
})
