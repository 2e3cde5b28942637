import { GovPage } from '../../../../components/gov-page'
import { StaffHome } from '../../../../features/staff/components/staff-home'
import { StaffConsoleNav } from '../../../../features/staff-console/components/staff-console-nav'

export default function StaffHomePage() {
  return (
    <GovPage title="工作台">
      <StaffHome nav={<StaffConsoleNav />} />
    </GovPage>
  )
}
