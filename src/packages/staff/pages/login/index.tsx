import { GovPage } from '../../../../components/gov-page'
import { StaffLoginForm } from '../../../../features/staff/components/staff-login-form'

export default function StaffLoginPage() {
  return (
    <GovPage title="工作人员登录">
      <StaffLoginForm />
    </GovPage>
  )
}
