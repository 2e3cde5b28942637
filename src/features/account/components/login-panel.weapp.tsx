import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovCheckbox } from '../../../components/gov-checkbox'
import { toApiError } from '../../../lib/http/errors'
import { getPrivacyNotice } from '../api/get-privacy-notice'
import { loginWithWechat } from '../api/login-with-wechat'
import { PRIVACY_PAGE } from '../model/routes'
import type { LoginPanelProps } from './login-panel'

/** weapp: 微信一键登录 (Taro.login → POST /api/auth/wechat), after consent to the privacy notice. */
export function LoginPanel({ onLoggedIn }: LoginPanelProps) {
  const [consent, setConsent] = useState(false)
  const [consentError, setConsentError] = useState<string>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function login() {
    if (!consent) {
      setConsentError('请先阅读并同意《隐私政策》')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      // The notice as the server has it now: the version the resident agrees to by ticking the box.
      const { version } = await getPrivacyNotice()
      await loginWithWechat(version)
      onLoggedIn()
    } catch (reason) {
      const apiError = toApiError(reason)
      if (apiError.fields.consentVersion) setConsentError(apiError.fields.consentVersion)
      else setError(apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="account-login">
      <View className="account-login__intro">使用微信身份一键登录，无需输入手机号和密码。</View>
      {error ? <View className="gov-field__error account-login__form-error">{error}</View> : null}
      <GovCheckbox
        id="login-consent"
        checked={consent}
        onChange={(value) => {
          setConsent(value)
          if (value) setConsentError(undefined)
        }}
        error={consentError}
      >
        我已阅读并同意《隐私政策》
      </GovCheckbox>
      <View className="account-login__privacy">
        <GovButton variant="text" onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}>
          阅读《隐私政策》
        </GovButton>
      </View>
      <GovButton block loading={busy} onClick={() => void login()}>
        微信一键登录
      </GovButton>
    </View>
  )
}
