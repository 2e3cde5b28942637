/**
 * 12345 draft: every change is saved at once, a "reload" (a fresh module instance reading storage) restores
 * everything including the step, the Idempotency-Key is made once and sent on every retry, and the draft is
 * cleared only when the server has answered with the ticket.
 */
import { AxiosError } from 'axios'
import * as submitModule from '../../src/features/hotline/model/submit-draft'
import { residentSession } from '../../src/lib/auth/session'
import { STORAGE_KEYS } from '../../src/lib/storage'
import type { Ticket } from '../../types/hotline'
import { fakeApi, sessionFixture } from './helpers/fake-api'

type DraftModule = typeof import('../../src/features/hotline/model/draft-store')

/**
 * A fresh copy of the draft store module, as after a page reload or an app restart (storage is kept). The submit
 * code is the one module instance, so it shares the app's axios instance that fakeApi answers.
 */
function reload(): { draft: DraftModule; submit: typeof submitModule } {
  let draft!: DraftModule
  jest.isolateModules(() => {
    draft = require('../../src/features/hotline/model/draft-store')
  })
  return { draft, submit: submitModule }
}

const TICKET = {
  ref: 'YZ20261127-000123',
  trackingToken: 'trk-5f2c',
  type: '投诉',
  status: 'submitted',
  statusLabel: '已提交',
  category: { serviceCode: 'CG-ZY', name: '噪声扰民', group: '城市管理' },
  title: '文昌中路夜间施工噪音扰民',
  createdAt: '2026-11-27T02:00:00.000Z',
  acceptDeadline: '2026-11-30T10:00:00.000Z',
  dueAt: '2026-12-18T10:00:00.000Z',
} as unknown as Ticket

function fill(store: DraftModule['hotlineDraft']) {
  store.ensure({ type: '投诉' })
  store.update({ step: 'category' })
  store.update({
    category: {
      serviceCode: 'CG-ZY',
      name: '噪声扰民',
      group: '城市管理',
      deadlineDays: 15,
      consultDays: 3,
      attributes: [],
    },
    step: 'form',
  })
  store.update({ title: '文昌中路夜间施工噪音扰民' })
  store.update({ description: '每天晚上十一点以后工地还在打桩，噪音很大，影响休息。' })
  store.update({ districtCode: '321002', townCode: '321002001', address: '文昌中路 318 号' })
  store.update({ photos: [{ id: 'a3b1c2d4-0000-4000-8000-000000000001', preview: 'data:image/jpeg;base64,AAA' }] })
  // The session has a phone, so 使用账号手机号 starts ticked: this resident unticks it and types another number.
  store.update({
    useAccountPhone: false,
    contactPhone: '13812345678',
    privacyConsent: true,
    occurredAt: '2026-11-26T23:10',
  })
  store.update({ attributes: { 时段: 'night' }, step: 'check' })
}

beforeEach(() => {
  residentSession.set(sessionFixture())
})

