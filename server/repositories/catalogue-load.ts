import { type Insertable, type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../db/schema'
import type { ServiceItemsTable } from '../db/schema-catalogue'
import type { ThemeSeed } from '../db/seed/catalogue/types'

/** A service_items row as the loader writes it. */
export type CatalogueItemRow = Omit<Insertable<ServiceItemsTable>, 'id' | 'county_code'>

/** A department unit (区县部门、分局、乡镇街道、村居) added by the catalogue loader. */
export interface DepartmentUnit {
  code: string
  name: string
  shortName: string
  kind: 'bureau' | 'office'
  level: 'county' | 'town' | 'village'
  divisionCode: string
}

/** Arbitrary constant for pg_advisory_xact_lock: two processes starting at once load the catalogue one by one. */
const CATALOGUE_LOCK_KEY = 3210_0003
const BATCH = 100

/** Writes of the catalogue loader, inside one transaction. */
function loadTx(tx: Transaction<Database>) {
  return {
    /** Every department with the columns the loader needs (level and division are added by migration 002). */
    async departments(): Promise<{ id: number; name: string; level: string; divisionCode: string | null }[]> {
      const rows = await sql<{ id: number; name: string; level: string; division_code: string | null }>`
        SELECT id, name, level, division_code FROM departments`.execute(tx)
      return rows.rows.map((r) => ({ id: r.id, name: r.name, level: r.level, divisionCode: r.division_code }))
    },

    /** Adds departments (a name already present is left alone); returns how many were added. */
    async insertDepartments(units: DepartmentUnit[]): Promise<number> {
      let added = 0
      for (const u of units) {
        const res = await sql`
          INSERT INTO departments (code, name, short_name, kind, level, division_code, sort_order)
          VALUES (${u.code}, ${u.name}, ${u.shortName}, ${u.kind}, ${u.level}, ${u.divisionCode}, 1000)
          ON CONFLICT DO NOTHING`.execute(tx)
        added += Number(res.numAffectedRows ?? 0)
      }
      return added
    },

    /** Sets parents by name. */
    async setDepartmentParents(pairs: { name: string; parentName: string }[]): Promise<void> {
      for (const p of pairs)
        await sql`
          UPDATE departments SET parent_id = (SELECT id FROM departments WHERE name = ${p.parentName})
          WHERE name = ${p.name}`.execute(tx)
    },

    /** impl code → content hash of every stored item. */
    async itemHashes(): Promise<Map<string, string>> {
      const rows = await tx.selectFrom('service_items').select(['impl_code', 'content_hash']).execute()
      return new Map(rows.map((r) => [r.impl_code, r.content_hash]))
    },

    /** Inserts or replaces items by impl code; returns how many rows were written. */
    async upsertItems(rows: CatalogueItemRow[]): Promise<number> {
      let n = 0
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH)
        const columns = Object.keys(batch[0]!) as (keyof CatalogueItemRow)[]
        await tx
          .insertInto('service_items')
          .values(batch)
          .onConflict((oc) =>
            oc
              .column('impl_code')
              .doUpdateSet(
                Object.fromEntries(
                  columns.filter((c) => c !== 'impl_code').map((c) => [c, sql.ref(`excluded.${c}`)]),
                ) as never,
              ),
          )
          .execute()
        n += batch.length
      }
      return n
    },

    /** Removes items whose impl code is not in `keep` (their favourites and ratings go with them). */
    async removeItemsExcept(keep: string[]): Promise<number> {
      const res = await sql`DELETE FROM service_items WHERE NOT (impl_code = ANY(${keep}::text[]))`.execute(tx)
      return Number(res.numAffectedRows ?? 0)
    },

    /** code → content hash of every stored theme. */
    async themeHashes(): Promise<Map<string, string>> {
      const rows = await tx.selectFrom('themes').select(['code', 'content_hash']).execute()
      return new Map(rows.map((r) => [r.code, r.content_hash]))
    },

    /** Writes one theme and replaces its steps. */
    async upsertTheme(theme: ThemeSeed, sortOrder: number, hash: string): Promise<void> {
      await tx
        .insertInto('themes')
        .values({
          code: theme.code,
          name: theme.name,
          description: theme.description,
          audience: theme.audience,
          sort_order: sortOrder,
          content_hash: hash,
        })
        .onConflict((oc) =>
          oc.column('code').doUpdateSet({
            name: theme.name,
            description: theme.description,
            audience: theme.audience,
            sort_order: sortOrder,
            content_hash: hash,
          }),
        )
        .execute()
      await tx.deleteFrom('theme_steps').where('theme_code', '=', theme.code).execute()
      if (theme.steps.length > 0)
        await tx
          .insertInto('theme_steps')
          .values(
            theme.steps.map((s) => ({
              theme_code: theme.code,
              step_order: s.order,
              base_code: s.baseCode,
              note: s.note,
            })),
          )
          .execute()
    },

    /** Removes themes not in `keep`. */
    async removeThemesExcept(keep: string[]): Promise<number> {
      const res = await sql`DELETE FROM themes WHERE NOT (code = ANY(${keep}::text[]))`.execute(tx)
      return Number(res.numAffectedRows ?? 0)
    },

    /**
     * Bumps the catalogue version and the content version: every process's answer cache and search index keyed by
     * the old ones stop being used.
     */
    async bumpVersion(): Promise<void> {
      await sql`
        UPDATE catalogue_version
        SET version = version + 1, content_version = content_version + 1, changed_at = now()`.execute(tx)
    },
  }
}

/** SQL of the catalogue loader (server/db/seed/catalogue/load.ts). */
export function catalogueLoadRepository(db: Kysely<Database>) {
  return {
    /**
     * Runs `fn` in one transaction holding an advisory lock, so N processes starting together load the catalogue
     * one after another (the later ones find the hashes equal and write nothing).
     */
    async inLoadTransaction<T>(fn: (tx: ReturnType<typeof loadTx>) => Promise<T>): Promise<T> {
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${CATALOGUE_LOCK_KEY})`.execute(trx)
        return fn(loadTx(trx))
      })
    },

    /** Refreshes planner statistics after a bulk load (VACUUM cannot run in a transaction). */
    async analyze(): Promise<void> {
      await sql`VACUUM ANALYZE service_items, themes, theme_steps, departments`.execute(db)
    },
  }
}
