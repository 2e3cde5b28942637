import { GovPage } from '../../../../components/gov-page'
import { StaffHome } from '../../../../features/staff/components/staff-home'

export default function StaffHomePage() {
  return (
    <GovPage title="工作台">
      <StaffHome />
    </GovPage>
  )
}
