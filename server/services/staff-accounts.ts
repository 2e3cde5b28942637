import bcrypt from 'bcryptjs'
import type { Kysely } from 'kysely'
import type { StaffSession } from '../../types/staff'
import type { Database } from '../db/schema'
import { UnauthorizedError, ValidationError } from '../errors'
import { newToken, sha256Hex } from '../lib/crypto'
import { toStaff } from '../lib/present'
import { auditRepository } from '../repositories/audit'
import { departmentsRepository } from '../repositories/departments'
import { sessionsRepository } from '../repositories/sessions'
import { type StaffRow, staffRepository } from '../repositories/staff'

/** bcrypt cost: 10 is ~70 ms here, slow enough for offline guessing, fast enough for a login. */
export const BCRYPT_COST = 10

/** A hash no password matches; compared against for unknown usernames so timing does not reveal which exist. */
const DUMMY_HASH = bcrypt.hashSync('no-such-account', BCRYPT_COST)

/** Input for a new staff account. */
export interface NewStaff {
  username: string
  password: string
  displayName: string
  role: StaffRow['role']
  /** Department short code such as 3210-RSJ; required for clerks. */
  departmentCode?: string | null
}

/** Rules a staff password must meet; checked before hashing. */
export function checkStaffPassword(password: string): void {
  if (password.length < 8) throw new ValidationError('密码至少 8 位', { password: '密码至少 8 位' })
}

/** Staff accounts: creation (CLI, demo seed), password login, sessions. */
export function staffAccounts(db: Kysely<Database>) {
  const staff = staffRepository(db)
  const sessions = sessionsRepository(db)
  const audit = auditRepository(db)

  return {
    /** Creates an account with a bcrypt-hashed password. */
    async create(input: NewStaff): Promise<StaffRow> {
      if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(input.username))
        throw new ValidationError('用户名只能用小写字母、数字和 . _ -，2–64 位', { username: '用户名格式不正确' })
      checkStaffPassword(input.password)
      let departmentId: number | null = null
      if (input.departmentCode) {
        const dept = await departmentsRepository(db).findByCode(input.departmentCode)
        if (!dept)
          throw new ValidationError(`没有代码为 ${input.departmentCode} 的部门`, { department: '部门代码不存在' })
        departmentId = dept.id
      }
      if (input.role === 'clerk' && departmentId === null)
        throw new ValidationError('经办人必须属于一个部门', { department: '经办人必须指定部门' })
      const id = await staff.insert({
        username: input.username,
        displayName: input.displayName,
        passwordHash: await bcrypt.hash(input.password, BCRYPT_COST),
        role: input.role,
        departmentId,
      })
      return (await staff.findById(id))!
    },

    /**
     * Sets a new password and ends every session of the account in the same transaction: a reset is what an admin
     * does when a password may be known to someone else, so whoever is logged in with the old one is logged out.
     * Returns the number of sessions ended, or null if there is no such username.
     */
    async setPassword(username: string, password: string): Promise<{ sessionsEnded: number } | null> {
      checkStaffPassword(password)
      const passwordHash = await bcrypt.hash(password, BCRYPT_COST)
      return db.transaction().execute(async (trx) => {
        const accounts = staffRepository(trx)
        const row = await accounts.findByUsername(username)
        if (!row) return null
        await accounts.setPasswordHash(username, passwordHash)
        return { sessionsEnded: await sessionsRepository(trx).revokeAllFor('staff', row.id) }
      })
    },

    /**
     * Password login. Every attempt, good or bad, goes to the audit log. Unknown user, wrong password and
     * disabled account all answer the same 401 so the answer does not reveal which usernames exist.
     */
    async login(username: string, password: string, ttlHours: number, userAgent: string | null): Promise<StaffSession> {
      const row = await staff.findByUsername(username)
      const ok = await bcrypt.compare(password, row?.password_hash ?? DUMMY_HASH)
      if (!row || !ok || row.disabled_at !== null) {
        await audit.record({
          actorType: row ? 'staff' : 'anonymous',
          actorId: row?.id ?? null,
          action: 'staff.login_failed',
          target: username.slice(0, 64),
          detail: { reason: !row ? 'unknown_user' : !ok ? 'wrong_password' : 'disabled' },
        })
        throw new UnauthorizedError('用户名或密码不正确，或账号已停用')
      }
      const token = newToken()
      const { expiresAt } = await sessions.create({
        tokenHash: sha256Hex(token),
        subjectType: 'staff',
        subjectId: row.id,
        ttlHours,
        userAgent,
      })
      await audit.record({ actorType: 'staff', actorId: row.id, action: 'staff.login', target: row.username })
      return { token, expiresAt: expiresAt.toISOString(), staff: toStaff(row) }
    },
  }
}
