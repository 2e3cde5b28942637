/**
 * weapp photo upload (wx.uploadFile) and protected images (wx.downloadFile) go through the app's one axios instance:
 * the token from the session, the one error map (toApiError / ERROR_TEXT) and, on 401, the session cleared and the
 * login page opened — as for every other request. Before, both called WeChat directly and a 401 left the resident
 * logged in with a dead token, an image failure said 图片加载失败（401）.
 */
import Taro from '@tarojs/taro'
import { LOGIN_PAGE, STAFF_LOGIN_PAGE } from '../../src/lib/auth/login-redirect'
import { residentSession, staffSession } from '../../src/lib/auth/session'
import { ApiError, ERROR_TEXT } from '../../src/lib/http/errors'
import { uploadPhoto } from '../../src/lib/platform/photo.weapp'
import { loadProtectedImage } from '../../src/lib/platform/protected-image.weapp'
import { sessionFixture } from './helpers/fake-api'

type Callbacks = {
  url: string
  header: Record<string, string>
  success(res: Record<string, unknown>): void
  fail(err: { errMsg: string }): void
}

/** Replaces `Taro[api]` with a fake that answers every call with `answer` (a wx success result or a fail errMsg). */
function fakeWx(api: 'uploadFile' | 'downloadFile', answer: Record<string, unknown> | { errMsg: string }) {
  const calls: Omit<Callbacks, 'success' | 'fail'>[] = []
  ;(Taro as unknown as Record<string, unknown>)[api] = (options: Callbacks & Record<string, unknown>) => {
    const { success, fail, ...rest } = options
    calls.push(rest)
    setTimeout(() => ('statusCode' in answer ? success(answer) : fail(answer as { errMsg: string })), 0)
    return { abort() {} }
  }
  return calls
}

const PHOTO = { path: 'wxfile://tmp/photo.jpg', preview: 'wxfile://tmp/photo.jpg', size: 120_000 }
const STAFF = {
  token: 'tok-staff-07',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  staff: { id: 7, displayName: '李娟', role: 'clerk' as const, username: 'lijuan', department: null },
}

beforeEach(() => {
  localStorage.clear()
  residentSession.clear()
  staffSession.clear()
})

describe('uploadPhoto (weapp)', () => {
  test('sends the photo with the resident token and answers the parsed body', async () => {
    residentSession.set(sessionFixture())
    const calls = fakeWx('uploadFile', {
      statusCode: 201,
      data: '{"id":"u1","url":"/api/uploads/u1","bytes":120000,"mime":"image/jpeg"}',
    })
    await expect(uploadPhoto(PHOTO)).resolves.toEqual({
      id: 'u1',
      url: '/api/uploads/u1',
      bytes: 120000,
      mime: 'image/jpeg',
    })
    expect(calls[0]).toMatchObject({
      filePath: PHOTO.path,
      name: 'file',
      url: expect.stringMatching(/\/api\/uploads$/),
    })
    expect(calls[0].header.Authorization).toBe('Bearer tok-resident-0001')
    expect(calls[0].header['Content-Type']).toBeUndefined()
  })

  test('401 clears the session and opens login, like every other request', async () => {
    residentSession.set(sessionFixture())
    const navigate = jest.spyOn(Taro, 'navigateTo')
    fakeWx('uploadFile', { statusCode: 401, data: '{"code":"UNAUTHORIZED","message":"token expired"}' })
    const error = await uploadPhoto(PHOTO).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).message).toBe(ERROR_TEXT.UNAUTHORIZED)
    expect(residentSession.get()).toBeNull()
    expect(navigate).toHaveBeenCalledWith({ url: LOGIN_PAGE })
  })

  test('a 400 keeps the field message; a 5xx and a lost connection get the map’s text', async () => {
    fakeWx('uploadFile', {
      statusCode: 400,
      data: '{"code":"VALIDATION_FAILED","message":"照片格式不支持","fields":{"file":"只能上传 JPEG 或 PNG 照片"}}',
    })
    const invalid = (await uploadPhoto(PHOTO).catch((e: unknown) => e)) as ApiError
    expect(invalid.fields).toEqual({ file: '只能上传 JPEG 或 PNG 照片' })
    expect(invalid.message).toBe('照片格式不支持')

    fakeWx('uploadFile', { statusCode: 502, data: '<html>Bad Gateway</html>' })
    await expect(uploadPhoto(PHOTO)).rejects.toMatchObject({ code: 'INTERNAL', message: ERROR_TEXT.INTERNAL })

    fakeWx('uploadFile', { errMsg: 'uploadFile:fail timeout' })
    await expect(uploadPhoto(PHOTO)).rejects.toMatchObject({ code: 'TIMEOUT', message: ERROR_TEXT.TIMEOUT })
    fakeWx('uploadFile', { errMsg: 'uploadFile:fail errcode:-101' })
    await expect(uploadPhoto(PHOTO)).rejects.toMatchObject({ code: 'NETWORK', message: ERROR_TEXT.NETWORK })
  })
})

describe('loadProtectedImage (weapp)', () => {
  test('downloads with the viewer’s token and answers the temp path', async () => {
    staffSession.set(STAFF)
    const calls = fakeWx('downloadFile', { statusCode: 200, tempFilePath: 'wxfile://tmp/u1.jpg' })
    await expect(loadProtectedImage('/api/uploads/u1', 'staff')).resolves.toBe('wxfile://tmp/u1.jpg')
    expect(calls[0].url).toMatch(/\/api\/uploads\/u1$/)
    expect(calls[0].header.Authorization).toBe('Bearer tok-staff-07')
  })

  test('401 for staff clears the staff session and opens the staff login; 404 says so in Chinese', async () => {
    staffSession.set(STAFF)
    const navigate = jest.spyOn(Taro, 'navigateTo')
    fakeWx('downloadFile', { statusCode: 401, tempFilePath: 'wxfile://tmp/error-body' })
    await expect(loadProtectedImage('/api/uploads/u1', 'staff')).rejects.toMatchObject({ status: 401 })
    expect(staffSession.get()).toBeNull()
    expect(navigate).toHaveBeenCalledWith({ url: STAFF_LOGIN_PAGE })

    fakeWx('downloadFile', { statusCode: 404, tempFilePath: 'wxfile://tmp/error-body' })
    await expect(loadProtectedImage('/api/uploads/u2')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: ERROR_TEXT.NOT_FOUND,
    })
  })
})
