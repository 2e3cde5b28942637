import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { catalogueRepository } from '../repositories/catalogue'
import { catalogueService } from './catalogue'
import { CatalogueCache } from './catalogue-cache'
import { DEFAULT_ONLINE_URL_TEMPLATE } from './catalogue-online-url'
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
 * `template` is config.catalogueOnlineUrlTemplate (CATALOGUE_ONLINE_URL_TEMPLATE, checked at start); the first
 * caller's value is kept.
 */
export function catalogueContext(db: Kysely<Database>, template: string = DEFAULT_ONLINE_URL_TEMPLATE) {
  let ctx = contexts.get(db)
  if (!ctx) {
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
