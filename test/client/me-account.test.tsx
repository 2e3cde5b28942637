import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MeOverview } from '../../src/features/account/components/me-overview'
import { hotlineDraft } from '../../src/features/hotline/model/draft-store'
import { residentSession } from '../../src/lib/auth/session'
import { STORAGE_KEYS } from '../../src/lib/storage'
import MePage from '../../src/pages/me'
import { fakeApi, sessionFixture } from './helpers/fake-api'

const me = {
  ...sessionFixture().user,
  wechatBound: true,
  privacyConsentVersion: '2026-11',
  privacyConsentAt: '2026-11-20T02:00:00Z',
}

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/me' && req.method === 'GET') return { status: 200, body: me }
    if (req.url === '/api/me' && req.method === 'DELETE') return { status: 204 }
    if (req.url === '/api/auth/logout') return { status: 204 }
    if (req.url === '/api/me/export') {
      return {
        status: 200,
        body: { exportedAt: '2026-11-27T02:00:00Z', user: { id: 1, phone: '13812345678' }, sessions: [{}, {}] },
      }
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

describe('我的: a resident manages their account', () => {
  test('logged out: a 登录 button and no account actions', () => {
    server()
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    render(<MeOverview />)
    expect(screen.getByText('未登录')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /注销账号/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /我的工单/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' })
  })

  test('logged in: masked phone, 微信已绑定 and the consent status from GET /api/me', async () => {
    residentSession.set(sessionFixture())
    server()
    render(<MeOverview />)
    expect(await screen.findByText('微信已绑定')).toBeTruthy()
    expect(screen.getByText('手机号 138****5678')).toBeTruthy()
    expect(screen.getByText('已同意（2026-11 版，2026年11月20日）')).toBeTruthy()
  })

  test('logged in: 我的工单, 我的消息 and 我的收藏 open their pages', async () => {
    residentSession.set(sessionFixture())
    server()
    const navigateTo = jest.spyOn(Taro, 'navigateTo')
    // The tab page composes the rows of the hotline and inbox features into 我的办事.
    render(<MePage />)
    fireEvent.click(await screen.findByRole('button', { name: /我的工单/ }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/hotline/pages/mine/index' })
    fireEvent.click(screen.getByRole('button', { name: /我的消息/ }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/inbox/pages/list/index' })
    fireEvent.click(screen.getByRole('button', { name: /我的收藏/ }))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/guide/pages/favourites/index' })
  })

  test('a failing GET /api/me shows the error with 重试, and 重试 asks again', async () => {
    residentSession.set(sessionFixture())
    let calls = 0
    fakeApi(() => {
      calls += 1
      return calls === 1
        ? { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'db down' } }
        : { status: 200, body: me }
    })
    render(<MeOverview />)
    expect((await screen.findByRole('alert')).textContent).toContain('服务暂时不可用，请稍后重试')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '重试' }))
    })
    expect(await screen.findByText('微信已绑定')).toBeTruthy()
    expect(calls).toBe(2)
  })

  test('注销账号 asks first, then DELETE /api/me and the resident is logged out', async () => {
    residentSession.set(sessionFixture())
    const { sent } = server()
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true)
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /注销账号/ }))
    })
    expect(confirm).toHaveBeenCalled()
    await waitFor(() => expect(screen.getByText('未登录')).toBeTruthy())
    expect(sent.some((r) => r.method === 'DELETE' && r.url === '/api/me')).toBe(true)
    expect(residentSession.get()).toBeNull()
  })

  test('cancelling 注销账号 deletes nothing', async () => {
    residentSession.set(sessionFixture())
    const { sent } = server()
    jest.spyOn(window, 'confirm').mockReturnValue(false)
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /注销账号/ }))
    })
    expect(sent.some((r) => r.method === 'DELETE')).toBe(false)
    expect(residentSession.get()).not.toBeNull()
  })

  test('导出我的数据 downloads a JSON file and says what it holds', async () => {
    residentSession.set(sessionFixture())
    server()
    const createObjectURL = jest.fn(() => 'blob:export')
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /导出我的数据/ }))
    })
    expect(click).toHaveBeenCalled()
    expect((await screen.findByRole('status')).textContent).toContain('包含账号信息和 2 条登录记录')
  })

  test('退出登录 revokes the token and clears the session', async () => {
    residentSession.set(sessionFixture())
    const { sent } = server()
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /退出登录/ }))
    })
    const logout = sent.find((r) => r.url === '/api/auth/logout')
    expect(logout?.headers.Authorization).toBe('Bearer tok-resident-0001')
    expect(residentSession.get()).toBeNull()
  })

  /** A half-written 12345 draft and the last ticket's confirmation, as a resident leaves them on a shared phone. */
  function leaveHotlineData() {
    hotlineDraft.update({
      description: '文昌中路 488 号门口井盖松动，夜里有电动车差点摔倒',
      address: '文昌中路 488 号',
      contactPhone: '13912345678',
    })
    localStorage.setItem(
      STORAGE_KEYS.hotlineLastTicket,
      JSON.stringify({ ref: 'YZ20261127-0042', trackingToken: 'trk-secret-1', ticket: {} }),
    )
  }

  function expectHotlineDataGone() {
    expect(hotlineDraft.get()).toBeNull()
    expect(localStorage.getItem(STORAGE_KEYS.hotlineDraft)).toBeNull()
    expect(localStorage.getItem(STORAGE_KEYS.hotlineLastTicket)).toBeNull()
  }

  test('退出登录 removes the 12345 draft and the last ticket from this device (shared phones)', async () => {
    residentSession.set(sessionFixture())
    leaveHotlineData()
    localStorage.setItem(STORAGE_KEYS.elderMode, 'true')
    server()
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /退出登录/ }))
    })
    expectHotlineDataGone()
    // A device setting is not personal data.
    expect(localStorage.getItem(STORAGE_KEYS.elderMode)).toBe('true')
  })

  test('退出登录 forgets the draft even when the server cannot be reached', async () => {
    residentSession.set(sessionFixture())
    leaveHotlineData()
    fakeApi((req) => (req.url === '/api/me' ? { status: 200, body: me } : new Error('Network Error')))
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /退出登录/ }))
    })
    expectHotlineDataGone()
  })

  test('注销账号 removes the 12345 draft and the last ticket; a refused deletion keeps them', async () => {
    residentSession.set(sessionFixture())
    leaveHotlineData()
    jest.spyOn(window, 'confirm').mockReturnValue(true)
    let refuse = true
    fakeApi((req) => {
      if (req.method === 'GET' && req.url === '/api/me') return { status: 200, body: me }
      if (req.method === 'DELETE' && refuse) return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: '' } }
      if (req.method === 'DELETE') return { status: 204 }
      return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
    })
    render(<MeOverview />)
    await screen.findByText('微信已绑定')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /注销账号/ }))
    })
    expect(hotlineDraft.get()?.contactPhone).toBe('13912345678')
    expect(localStorage.getItem(STORAGE_KEYS.hotlineLastTicket)).not.toBeNull()

    refuse = false
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /注销账号/ }))
    })
    await waitFor(() => expect(screen.getByText('未登录')).toBeTruthy())
    expectHotlineDataGone()
  })
})
