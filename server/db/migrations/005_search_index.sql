-- Catalogue search moves from GIN gram columns to a per-process in-memory index (server/services/catalogue-index.ts).
-- Measured at 5,200 items (bench/search.mjs): the GIN + ILIKE statement with facets took p95 25–193 ms on PostgreSQL
-- for unselective terms (证, 身份证: ~2,400 hits seq-scanned through wide rows); the index answers in about 1 ms.
--
-- The table keeps the normalised search text the loader computes (name_norm, alias_text, keyword_text, guide_text,
-- pinyin_full, pinyin_initials); the gram arrays and their GIN indexes are dropped.
--
-- content_version moves only when searchable content changes (the loader), so every process rebuilds its index
-- then and only then; version also moves on ratings and keys the answer cache.
ALTER TABLE catalogue_version ADD COLUMN content_version bigint NOT NULL DEFAULT 0 CHECK (content_version >= 0);

DROP INDEX service_items_name_grams_idx;
DROP INDEX service_items_alias_grams_idx;
DROP INDEX service_items_keyword_grams_idx;
DROP INDEX service_items_guide_grams_idx;
DROP INDEX service_items_pinyin_grams_idx;
ALTER TABLE service_items
  DROP COLUMN name_grams,
  DROP COLUMN alias_grams,
  DROP COLUMN keyword_grams,
  DROP COLUMN guide_grams,
  DROP COLUMN pinyin_grams;
