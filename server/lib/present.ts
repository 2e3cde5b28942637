import type { Me } from '../../types/me'
import type { Staff } from '../../types/staff'
import type { StaffRow } from '../repositories/staff'
import type { UserRow } from '../repositories/users'

/** Masks a mainland mobile number as 138****1234; responses never carry the full number (except the export). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****'
}

/** A user row as the API's {@link Me}. */
export function toMe(user: UserRow): Me {
  return {
    id: user.id,
    phoneMasked: maskPhone(user.phone),
    wechatBound: user.wechat_openid !== null,
    nickname: user.nickname,
    privacyConsentVersion: user.privacy_consent_version,
    privacyConsentAt: user.privacy_consent_at?.toISOString() ?? null,
    createdAt: user.created_at.toISOString(),
  }
}

/** A staff row (joined with its department) as the API's {@link Staff}. */
export function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    department:
      row.department_id !== null && row.department_code !== null && row.department_name !== null
        ? { id: row.department_id, code: row.department_code, name: row.department_name }
        : null,
  }
}
