import { GovPage } from '../../../../components/gov-page'
import { AuditLog } from '../../../../features/staff-console/components/audit-log'

export default function StaffAuditPage() {
  return (
    <GovPage title="审计日志">
      <AuditLog />
    </GovPage>
  )
}
