/** Mainland mobile numbers: 11 digits starting 13–19. */
const PHONE = /^1[3-9]\d{9}$/
/** SMS codes are 6 digits. */
const CODE = /^\d{6}$/

/** Chinese error for a phone number, or `undefined` when it is valid. */
export function validatePhone(phone: string): string | undefined {
  const value = phone.trim()
  if (!value) return '请输入手机号'
  if (!/^\d+$/.test(value)) return '手机号只能包含数字'
  if (!PHONE.test(value)) return '请输入 11 位手机号，以 13–19 开头'
  return undefined
}

/** Chinese error for an SMS code, or `undefined` when it is valid. */
export function validateSmsCode(code: string): string | undefined {
  const value = code.trim()
  if (!value) return '请输入短信验证码'
  if (!CODE.test(value)) return '验证码为 6 位数字'
  return undefined
}

/** Field errors of the H5 login form; empty when it can be sent. */
export interface LoginFormErrors {
  phone?: string
  code?: string
  consent?: string
}

/** Checks the whole login form at once, so every problem shows next to its field. */
export function validateLoginForm(form: { phone: string; code: string; consent: boolean }): LoginFormErrors {
  const errors: LoginFormErrors = {}
  const phone = validatePhone(form.phone)
  const code = validateSmsCode(form.code)
  if (phone) errors.phone = phone
  if (code) errors.code = code
  if (!form.consent) errors.consent = '请先阅读并同意《隐私政策》'
  return errors
}
