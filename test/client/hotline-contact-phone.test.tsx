/**
 * 12345 form, contact phone: GET /api/me only gives the masked account phone, so a resident logged in by SMS gets
 * “使用账号手机号 138****5678”, ticked, instead of typing the number again; unticking shows 联系电话 (validated as
 * before). The choice is saved with the draft, and the request asks the server for the account phone.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { FormStep } from '../../src/features/hotline/components/form-step'
import { hotlineDraft, useHotlineDraft } from '../../src/features/hotline/model/draft-store'
import { submitDraft } from '../../src/features/hotline/model/submit-draft'
import type { FieldErrors } from '../../src/features/hotline/model/validation'
import { residentSession } from '../../src/lib/auth/session'
import { STORAGE_KEYS } from '../../src/lib/storage'
import { fakeApi, sessionFixture } from './helpers/fake-api'

const DIVISIONS = {
  city: { code: '321000', name: '扬州市' },
  counties: [{ code: '321002', name: '广陵区', towns: [{ code: '321002001', name: '东关街道' }] }],
}

function server() {
  return fakeApi((req) => {
    if (req.url === '/api/divisions') return { status: 200, body: DIVISIONS }
    if (req.url === '/api/hotline/tickets') return { status: 201, body: { ref: 'YZ20261127-000123' } }
    return { status: 404, body: { code: 'NOT_FOUND', message: '' } }
  })
}

/** The form as the submit flow shows it: the draft from the store, errors kept in state. */
function Form({ onNext = () => {} }: { onNext?: () => void }) {
  const draft = useHotlineDraft()
  const [errors, setErrors] = useState<FieldErrors>({})
  return draft ? <FormStep draft={draft} errors={errors} setErrors={setErrors} onNext={onNext} /> : null
}

/** Renders the form and lets the divisions request settle. */
async function renderForm(onNext: () => void) {
  render(<Form onNext={onNext} />)
  await act(async () => {})
}

/** A draft that is complete except for the contact phone. */
function fillExceptPhone() {
  hotlineDraft.ensure({ type: '投诉' })
  hotlineDraft.update({
    step: 'form',
    category: { serviceCode: 'CG-ZY', name: '噪声扰民', group: '城市管理', deadlineDays: 15, attributes: [] },
    title: '文昌中路夜间施工噪音扰民',
    description: '每天晚上十一点以后工地还在打桩，噪音很大，影响休息。',
    districtCode: '321002',
    privacyConsent: true,
  })
}

beforeEach(() => {
  localStorage.clear()
  hotlineDraft.clear()
})

describe('12345 contact phone', () => {
  test('logged in by SMS: 使用账号手机号 is ticked and the phone field hidden; the request asks for the account phone', async () => {
    residentSession.set(sessionFixture())
    const { sent } = server()
    fillExceptPhone()
    const onNext = jest.fn()
    await renderForm(onNext)
    const box = screen.getByLabelText('使用账号手机号 138****5678') as HTMLInputElement
    expect(box.checked).toBe(true)
    expect(screen.queryByLabelText('联系电话')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onNext).toHaveBeenCalled()
    await act(() => submitDraft(hotlineDraft).then(() => undefined))
    const post = sent.find((r) => r.url === '/api/hotline/tickets')
    expect(post?.body).toMatchObject({ useAccountPhone: true })
    expect(post?.body).not.toHaveProperty('contactPhone')
  })

  test('unticking shows 联系电话, validated as before; the choice and the number are saved with the draft', async () => {
    residentSession.set(sessionFixture())
    const { sent } = server()
    fillExceptPhone()
    const onNext = jest.fn()
    await renderForm(onNext)
    fireEvent.click(screen.getByLabelText('使用账号手机号 138****5678'))
    const field = screen.getByLabelText('联系电话') as HTMLInputElement
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.hotlineDraft) ?? '{}').useAccountPhone).toBe(false)

    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onNext).not.toHaveBeenCalled()
    expect(screen.getByText('请填写联系电话，方便办理部门联系您')).toBeTruthy()

    fireEvent.change(field, { target: { value: '13952712345' } })
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onNext).toHaveBeenCalled()
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.hotlineDraft) ?? '{}')).toMatchObject({
      useAccountPhone: false,
      contactPhone: '13952712345',
    })
    await act(() => submitDraft(hotlineDraft).then(() => undefined))
    const post = sent.find((r) => r.url === '/api/hotline/tickets')
    expect(post?.body).toMatchObject({ contactPhone: '13952712345' })
    expect(post?.body).not.toHaveProperty('useAccountPhone')
  })

  test('logged in by WeChat (no phone on the account): no checkbox, the 联系电话 field is required', async () => {
    residentSession.set({
      ...sessionFixture(),
      user: { ...sessionFixture().user, phoneMasked: null, wechatBound: true },
    })
    server()
    fillExceptPhone()
    const onNext = jest.fn()
    await renderForm(onNext)
    expect(screen.queryByLabelText(/使用账号手机号/)).toBeNull()
    expect(screen.getByLabelText('联系电话')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onNext).not.toHaveBeenCalled()
    expect(screen.getByText('请填写联系电话，方便办理部门联系您')).toBeTruthy()
  })
})
