import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { StaffRole } from '../../../../types/staff'
import { GovButton } from '../../../components/gov-button'
import { GovCell } from '../../../components/gov-cell'
import { GovCellGroup } from '../../../components/gov-cell-group'
import { GovEmpty } from '../../../components/gov-empty'
import { GovError } from '../../../components/gov-error'
import { GovLoading } from '../../../components/gov-loading'
import { STAFF_LOGIN_PAGE } from '../../../lib/auth/login-redirect'
import { useStaffSession } from '../../../lib/auth/session'
import { useStaffMe } from '../api/get-staff-me'
import { staffLogout } from '../api/staff-logout'
import './staff.scss'

/** Same labels as `StaffRoleLabel` in types/staff.ts (not imported: it would pull TypeBox into the bundle). */
const ROLE_TEXT: Record<StaffRole, string> = { admin: '管理员', clerk: '经办人' }

/** Props of {@link StaffHome}. */
export interface StaffHomeProps {
  /** The console's navigation (the staff-console feature), composed by the page under who is logged in. */
  nav?: ReactNode
}

/** Staff home: who is logged in, their department and role, the console's navigation, and logout. */
export function StaffHome({ nav }: StaffHomeProps) {
  const session = useStaffSession()
  const me = useStaffMe()
  if (!session) {
    return (
      <GovEmpty
        message="您尚未以工作人员身份登录。"
        actionText="工作人员登录"
        onAction={() => void Taro.redirectTo({ url: STAFF_LOGIN_PAGE })}
      />
    )
  }
  if (me.loading) return <GovLoading rows={2} label="正在加载工作人员信息…" />
  if (me.error || !me.data) return <GovError message={me.error?.message ?? '加载失败'} onRetry={me.reload} />
  const staff = me.data
  return (
    <>
      <GovCellGroup title="当前登录">
        <GovCell title="姓名" extra={staff.displayName} />
        <GovCell title="用户名" extra={staff.username} />
        <GovCell title="部门" extra={staff.department?.name ?? '未分配部门'} />
        <GovCell title="角色" extra={ROLE_TEXT[staff.role]} />
      </GovCellGroup>
      {nav}
      <GovButton
        block
        variant="secondary"
        onClick={() => void staffLogout().finally(() => void Taro.redirectTo({ url: STAFF_LOGIN_PAGE }))}
      >
        退出登录
      </GovButton>
    </>
  )
}
