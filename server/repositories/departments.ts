import type { Kysely } from 'kysely'
import type { Department } from '../../types/reference'
import type { Database } from '../db/schema'
import type { DepartmentSeed } from '../db/seed/departments'

/** SQL for `departments`. */
export function departmentsRepository(db: Kysely<Database>) {
  return {
    /** Upserts by code, keeping `sort_order` = position; returns how many rows changed. */
    async upsertAll(rows: readonly DepartmentSeed[]): Promise<number> {
      if (rows.length === 0) return 0
      const changed = await db
        .insertInto('departments')
        .values(rows.map((r, i) => ({ ...r, sort_order: i })))
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              short_name: eb.ref('excluded.short_name'),
              kind: eb.ref('excluded.kind'),
              sort_order: eb.ref('excluded.sort_order'),
            }))
            .where((eb) =>
              eb.or([
                eb('departments.name', 'is distinct from', eb.ref('excluded.name')),
                eb('departments.short_name', 'is distinct from', eb.ref('excluded.short_name')),
                eb('departments.kind', 'is distinct from', eb.ref('excluded.kind')),
                eb('departments.sort_order', 'is distinct from', eb.ref('excluded.sort_order')),
              ]),
            ),
        )
        .returning('id')
        .execute()
      return changed.length
    },

    /** All departments in display order. */
    async list(): Promise<Department[]> {
      const rows = await db
        .selectFrom('departments')
        .select(['id', 'code', 'name', 'short_name'])
        .orderBy('sort_order')
        .orderBy('id')
        .execute()
      return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, shortName: r.short_name }))
    },

    /** One department by its short code (e.g. 3210-RSJ). */
    async findByCode(code: string) {
      return db.selectFrom('departments').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst()
    },

    /** One department's id and name by id. */
    async findById(id: number) {
      return db.selectFrom('departments').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
    },

    /** The 12345 dispatch desk (the first hotline department): where a returned ticket goes back to. */
    async hotlineDesk(): Promise<{ id: number }> {
      return db
        .selectFrom('departments')
        .select('id')
        .where('kind', '=', 'hotline')
        .orderBy('sort_order')
        .executeTakeFirstOrThrow()
    },
  }
}
