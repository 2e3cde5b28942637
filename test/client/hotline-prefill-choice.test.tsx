/**
 * 问问 12345 from a catalogue search with no result opens the form with `?type=咨询&q=…`. With another draft saved,
 * the resident is asked — 继续上次的诉求, or 新建咨询并带入 the question (after confirming the old draft is discarded) —
 * so neither what they typed before nor the question is dropped silently. A draft with nothing typed yet simply
 * gives way to the question.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { SubmitFlow } from '../../src/features/hotline/components/submit-flow'
import { createDraftStore, hotlineDraft, openDraft } from '../../src/features/hotline/model/draft-store'
import { residentSession } from '../../src/lib/auth/session'
import { fakeApi, sessionFixture } from './helpers/fake-api'

const QUESTION = '新生儿医保在哪里办理，需要哪些材料'
const PREFILL = { type: '咨询' as const, text: QUESTION }

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/hotline/categories') return { status: 200, body: { groups: [] } }
    if (req.url === '/api/divisions')
      return { status: 200, body: { city: { code: '321000', name: '扬州市' }, counties: [] } }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

/** A 投诉 half written: on the form, with a title and a description. */
function halfWritten() {
  hotlineDraft.ensure({ type: '投诉' })
  return hotlineDraft.update({
    step: 'form',
    title: '文昌中路夜间施工噪音扰民',
    description: '每天晚上十一点以后工地还在打桩。',
  })
}

async function show(ui: React.ReactElement) {
  render(ui)
  await act(async () => {})
}
const button = (name: string | RegExp) => screen.queryByRole('button', { name })

beforeEach(() => {
  localStorage.clear()
  hotlineDraft.clear()
  residentSession.set(sessionFixture())
  server()
})

describe('问问 12345 with a draft already saved', () => {
  test('asks, showing both; 继续上次的诉求 keeps the old draft untouched', async () => {
    const before = halfWritten()
    await show(<SubmitFlow prefill={PREFILL} />)
    expect(screen.getByRole('heading', { name: '您有一份未提交的诉求' })).toBeTruthy()
    expect(document.body.textContent).toContain('文昌中路夜间施工噪音扰民')
    expect(document.body.textContent).toContain(QUESTION)
    expect(button('新建咨询并带入“新生儿医保在哪里办理，需…”')).not.toBeNull()
    expect(hotlineDraft.get()).toEqual(before)

    fireEvent.click(button('继续上次的诉求')!)
    expect(screen.getByRole('heading', { name: '填写诉求内容' })).toBeTruthy()
    expect(hotlineDraft.get()).toEqual(before)
  })

  test('新建咨询 confirms first; cancelled, nothing changes; confirmed, a new 咨询 carries the question with a new key', async () => {
    const before = halfWritten()
    await show(<SubmitFlow prefill={PREFILL} />)
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false)
    await act(async () => {
      fireEvent.click(button(/^新建咨询并带入/)!)
    })
    expect(confirm.mock.calls[0]?.[0]).toContain('已填写的内容会从本机删除')
    expect(hotlineDraft.get()).toEqual(before)
    expect(screen.getByRole('heading', { name: '您有一份未提交的诉求' })).toBeTruthy()

    confirm.mockReturnValueOnce(true)
    await act(async () => {
      fireEvent.click(button(/^新建咨询并带入/)!)
    })
    const fresh = hotlineDraft.get()!
    expect(fresh).toMatchObject({ type: '咨询', description: QUESTION, step: 'emergency' })
    expect(fresh.idempotencyKey).not.toBe(before.idempotencyKey)
    expect(screen.getByRole('heading', { name: '紧急情况请先拨打电话' })).toBeTruthy()
  })
})

describe('openDraft', () => {
  beforeEach(() => localStorage.clear())

  test('no draft: one from the prefill', () => {
    const store = createDraftStore()
    expect(openDraft(store, PREFILL)).toMatchObject({ type: '咨询', description: QUESTION })
  })

  test('a draft with nothing typed (only the type chosen) gives way to the prefill', () => {
    const store = createDraftStore()
    store.ensure({ type: '投诉' })
    expect(openDraft(store, PREFILL)).toMatchObject({ type: '咨询', description: QUESTION })
  })

  test('a draft that already holds the question, or a prefill without text, opens the saved draft', () => {
    const store = createDraftStore()
    const saved = store.update({ ...store.ensure(PREFILL), districtCode: '321002' })
    expect(openDraft(store, PREFILL)).toEqual(saved)
    expect(openDraft(store, { type: '投诉' })).toEqual(saved)
  })

  test('a draft with other content: ask, and leave it as it is', () => {
    const store = createDraftStore()
    store.ensure({ type: '投诉' })
    const saved = store.update({ address: '文昌中路 318 号' })
    expect(openDraft(store, PREFILL)).toBe('ask')
    expect(store.get()).toEqual(saved)
  })
})
