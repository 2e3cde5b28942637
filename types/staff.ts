import { type Static, Type } from '@sinclair/typebox'
import { IsoDateTime } from './common'

/** Staff roles: 管理员 sees everything; 经办人 works for one department. */
export const StaffRole = { admin: 'admin', clerk: 'clerk' } as const
/** One of {@link StaffRole}. */
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole]
/** Chinese labels of {@link StaffRole}. */
export const StaffRoleLabel: Record<StaffRole, string> = { admin: '管理员', clerk: '经办人' }

/** A staff account as the API shows it. */
export const Staff = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    role: Type.Union([Type.Literal('admin'), Type.Literal('clerk')]),
    department: Type.Union([
      Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }),
      Type.Null(),
    ]),
  },
  { title: '工作人员' },
)
/** Static type of {@link Staff}. */
export type Staff = Static<typeof Staff>

/** `POST /api/staff/login` body. */
export const StaffLoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64, title: '用户名' }),
  password: Type.String({ minLength: 1, maxLength: 200, title: '密码' }),
})
/** Static type of {@link StaffLoginBody}. */
export type StaffLoginBody = Static<typeof StaffLoginBody>

/** `POST /api/staff/login` answer. */
export const StaffSession = Type.Object({ token: Type.String(), expiresAt: IsoDateTime, staff: Staff })
/** Static type of {@link StaffSession}. */
export type StaffSession = Static<typeof StaffSession>