describe('12345 draft store', () => {
  test('every change is in storage at once, and a reload restores every field and the step', () => {
    const first = reload().draft
    fill(first.hotlineDraft)
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEYS.hotlineDraft) ?? 'null')
    expect(saved.description).toBe('每天晚上十一点以后工地还在打桩，噪音很大，影响休息。')

    const after = reload().draft.hotlineDraft.get()
    expect(after).toMatchObject({
      step: 'check',
      type: '投诉',
      title: '文昌中路夜间施工噪音扰民',
      districtCode: '321002',
      townCode: '321002001',
      address: '文昌中路 318 号',
      contactPhone: '13812345678',
      privacyConsent: true,
      occurredAt: '2026-11-26T23:10',
      attributes: { 时段: 'night' },
      photos: [{ id: 'a3b1c2d4-0000-4000-8000-000000000001', preview: 'data:image/jpeg;base64,AAA' }],
    })
    expect(after?.category?.serviceCode).toBe('CG-ZY')
    expect(after?.idempotencyKey).toBe(first.hotlineDraft.get()?.idempotencyKey)
  })

  test('the idempotency key is made once with the draft and no update can change it', () => {
    const { hotlineDraft } = reload().draft
    const key = hotlineDraft.ensure().idempotencyKey
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
    hotlineDraft.update({ idempotencyKey: 'forged' } as never)
    expect(hotlineDraft.get()?.idempotencyKey).toBe(key)
    expect(hotlineDraft.ensure().idempotencyKey).toBe(key)
  })

  test('?type=咨询&q=… prefills the type (skipping the type step) and the text', () => {
    const { hotlineDraft } = reload().draft
    const d = hotlineDraft.ensure({ type: '咨询', text: '新生儿医保怎么办理' })
    expect(d).toMatchObject({
      type: '咨询',
      step: 'emergency',
      title: '新生儿医保怎么办理',
      description: '新生儿医保怎么办理',
    })
  })

  test('a failed submit keeps the draft; only the confirmed ticket clears it', async () => {
    const { draft, submit } = reload()
    fill(draft.hotlineDraft)
    fakeApi(() => ({ status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: 'db' } }))
    const failed = await submit.submitDraft(draft.hotlineDraft)
    expect(failed.kind).toBe('error')
    expect(reload().draft.hotlineDraft.get()?.title).toBe('文昌中路夜间施工噪音扰民')

    fakeApi(() => ({ status: 201, body: TICKET }))
    const done = await submit.submitDraft(draft.hotlineDraft)
    expect(done).toEqual({ kind: 'done', ticket: TICKET })
    expect(localStorage.getItem(STORAGE_KEYS.hotlineDraft)).toBeNull()
    expect(reload().draft.hotlineDraft.get()).toBeNull()
    expect(submit.readLastTicket('YZ20261127-000123')?.trackingToken).toBe('trk-5f2c')
  })

  test('offline: a network failure leaves it waiting; the retry (after a reload) sends the SAME Idempotency-Key', async () => {
    const { draft, submit } = reload()
    fill(draft.hotlineDraft)
    const key = draft.hotlineDraft.get()?.idempotencyKey
    let online = false
    const { sent } = fakeApi(() =>
      online ? { status: 201, body: TICKET } : new AxiosError('Network Error', AxiosError.ERR_NETWORK),
    )

    expect(await submit.submitDraft(draft.hotlineDraft)).toEqual({ kind: 'offline' })
    expect(draft.hotlineDraft.get()?.submitState).toBe('offline')
    // A lost answer (timeout) is treated the same: the server may have the ticket, so only the same key is safe.
    expect(await submit.submitDraft(draft.hotlineDraft)).toEqual({ kind: 'offline' })

    online = true
    const again = reload()
    expect(again.draft.hotlineDraft.get()?.submitState).toBe('offline')
    const done = await again.submit.submitDraft(again.draft.hotlineDraft)
    expect(done.kind).toBe('done')
    const posts = sent.filter((r) => r.method === 'POST' && r.url === '/api/hotline/tickets')
    expect(posts).toHaveLength(3)
    expect(new Set(posts.map((r) => r.headers['Idempotency-Key']))).toEqual(new Set([key]))
    expect(posts[2].body).toMatchObject({
      type: '投诉',
      serviceCode: 'CG-ZY',
      districtCode: '321002',
      townCode: '321002001',
      photoIds: ['a3b1c2d4-0000-4000-8000-000000000001'],
      contactPhone: '13812345678',
      privacyConsent: true,
      occurredAt: '2026-11-26T15:10:00.000Z',
    })
    expect(again.draft.hotlineDraft.get()).toBeNull()
  })

  test('server field errors come back keyed like the form, and the draft keeps what was typed', async () => {
    const { draft, submit } = reload()
    fill(draft.hotlineDraft)
    fakeApi(() => ({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: '请检查',
        fields: { contactPhone: '手机号格式不正确', 'attributes.时段': '请填写时段' },
      },
    }))
    const outcome = await submit.submitDraft(draft.hotlineDraft)
    expect(outcome).toMatchObject({
      kind: 'invalid',
      fields: { contactPhone: '手机号格式不正确', 'attributes.时段': '请填写时段' },
    })
    expect(draft.hotlineDraft.get()?.contactPhone).toBe('13812345678')
  })
})
