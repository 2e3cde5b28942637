import { validateLoginForm, validatePhone, validateSmsCode } from '../../src/features/account/model/login-validation'
import { formatDate, formatDateTime, maskPhone } from '../../src/lib/format'

describe('a resident types a phone number and a code', () => {
  test.each(['13812345678', '19912345678', '15000000000', ' 13812345678 '])('%s is a valid phone', (phone) => {
    expect(validatePhone(phone)).toBeUndefined()
  })
  test.each([
    ['', '请输入手机号'],
    ['12812345678', '请输入 11 位手机号，以 13–19 开头'],
    ['1381234567', '请输入 11 位手机号，以 13–19 开头'],
    ['138123456789', '请输入 11 位手机号，以 13–19 开头'],
    ['1381234567a', '手机号只能包含数字'],
  ])('%p is refused: %s', (phone, message) => {
    expect(validatePhone(phone)).toBe(message)
  })
  test('the SMS code is exactly 6 digits', () => {
    expect(validateSmsCode('123456')).toBeUndefined()
    expect(validateSmsCode('')).toBe('请输入短信验证码')
    expect(validateSmsCode('12345')).toBe('验证码为 6 位数字')
    expect(validateSmsCode('1234567')).toBe('验证码为 6 位数字')
    expect(validateSmsCode('12a456')).toBe('验证码为 6 位数字')
  })
  test('the whole form reports every field at once, consent included', () => {
    expect(validateLoginForm({ phone: '', code: '1', consent: false })).toEqual({
      phone: '请输入手机号',
      code: '验证码为 6 位数字',
      consent: '请先阅读并同意《隐私政策》',
    })
    expect(validateLoginForm({ phone: '13812345678', code: '123456', consent: true })).toEqual({})
  })
})

describe('phone numbers and dates as residents read them', () => {
  test('maskPhone hides the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('138 1234 5678')).toBe('138****5678')
  })
  test('maskPhone leaves a server-masked number alone and never leaks an odd format', () => {
    expect(maskPhone('138****5678')).toBe('138****5678')
    expect(maskPhone('+8613812345678')).toBe('************78')
    expect(maskPhone(null)).toBe('')
    expect(maskPhone('12')).toBe('**')
  })
  test('dates are written the Chinese way', () => {
    expect(formatDate('2026-11-27T01:30:00+08:00')).toBe('2026年11月27日')
    expect(formatDateTime('2026-11-27T01:05:00Z')).toBe('2026年11月27日 09:05')
    expect(formatDate('2026-11-26T16:30:00Z')).toBe('2026年11月27日')
    expect(formatDate('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
  })
})
