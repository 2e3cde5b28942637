/**
 * A 12345 submit whose answer never came (offline, timeout) is locked: the check step offers only 立即重试 or
 * 放弃这份草稿 (asked first; it clears the draft and its Idempotency-Key), never 修改 or 上一步 — an edit would send the
 * same key with another body. The server's 409 for that case reads as plain Chinese. A pending submit is sent again
 * at once when the submit page or the 12345 tab opens, not after the 15 s retry interval. A saved draft offers
 * 放弃草稿，重新填写.
 */
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { AxiosError } from 'axios'
import { HotlineHome } from '../../src/features/hotline/components/hotline-home'
import { SubmitFlow } from '../../src/features/hotline/components/submit-flow'
import { hotlineDraft } from '../../src/features/hotline/model/draft-store'
import { IDEMPOTENCY_MISMATCH_TEXT, submitDraft } from '../../src/features/hotline/model/submit-draft'
import { residentSession } from '../../src/lib/auth/session'
import type { Ticket } from '../../types/hotline'
import { fakeApi, type SentRequest, sessionFixture } from './helpers/fake-api'
import { draftOnCheckStep } from './helpers/hotline-draft'

const TICKET = { ref: 'YZ20261127-000123', trackingToken: 'trk-5f2c' } as Ticket
const DIVISIONS = {
  city: { code: '321000', name: '扬州市' },
  counties: [{ code: '321002', name: '广陵区', towns: [{ code: '321002001', name: '东关街道' }] }],
}
const DONE = '/packages/hotline/pages/done/index'

