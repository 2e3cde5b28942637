import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GovButton } from '../../../components/gov-button'
import { GovField } from '../../../components/gov-field'
import { toApiError } from '../../../lib/http/errors'
import { staffLogin } from '../api/staff-login'
import './staff.scss'

/** Staff login: username + password; on success opens the staff home. */
export function StaffLoginForm() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({})
  const [formError, setFormError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit() {
    if (busy) return
    const found: typeof errors = {}
    if (!username.trim()) found.username = '请输入用户名'
    if (!password) found.password = '请输入密码'
    setErrors(found)
    setFormError(undefined)
    if (found.username || found.password) return
    setBusy(true)
    try {
      await staffLogin(username.trim(), password)
      void Taro.redirectTo({ url: '/packages/staff/pages/home/index' })
    } catch (error) {
      const apiError = toApiError(error)
      setFormError(apiError.status === 401 ? '用户名或密码错误' : apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="staff-login"
      noValidate
      aria-label="工作人员登录"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <p className="staff-login__intro">仅供扬州市政务服务工作人员使用。账号由系统管理员分配。</p>
      {formError ? (
        <p className="gov-field__error staff-login__error" role="alert">
          {formError}
        </p>
      ) : null}
      <GovField
        id="staff-username"
        label="用户名"
        autoComplete="username"
        value={username}
        onChange={setUsername}
        error={errors.username}
      />
      <GovField
        id="staff-password"
        label="密码"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        onEnter={() => void submit()}
      />
      <GovButton block loading={busy} onClick={() => void submit()}>
        登录
      </GovButton>
    </form>
  )
}
