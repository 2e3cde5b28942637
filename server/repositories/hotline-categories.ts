import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { HotlineCategoriesTable, StoredAttribute } from '../db/schema-hotline'

/** A category row joined with its department. */
export interface CategoryRow {
  service_code: string
  group: string
  name: string
  description: string
  keywords: string[]
  department_id: number
  department_name: string
  deadline_days: number
  consult_days: number
  location_required: boolean
  types: HotlineCategoriesTable['types']
  attributes: StoredAttribute[]
  sort: number
}

/** A category to upsert (department already resolved to an id). */
export type CategoryUpsert = Omit<CategoryRow, 'department_name'>

/** SQL for `hotline_categories`. */
export function hotlineCategoriesRepository(db: Kysely<Database>) {
  const base = () =>
    db
      .selectFrom('hotline_categories as c')
      .innerJoin('departments as d', 'd.id', 'c.department_id')
      .select([
        'c.service_code',
        'c.group',
        'c.name',
        'c.description',
        'c.keywords',
        'c.department_id',
        'd.name as department_name',
        'c.deadline_days',
        'c.consult_days',
        'c.location_required',
        'c.types',
        'c.attributes',
        'c.sort',
      ])

  return {
    /** Upserts every category by service_code; returns how many rows changed. */
    async upsertAll(rows: readonly CategoryUpsert[]): Promise<number> {
      if (rows.length === 0) return 0
      const changed = await db
        .insertInto('hotline_categories')
        .values(rows.map((r) => ({ ...r, attributes: JSON.stringify(r.attributes) })))
        .onConflict((oc) =>
          oc
            .column('service_code')
            .doUpdateSet((eb) => ({
              group: eb.ref('excluded.group'),
              name: eb.ref('excluded.name'),
              description: eb.ref('excluded.description'),
              keywords: eb.ref('excluded.keywords'),
              department_id: eb.ref('excluded.department_id'),
              deadline_days: eb.ref('excluded.deadline_days'),
              consult_days: eb.ref('excluded.consult_days'),
              location_required: eb.ref('excluded.location_required'),
              types: eb.ref('excluded.types'),
              attributes: eb.ref('excluded.attributes'),
              sort: eb.ref('excluded.sort'),
            }))
            // Unchanged rows are skipped so a restart writes nothing.
            .where((eb) =>
              eb.or([
                eb('hotline_categories.name', 'is distinct from', eb.ref('excluded.name')),
                eb('hotline_categories.group', 'is distinct from', eb.ref('excluded.group')),
                eb('hotline_categories.description', 'is distinct from', eb.ref('excluded.description')),
                eb('hotline_categories.keywords', 'is distinct from', eb.ref('excluded.keywords')),
                eb('hotline_categories.department_id', 'is distinct from', eb.ref('excluded.department_id')),
                eb('hotline_categories.deadline_days', 'is distinct from', eb.ref('excluded.deadline_days')),
                eb('hotline_categories.consult_days', 'is distinct from', eb.ref('excluded.consult_days')),
                eb('hotline_categories.location_required', 'is distinct from', eb.ref('excluded.location_required')),
                eb('hotline_categories.types', 'is distinct from', eb.ref('excluded.types')),
                eb('hotline_categories.attributes', 'is distinct from', eb.ref('excluded.attributes')),
                eb('hotline_categories.sort', 'is distinct from', eb.ref('excluded.sort')),
              ]),
            ),
        )
        .returning('service_code')
        .execute()
      return changed.length
    },

    /** Every category in display order. */
    async list(): Promise<CategoryRow[]> {
      return (await base().orderBy('c.sort').execute()) as CategoryRow[]
    },

    /** One category by service code. */
    async find(serviceCode: string): Promise<CategoryRow | undefined> {
      return (await base().where('c.service_code', '=', serviceCode).executeTakeFirst()) as CategoryRow | undefined
    },
  }
}
