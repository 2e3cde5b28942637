/**
 * Test-only production secrets: the keys a production start requires (DATA_KEYS, HMAC_KEYS; server/config.ts),
 * random and strong, and PGlite allowed, so production-mode tests pass the key checks and are refused only for what they test.
 */
export const PRODUCTION_SECRETS = {
  // the tests run on PGlite unless DATABASE_URL is set: a production start there must say it means it
  PGLITE_IN_PRODUCTION: '1',
  DATA_KEYS: 'test2026:Zt2TprM1+obCumdrQTgWkFpOSOJpRliRt8N391T6YBs=',
  HMAC_KEYS: 'test2026:Ogp0NILhpch2BPDxyz6Em7A35BBI+aPzhPtHQX1xXS4=',
} as const
