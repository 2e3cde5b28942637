import Taro from '@tarojs/taro'
import { type FormEvent, useEffect, useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { GovField } from '../../../components/gov-field'
import { toApiError } from '../../../lib/http/errors'
import { useApiQuery } from '../../../lib/http/use-api-query'
import { getAuthProviders } from '../api/get-auth-providers'
import { getPrivacyNotice } from '../api/get-privacy-notice'
import { loginWithSms } from '../api/login-with-sms'
import { sendSmsCode } from '../api/send-sms-code'
import { type LoginFormErrors, validateLoginForm, validatePhone } from '../model/login-validation'
import { clearPhoneDraft, readPhoneDraft, savePhoneDraft } from '../model/phone-draft'
import { PRIVACY_PAGE } from '../model/routes'
import type { LoginPanelProps } from './login-panel'

/** Seconds before another code may be requested when the server does not say. */
const DEFAULT_RESEND_SECONDS = 60

/**
 * H5 login: phone + SMS code. Native elements, and the 登录 button submits from `onClick`, so a mouse click, a tap
 * and Enter in the last field all submit (Taro's H5 Form submit button reacts to touch only).
 * @see docs/design.md §3 (H5 form submit)
 */
export function LoginPanel({ onLoggedIn }: LoginPanelProps) {
  const [phone, setPhone] = useState(readPhoneDraft)
  const [code, setCode] = useState('')
  const [consent, setConsent] = useState(false)
  const [errors, setErrors] = useState<LoginFormErrors>({})
  const [formError, setFormError] = useState<string>()
  const [countdown, setCountdown] = useState(0)
  const [sending, setSending] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [devCode, setDevCode] = useState<string>()
  const providers = useApiQuery(getAuthProviders)

  useEffect(() => {
    if (countdown <= 0) return
    const timer = setTimeout(() => setCountdown((n) => n - 1), 1000)
    return () => clearTimeout(timer)
  }, [countdown])

  function changePhone(value: string) {
    setPhone(value)
    savePhoneDraft(value)
    if (errors.phone) setErrors((e) => ({ ...e, phone: undefined }))
  }

  async function requestCode() {
    const phoneError = validatePhone(phone)
    if (phoneError) {
      setErrors((e) => ({ ...e, phone: phoneError }))
      return
    }
    setSending(true)
    setFormError(undefined)
    try {
      const sent = await sendSmsCode(phone.trim())
      setCountdown(sent.resendAfterSeconds || DEFAULT_RESEND_SECONDS)
      setDevCode(sent.devCode)
    } catch (error) {
      const apiError = toApiError(error)
      if (apiError.fields.phone) setErrors((e) => ({ ...e, phone: apiError.fields.phone }))
      else setFormError(apiError.message)
    } finally {
      setSending(false)
    }
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (submitting) return
    const found = validateLoginForm({ phone, code, consent })
    setErrors(found)
    setFormError(undefined)
    if (Object.keys(found).length > 0) return
    setSubmitting(true)
    try {
      // The notice as the server has it now: the version the resident agrees to by ticking the box.
      const { version } = await getPrivacyNotice()
      await loginWithSms(phone.trim(), code.trim(), version)
      clearPhoneDraft()
      onLoggedIn()
    } catch (error) {
      const apiError = toApiError(error)
      if (apiError.code === 'SMS_CODE_INVALID') setErrors({ code: apiError.message })
      else if (apiError.fields.consentVersion) setErrors({ consent: apiError.fields.consentVersion })
      else if (apiError.fields.phone || apiError.fields.code) setErrors(apiError.fields)
      else setFormError(apiError.message)
    } finally {
      setSubmitting(false)
    }
  }

  const isDev = providers.data?.sms === 'dev'
  return (
    <form className="account-login" noValidate onSubmit={submit} aria-label="手机号登录">
      <p className="account-login__intro">使用手机号和短信验证码登录。未注册的手机号登录后将自动创建账号。</p>
      {formError ? (
        <p className="gov-field__error account-login__form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <GovField
        id="login-phone"
        label="手机号"
        hint="11 位中国大陆手机号"
        type="tel"
        inputMode="numeric"
        maxLength={11}
        autoComplete="tel"
        value={phone}
        onChange={changePhone}
        error={errors.phone}
      />
      <GovField
        id="login-code"
        label="短信验证码"
        hint="6 位数字"
        type="text"
        inputMode="numeric"
        maxLength={6}
        autoComplete="one-time-code"
        value={code}
        onChange={(value) => {
          setCode(value)
          if (errors.code) setErrors((e) => ({ ...e, code: undefined }))
        }}
        error={errors.code}
        onEnter={() => void submit()}
        addon={
          <GovButton
            variant="secondary"
            className="account-login__send"
            disabled={countdown > 0}
            loading={sending}
            onClick={() => void requestCode()}
          >
            {countdown > 0 ? `${countdown} 秒后重发` : '获取验证码'}
          </GovButton>
        }
      />
      {isDev && devCode ? (
        <p className="gov-callout" role="status">
          开发环境：验证码为 {devCode}（生产环境不会显示）
        </p>
      ) : null}
      <GovCheckbox id="login-consent" checked={consent} onChange={setConsent} error={errors.consent}>
        我已阅读并同意《隐私政策》，同意扬州政务服务使用我的手机号登录和联系我
      </GovCheckbox>
      <p className="account-login__privacy">
        <button type="button" className="gov-link" onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}>
          阅读《隐私政策》
        </button>
      </p>
      {/* A plain button with onClick, not type=submit: one handler for mouse, touch and keyboard; Enter in the code
          field submits through onEnter. */}
      <GovButton block loading={submitting} onClick={() => void submit()}>
        登录
      </GovButton>
    </form>
  )
}
