/** Tables of the service-item catalogue (issue #3); merged into `Database` in schema.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the catalogue migration's tables
export interface CatalogueTables {}
