-- Guide ratings (issue #9 item 6): only a signed-in resident's rating counts toward an item's public score — one per
-- resident per item, which they may change. Anonymous feedback is still welcome, as a comment that does not move the
-- score (item_comments). Idempotency of ratings moves to the per-user idempotency_keys (server/platform/
-- idempotency.ts), so the global unique key column goes.

CREATE TABLE item_comments (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  impl_code  text NOT NULL REFERENCES service_items (impl_code) ON DELETE CASCADE,
  -- The score an anonymous rating gave before this migration, kept for the record; never counted.
  score      smallint CHECK (score BETWEEN 1 AND 5),
  comment    text CHECK (length(comment) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (score IS NOT NULL OR comment IS NOT NULL)
);
CREATE INDEX item_comments_impl_idx ON item_comments (impl_code, created_at);

-- Existing anonymous ratings leave the average and are kept as comments.
INSERT INTO item_comments (impl_code, score, comment, created_at)
  SELECT impl_code, score, comment, created_at FROM item_ratings WHERE user_id IS NULL ORDER BY id;
DELETE FROM item_ratings WHERE user_id IS NULL;

-- One counted rating per resident and item: an earlier duplicate becomes a comment, the latest one stays.
INSERT INTO item_comments (impl_code, score, comment, created_at)
  SELECT r.impl_code, r.score, r.comment, r.created_at FROM item_ratings r
  WHERE EXISTS (SELECT 1 FROM item_ratings n
                WHERE n.impl_code = r.impl_code AND n.user_id = r.user_id AND n.id > r.id)
  ORDER BY r.id;
DELETE FROM item_ratings r
  WHERE EXISTS (SELECT 1 FROM item_ratings n
                WHERE n.impl_code = r.impl_code AND n.user_id = r.user_id AND n.id > r.id);

ALTER TABLE item_ratings DROP COLUMN idempotency_key;
ALTER TABLE item_ratings ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- NULL user_id remains only for ratings of residents who erased their account (DELETE /api/me unlinks them; they
-- were signed in when they rated, so they still count). NULLs are distinct here, so they never collide.
ALTER TABLE item_ratings ADD CONSTRAINT item_ratings_one_per_resident UNIQUE (impl_code, user_id);

-- The aggregate, recomputed from what still counts.
DELETE FROM item_rating_totals;
INSERT INTO item_rating_totals (impl_code, rating_count, score_sum)
  SELECT impl_code, count(*), sum(score) FROM item_ratings GROUP BY impl_code;
UPDATE catalogue_version SET version = version + 1, changed_at = now();
