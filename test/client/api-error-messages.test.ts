import Taro from '@tarojs/taro'
import { AxiosError } from 'axios'
import { residentSession } from '../../src/lib/auth/session'
import { http } from '../../src/lib/http/client'
import { ApiError, ERROR_TEXT, toApiError } from '../../src/lib/http/errors'
import { readStored, STORAGE_KEYS } from '../../src/lib/storage'
import { fakeApi, sessionFixture } from './helpers/fake-api'

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    return error as ApiError
  }
  throw new Error('expected the request to fail')
}

describe('a resident meets API errors as Chinese text', () => {
  const cases: [string, number, string][] = [
    ['FORBIDDEN', 403, '您没有权限进行此操作'],
    ['NOT_FOUND', 404, '没有找到相关内容，可能已被删除或下线'],
    ['RATE_LIMITED', 429, '操作太频繁，请稍后再试'],
    ['SMS_CODE_INVALID', 400, '验证码错误或已过期，请重新获取'],
    ['SMS_COOLDOWN', 429, '验证码发送太频繁，请稍后再获取'],
    ['WECHAT_LOGIN_FAILED', 502, '微信登录失败，请稍后重试'],
    ['SMS_SEND_FAILED', 502, '短信发送失败，请稍后重试'],
    ['SERVICE_UNAVAILABLE', 503, '服务暂时不可用，请稍后重试'],
    ['INTERNAL', 500, '服务暂时不可用，请稍后重试'],
  ]
  test.each(cases)('%s (%i) shows our text', async (code, status, text) => {
    fakeApi(() => ({ status, body: { code, message: 'server wording' } }))
    const error = await failureOf(http.get('/api/me', { tokenFor: 'none' }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.name).toBe('ApiError')
    expect(error.code).toBe(code)
    expect(error.message).toBe(text)
  })

  test('a 409 keeps the server’s specific Chinese message (名额已满)', async () => {
    fakeApi(() => ({ status: 409, body: { code: 'CONFLICT', message: '名额已满' } }))
    expect((await failureOf(http.post('/api/x'))).message).toBe('名额已满')
  })

  test('VALIDATION_FAILED keeps the server’s message and carries the per-field messages', async () => {
    fakeApi(() => ({
      status: 400,
      body: { code: 'VALIDATION_FAILED', message: '手机号格式不正确', fields: { phone: '请输入 11 位手机号' } },
    }))
    const error = await failureOf(http.post('/api/auth/sms/send', { phone: '1' }, { tokenFor: 'none' }))
    expect(error.message).toBe('手机号格式不正确')
    expect(error.fields).toEqual({ phone: '请输入 11 位手机号' })
  })

  test('a 5xx never shows the raw server message', async () => {
    fakeApi(() => ({ status: 500, body: { code: 'INTERNAL', message: 'relation "users" does not exist' } }))
    const error = await failureOf(http.get('/api/me'))
    expect(error.message).toBe(ERROR_TEXT.INTERNAL)
    expect(error.message).not.toMatch(/relation/)
  })

  test('a 502 with an HTML body from a proxy is generic text too', async () => {
    fakeApi(() => ({ status: 502, body: '<html>Bad Gateway</html>' }))
    expect((await failureOf(http.get('/api/me'))).message).toBe(ERROR_TEXT.INTERNAL)
  })

  test('VALIDATION_FAILED without a message gets our text', async () => {
    fakeApi(() => ({ status: 400, body: { code: 'VALIDATION_FAILED', message: '' } }))
    expect((await failureOf(http.post('/api/x'))).message).toBe(ERROR_TEXT.VALIDATION_FAILED)
  })

  test('an unknown 4xx code falls back to the server message', async () => {
    fakeApi(() => ({ status: 422, body: { code: 'OPEN_DAY_CLOSED', message: '报名已截止' } }))
    expect((await failureOf(http.get('/api/x'))).message).toBe('报名已截止')
  })

  test('no network → 网络连接失败', async () => {
    fakeApi(() => new AxiosError('Network Error', AxiosError.ERR_NETWORK))
    const error = await failureOf(http.get('/api/health'))
    expect(error.code).toBe('NETWORK')
    expect(error.message).toBe('网络连接失败，请检查网络后重试')
  })

  test('a timeout → 请求超时', async () => {
    fakeApi(() => new AxiosError('timeout of 15000ms exceeded', AxiosError.ECONNABORTED))
    expect((await failureOf(http.get('/api/health'))).message).toBe(ERROR_TEXT.TIMEOUT)
  })

  test('something that is not an axios error still becomes Chinese text', () => {
    expect(toApiError(new TypeError('x is undefined')).message).toBe(ERROR_TEXT.UNKNOWN)
  })
})

describe('an expired login sends the resident to log in and back', () => {
  test('401 clears the session and opens the login page, remembering where they were', async () => {
    residentSession.set(sessionFixture())
    // H5: the address bar carries the page and its query (Taro's H5 page objects do not keep the query).
    window.history.pushState({}, '', '/packages/hotline/pages/submit/index?from=home')
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    const { sent } = fakeApi(() => ({ status: 401, body: { code: 'UNAUTHORIZED', message: '请先登录' } }))

    const error = await failureOf(http.get('/api/me'))

    expect(sent[0].headers.Authorization).toBe('Bearer tok-resident-0001')
    expect(error.message).toBe('登录已过期，请重新登录')
    expect(residentSession.get()).toBeNull()
    expect(localStorage.getItem(STORAGE_KEYS.session)).toBeNull()
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' })
    expect(readStored(STORAGE_KEYS.loginReturnTo)).toBe('/packages/hotline/pages/submit/index?from=home')
  })

  test('a wrong code on the login request itself does not bounce to the login page', async () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    fakeApi(() => ({ status: 401, body: { code: 'UNAUTHORIZED', message: '用户名或密码错误' } }))
    await failureOf(http.post('/api/staff/login', {}, { tokenFor: 'none' }))
    expect(navigateTo).not.toHaveBeenCalled()
  })

  test('an expired stored session is not sent', async () => {
    residentSession.set(sessionFixture({ expiresAt: new Date(Date.now() - 1000).toISOString() }))
    const { sent } = fakeApi(() => ({ status: 200, body: {} }))
    await http.get('/api/privacy')
    expect(sent[0].headers.Authorization).toBeUndefined()
  })
})
