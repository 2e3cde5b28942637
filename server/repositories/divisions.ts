import type { Kysely } from 'kysely'
import type { DivisionTree } from '../../types/reference'
import type { Database, DivisionsTable } from '../db/schema'

/** SQL for `divisions`. */
export function divisionsRepository(db: Kysely<Database>) {
  return {
    /** Inserts or updates rows in the order given (parents first); returns how many rows actually changed. */
    async upsertAll(rows: DivisionsTable[]): Promise<number> {
      if (rows.length === 0) return 0
      const changed = await db
        .insertInto('divisions')
        .values(rows)
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              level: eb.ref('excluded.level'),
              parent_code: eb.ref('excluded.parent_code'),
            }))
            // Unchanged rows are skipped so a restart writes nothing.
            .where((eb) =>
              eb.or([
                eb('divisions.name', 'is distinct from', eb.ref('excluded.name')),
                eb('divisions.level', 'is distinct from', eb.ref('excluded.level')),
                eb('divisions.parent_code', 'is distinct from', eb.ref('excluded.parent_code')),
              ]),
            ),
        )
        .returning('code')
        .execute()
      return changed.length
    },

    /** The given codes with their level and parent (to check a district and a town inside it). */
    async findMany(codes: readonly string[]) {
      if (codes.length === 0) return []
      return db.selectFrom('divisions').select(['code', 'level', 'parent_code']).where('code', 'in', codes).execute()
    },

    /** The county-level units (区、县、市) with their names. */
    async counties() {
      return db.selectFrom('divisions').select(['code', 'name']).where('level', '=', 'county').execute()
    },

    /** The city with its county-level units and towns, ordered by code. */
    async tree(): Promise<DivisionTree | null> {
      const rows = await db.selectFrom('divisions').selectAll().orderBy('code').execute()
      const city = rows.find((r) => r.level === 'city')
      if (!city) return null
      const counties = rows
        .filter((r) => r.level === 'county' && r.parent_code === city.code)
        .map((c) => ({
          code: c.code,
          name: c.name,
          towns: rows.filter((t) => t.parent_code === c.code).map((t) => ({ code: t.code, name: t.name })),
        }))
      return { city: { code: city.code, name: city.name }, counties }
    },
  }
}