/** The fake API; `create` answers POST /api/hotline/tickets. */
function server(create: (req: SentRequest) => { status: number; body?: unknown } | Error) {
  return fakeApi((req) => {
    if (req.url === '/api/divisions') return { status: 200, body: DIVISIONS }
    if (req.url === '/api/hotline/tickets' && req.method === 'POST') return create(req)
    if (req.url === '/api/me/messages') return { status: 200, body: { items: [], unread: 0 } }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}
const offline = () => new AxiosError('Network Error', AxiosError.ERR_NETWORK)
const posts = (sent: SentRequest[]) => sent.filter((r) => r.method === 'POST' && r.url === '/api/hotline/tickets')

const fillToCheck = () => draftOnCheckStep()

/** Renders `ui` and lets its requests settle. */
async function show(ui: React.ReactElement) {
  render(ui)
  await act(async () => {})
}
const button = (name: string) => screen.queryByRole('button', { name })

beforeEach(() => {
  localStorage.clear()
  hotlineDraft.clear()
  residentSession.set(sessionFixture())
})

describe('a submit whose answer was lost', () => {
  test('locks the draft: no 修改, no 上一步, no 确认提交 — only 立即重试 and 放弃这份草稿', async () => {
    server(offline)
    fillToCheck()
    await show(<SubmitFlow />)
    expect(button('修改标题')).not.toBeNull()
    expect(button('放弃草稿，重新填写')).not.toBeNull()
    await act(async () => {
      fireEvent.click(button('确认提交')!)
    })
    expect(screen.getByText('网络不可用，已保存，恢复网络后自动提交')).toBeTruthy()
    expect(screen.getByText(/在收到确认前不能修改/)).toBeTruthy()
    for (const gone of ['修改标题', '修改问题类别', '上一步', '确认提交', '放弃草稿，重新填写'])
      expect(button(gone)).toBeNull()
    expect(button('立即重试')).not.toBeNull()
    expect(button('放弃这份草稿')).not.toBeNull()
  })

  test('放弃这份草稿 asks, says it may already be submitted, and only then clears the draft and its key', async () => {
    server(offline)
    const before = fillToCheck()
    await show(<SubmitFlow />)
    await act(async () => {
      fireEvent.click(button('确认提交')!)
    })
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false)
    await act(async () => {
      fireEvent.click(button('放弃这份草稿')!)
    })
    expect(confirm.mock.calls[0]?.[0]).toContain('可能已经提交成功')
    expect(hotlineDraft.get()).toMatchObject({ title: before.title, submitState: 'offline' })

    confirm.mockReturnValueOnce(true)
    await act(async () => {
      fireEvent.click(button('放弃这份草稿')!)
    })
    const fresh = hotlineDraft.get()!
    expect(fresh).toMatchObject({ step: 'type', title: '', description: '', submitState: 'idle' })
    expect(fresh.idempotencyKey).not.toBe(before.idempotencyKey)
    expect(screen.getByRole('heading', { name: '选择诉求类型' })).toBeTruthy()
  })

  test("the server's 409 for the same key with other content reads as plain Chinese, without the word key", async () => {
    server(() => ({
      status: 409,
      body: {
        code: 'IDEMPOTENCY_MISMATCH',
        message: '这个 Idempotency-Key 已用于内容不同的另一次提交，请为新的诉求生成新的键',
      },
    }))
    fillToCheck()
    await show(<SubmitFlow />)
    await act(async () => {
      fireEvent.click(button('确认提交')!)
    })
    expect(screen.getByRole('alert').textContent).toBe(IDEMPOTENCY_MISMATCH_TEXT)
    expect(document.body.textContent).not.toMatch(/Idempotency|键/)
    expect(button('放弃草稿，重新填写')).not.toBeNull()
  })

  test('opening the submit page with a pending submit sends it at once (same key) and goes to the confirmation', async () => {
    const { sent } = server(() => ({ status: 201, body: TICKET }))
    const draft = fillToCheck()
    hotlineDraft.update({ submitState: 'offline', attempts: 1 })
    const redirect = jest.spyOn(Taro, 'redirectTo')
    await show(<SubmitFlow />)
    expect(posts(sent)).toHaveLength(1)
    expect(posts(sent)[0]?.headers['Idempotency-Key']).toBe(draft.idempotencyKey)
    expect(redirect).toHaveBeenCalledWith({ url: `${DONE}?ref=YZ20261127-000123` })
    expect(hotlineDraft.get()).toBeNull()
  })

  test('the 12345 tab sends a pending submit when shown and says it went through', async () => {
    let online = false
    const { sent } = server(() => (online ? { status: 201, body: TICKET } : offline()))
    fillToCheck()
    hotlineDraft.update({ submitState: 'offline' })
    await show(<HotlineHome />)
    expect(posts(sent)).toHaveLength(1)
    expect(screen.getByText(/等待网络恢复后提交/)).toBeTruthy()

    online = true
    await act(async () => {
      ;(Taro as unknown as { __showPage(): void }).__showPage()
    })
    expect(posts(sent)).toHaveLength(2)
    expect(screen.getByText(/已提交成功，工单号 YZ20261127-000123/)).toBeTruthy()
    expect(hotlineDraft.get()).toBeNull()
  })

  test('the 12345 tab offers 放弃草稿，重新填写 for a saved draft, asking first', async () => {
    server(offline)
    fillToCheck()
    await show(<HotlineHome />)
    jest.spyOn(window, 'confirm').mockReturnValueOnce(true)
    await act(async () => {
      fireEvent.click(button('放弃草稿，重新填写')!)
    })
    expect(hotlineDraft.get()).toBeNull()
    expect(button('我要反映')).not.toBeNull()
  })

  test('discarded while a retry is under way: the fresh draft is neither locked nor sent, whatever the answer', async () => {
    fillToCheck()
    hotlineDraft.update({ submitState: 'offline' })
    let fail!: (e: Error) => void
    const attempt = submitDraft(hotlineDraft, () => new Promise<Ticket>((_, reject) => (fail = reject)))
    // 放弃这份草稿 confirmed while the request is out (weapp's modal does not block the retry timer).
    hotlineDraft.clear()
    const fresh = hotlineDraft.ensure()
    fail(offline())
    expect(await attempt).toEqual({ kind: 'discarded' })
    expect(hotlineDraft.get()).toEqual(fresh)
  })
})
