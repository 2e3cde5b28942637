import { type Kysely, sql } from 'kysely'
import type { Database, StaffAccountsTable } from '../db/schema'

/** A staff row joined with its department. */
export interface StaffRow {
  id: number
  username: string
  display_name: string
  password_hash: string
  role: StaffAccountsTable['role']
  department_id: number | null
  department_code: string | null
  department_name: string | null
  disabled_at: Date | null
  created_at: Date
}

/** SQL for `staff_accounts`. */
export function staffRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom('staff_accounts as s')
      .leftJoin('departments as d', 'd.id', 's.department_id')
      .select([
        's.id',
        's.username',
        's.display_name',
        's.password_hash',
        's.role',
        's.department_id',
        'd.code as department_code',
        'd.name as department_name',
        's.disabled_at',
        's.created_at',
      ])

  return {
    /** An account by username, disabled or not. */
    async findByUsername(username: string): Promise<StaffRow | undefined> {
      return base().where('s.username', '=', username).executeTakeFirst()
    },

    /** An account by id, disabled or not. */
    async findById(id: number): Promise<StaffRow | undefined> {
      return base().where('s.id', '=', id).executeTakeFirst()
    },

    /** Every account, by username. */
    async list(): Promise<StaffRow[]> {
      return base().orderBy('s.username').execute()
    },

    /** Inserts an account; the unique constraint on `username` rejects duplicates (Postgres error 23505). */
    async insert(input: {
      username: string
      displayName: string
      passwordHash: string
      role: StaffRow['role']
      departmentId: number | null
    }): Promise<number> {
      const row = await db
        .insertInto('staff_accounts')
        .values({
          username: input.username,
          display_name: input.displayName,
          password_hash: input.passwordHash,
          role: input.role,
          department_id: input.departmentId,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },

    /** Disables an account; returns false if there is no such username. */
    async disable(username: string): Promise<boolean> {
      const rows = await db
        .updateTable('staff_accounts')
        .set({ disabled_at: sql<Date>`coalesce(disabled_at, now())` })
        .where('username', '=', username)
        .returning('id')
        .execute()
      return rows.length > 0
    },

    /** Replaces the password hash; returns false if there is no such username. */
    async setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
      const rows = await db
        .updateTable('staff_accounts')
        .set({ password_hash: passwordHash })
        .where('username', '=', username)
        .returning('id')
        .execute()
      return rows.length > 0
    },
  }
}
