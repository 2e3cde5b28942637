import { GovPage } from '../../../../components/gov-page'
import { LoginPanel } from '../../../../features/account/components/login-panel'
import '../../../../features/account/components/account.scss'
import { returnAfterLogin } from '../../../../lib/auth/login-redirect'

export default function LoginPage() {
  return (
    <GovPage title="登录">
      <LoginPanel onLoggedIn={() => returnAfterLogin()} />
    </GovPage>
  )
}
