import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { catalogueRepository } from '../repositories/catalogue'
import { catalogueService, onlineUrlTemplate } from './catalogue'
import { CatalogueCache } from './catalogue-cache'
import { catalogueSearch } from './catalogue-search'

/** What the catalogue routes share in one process: the answer cache and the services. */
export interface CatalogueContext {
  cache: CatalogueCache
  version(): Promise<string>
  catalogue: ReturnType<typeof catalogueService>
  search: ReturnType<typeof catalogueSearch>
}

const contexts = new WeakMap<Kysely<Database>, CatalogueContext>()

/**
 * The catalogue context of a database handle, made once (route plugins are encapsulated, the database is not).
 * Reads CATALOGUE_ONLINE_URL_TEMPLATE, so a wrong value stops the server at start.
 */
export function catalogueContext(db: Kysely<Database>, env: Record<string, string | undefined> = process.env) {
  let ctx = contexts.get(db)
  if (!ctx) {
    const template = onlineUrlTemplate(env)
    const repo = catalogueRepository(db)
    ctx = {
      cache: new CatalogueCache(),
      version: () => repo.version(),
      catalogue: catalogueService(db, template),
      search: catalogueSearch(db, template),
    }
    contexts.set(db, ctx)
  }
  return ctx
}
