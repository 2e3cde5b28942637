/**
 * GovPhoneLink dials the number only: guides give 咨询电话 as "0514-12345（转市不动产登记中心）" or two numbers, and a
 * `tel:` link with the words in it cannot be dialled. Each number gets its own link named by what it dials; the words
 * are shown beside it.
 */
import { render, screen } from '@testing-library/react'
import { GovPhoneLink } from '../../src/components/gov-phone-link'
import { splitPhone } from '../../src/components/gov-phone-link-numbers'

test('an annotated number dials the number only and shows the note as text', () => {
  const { container } = render(<GovPhoneLink phone="0514-12345（转市不动产登记中心）">咨询电话</GovPhoneLink>)
  const link = screen.getByRole('link', { name: '咨询电话 0514-12345' })
  expect(link.getAttribute('href')).toBe('tel:0514-12345')
  expect(screen.getByText('（转市不动产登记中心）')).toBeTruthy()
  expect(container.querySelectorAll('a')).toHaveLength(1)
})

test('two numbers become two links, without the separator left over', () => {
  const { container } = render(<GovPhoneLink phone="0514-87654321 / 12345">咨询电话</GovPhoneLink>)
  expect(screen.getByRole('link', { name: '咨询电话 0514-87654321' }).getAttribute('href')).toBe('tel:0514-87654321')
  expect(screen.getByRole('link', { name: '咨询电话 12345' }).getAttribute('href')).toBe('tel:12345')
  expect(container.textContent).not.toContain('/')
})

test('a plain number keeps the caller’s text when it already shows the number', () => {
  render(<GovPhoneLink phone="12345">拨打 12345 热线</GovPhoneLink>)
  expect(screen.getByRole('link', { name: '拨打 12345 热线' }).getAttribute('href')).toBe('tel:12345')
})

test('splitPhone: an extension after 转 stays in the note, text without a number gives nothing to dial', () => {
  expect(splitPhone('0514-87363201转8001', '咨询电话')).toEqual({
    dials: [{ number: '0514-87363201', text: '咨询电话 0514-87363201' }],
    note: '转8001',
  })
  expect(splitPhone('0514-12345、12345（工作日）', '咨询')).toEqual({
    dials: [
      { number: '0514-12345', text: '咨询 0514-12345' },
      { number: '12345', text: '咨询 12345' },
    ],
    note: '（工作日）',
  })
  expect(splitPhone('见各办理窗口', '咨询电话')).toEqual({ dials: [], note: '见各办理窗口' })
})
