import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { LoginPanel } from '../../src/features/account/components/login-panel'
import { residentSession } from '../../src/lib/auth/session'
import { STORAGE_KEYS } from '../../src/lib/storage'
import { fakeApi, type SentRequest, sessionFixture } from './helpers/fake-api'

/** The privacy notice as GET /api/privacy serves it. */
const PRIVACY = { version: '2026-11-01', title: '扬州政务服务个人信息保护说明', updatedAt: '2026-11-01', sections: [] }

function devServer(extra?: (req: SentRequest) => { status: number; body?: unknown } | undefined) {
  return fakeApi((req) => {
    const answer = extra?.(req)
    if (answer) return answer
    if (req.url === '/api/auth/providers') return { status: 200, body: { wechat: true, sms: 'dev' } }
    if (req.url === '/api/privacy') return { status: 200, body: PRIVACY }
    if (req.url === '/api/auth/sms/send') {
      return { status: 200, body: { sent: true, expiresInSeconds: 300, resendAfterSeconds: 60, devCode: '123456' } }
    }
    if (req.url === '/api/auth/sms/login') return { status: 200, body: sessionFixture() }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

const phoneInput = () => screen.getByLabelText('手机号') as HTMLInputElement
const codeInput = () => screen.getByLabelText('短信验证码') as HTMLInputElement
const type = (input: HTMLInputElement, value: string) => fireEvent.change(input, { target: { value } })

/** The error text tied to a field through aria-describedby. */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ')
  return ids
    .map((id) => document.getElementById(id))
    .filter((el) => el?.className.includes('error'))
    .map((el) => el?.textContent)
    .join('')
}

describe('H5 login with phone and SMS code', () => {
  test('empty submit shows each error next to its field', async () => {
    devServer()
    render(<LoginPanel onLoggedIn={jest.fn()} />)
    fireEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(errorOf(phoneInput())).toBe('请输入手机号')
    expect(phoneInput().getAttribute('aria-invalid')).toBe('true')
    expect(errorOf(codeInput())).toBe('请输入短信验证码')
    expect(errorOf(screen.getByRole('checkbox'))).toBe('请先阅读并同意《隐私政策》')
  })

  test('a mouse click on 登录 submits (not only touch), stores the session and returns', async () => {
    const { sent } = devServer()
    const onLoggedIn = jest.fn()
    render(<LoginPanel onLoggedIn={onLoggedIn} />)
    type(phoneInput(), '13812345678')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登录' }))
    })
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalledTimes(1))
    const login = sent.filter((r) => r.url === '/api/auth/sms/login')
    expect(login).toHaveLength(1)
    // The ticked 《隐私政策》 goes with the login as the version the server serves, so it is recorded.
    expect(login[0].body).toEqual({ phone: '13812345678', code: '123456', consentVersion: '2026-11-01' })
    expect(residentSession.get()?.token).toBe('tok-resident-0001')
    expect(localStorage.getItem(STORAGE_KEYS.loginPhoneDraft)).toBeNull()
  })

  test('Enter in the code field submits (keyboard users)', async () => {
    const { sent } = devServer()
    const onLoggedIn = jest.fn()
    render(<LoginPanel onLoggedIn={onLoggedIn} />)
    type(phoneInput(), '13812345678')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => {
      fireEvent.keyDown(codeInput(), { key: 'Enter' })
    })
    await waitFor(() => expect(onLoggedIn).toHaveBeenCalled())
    expect(sent.filter((r) => r.url === '/api/auth/sms/login')).toHaveLength(1)
  })

  test('the typed phone number survives a reload', () => {
    devServer()
    const first = render(<LoginPanel onLoggedIn={jest.fn()} />)
    type(phoneInput(), '1391234')
    first.unmount()
    render(<LoginPanel onLoggedIn={jest.fn()} />)
    expect(phoneInput().value).toBe('1391234')
  })

  test('获取验证码 shows the development code in a labelled box and counts down 60 s', async () => {
    const { sent } = devServer()
    render(<LoginPanel onLoggedIn={jest.fn()} />)
    type(phoneInput(), '13812345678')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
    })
    expect(await screen.findByText('开发环境：验证码为 123456（生产环境不会显示）')).toBeTruthy()
    expect(sent.find((r) => r.url === '/api/auth/sms/send')?.body).toEqual({ phone: '13812345678' })
    const resend = screen.getByRole('button', { name: '60 秒后重发' }) as HTMLButtonElement
    expect(resend.disabled).toBe(true)
  })

  test('a bad phone is caught before any code is sent', () => {
    const { sent } = devServer()
    render(<LoginPanel onLoggedIn={jest.fn()} />)
    type(phoneInput(), '12345')
    fireEvent.click(screen.getByRole('button', { name: '获取验证码' }))
    expect(errorOf(phoneInput())).toBe('请输入 11 位手机号，以 13–19 开头')
    expect(sent.some((r) => r.url === '/api/auth/sms/send')).toBe(false)
  })

  test('a wrong code from the server shows under the code field', async () => {
    devServer((req) =>
      req.url === '/api/auth/sms/login'
        ? { status: 400, body: { code: 'SMS_CODE_INVALID', message: 'invalid' } }
        : undefined,
    )
    const onLoggedIn = jest.fn()
    render(<LoginPanel onLoggedIn={onLoggedIn} />)
    type(phoneInput(), '13812345678')
    type(codeInput(), '000000')
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登录' }))
    })
    await waitFor(() => expect(errorOf(codeInput())).toBe('验证码错误或已过期，请重新获取'))
    expect(onLoggedIn).not.toHaveBeenCalled()
    expect(residentSession.get()).toBeNull()
  })

  test('a privacy notice updated meanwhile: the server refuses, the message shows at the consent box', async () => {
    const message = '隐私政策已更新，请阅读最新版本后再同意'
    devServer((req) =>
      req.url === '/api/auth/sms/login'
        ? { status: 400, body: { code: 'VALIDATION_FAILED', message, fields: { consentVersion: message } } }
        : undefined,
    )
    const onLoggedIn = jest.fn()
    render(<LoginPanel onLoggedIn={onLoggedIn} />)
    type(phoneInput(), '13812345678')
    type(codeInput(), '123456')
    fireEvent.click(screen.getByRole('checkbox'))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '登录' }))
    })
    await waitFor(() => expect(errorOf(screen.getByRole('checkbox'))).toBe(message))
    expect(onLoggedIn).not.toHaveBeenCalled()
  })
})
