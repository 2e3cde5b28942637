/** Tables of the 12345 hotline (issue #4); merged into `Database` in schema.ts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by the hotline migration's tables
export interface HotlineTables {}
