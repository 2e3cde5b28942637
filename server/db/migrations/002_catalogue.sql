-- Service-item catalogue (issue #3): 事项 with their 办事指南, 一件事 themes, ratings, favourites, hot searches.
-- Search columns hold application-computed CJK grams (server/lib/search-text.ts) in GIN-indexed text[] columns
-- (docs/design.md §4): candidates with @>, exact recheck with ILIKE on the *_norm / *_text columns.

-- Departments below the city level (区县部门、市级部门的分局/分中心、派出所、乡镇街道、村居) are loaded with the
-- catalogue; they need a level, a division and a parent. Their kind stays within the foundation's list (bureau for
-- 部门及其分局, office for 乡镇街道、村居 units): migration 003 redefines that CHECK, and the level says the rest.
ALTER TABLE departments ADD COLUMN level text NOT NULL DEFAULT 'city'
  CHECK (level IN ('city', 'county', 'town', 'village'));
ALTER TABLE departments ADD COLUMN division_code text REFERENCES divisions (code);
ALTER TABLE departments ADD COLUMN parent_id integer REFERENCES departments (id);
ALTER TABLE departments ADD CONSTRAINT departments_parent_not_self CHECK (parent_id IS DISTINCT FROM id);

CREATE TABLE service_items (
  id                  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- 实施编码: unique per implementation; 基本编码 shared by the same item at every level (三级四同)
  impl_code           text NOT NULL UNIQUE CHECK (impl_code ~ '^[0-9]{12}-[0-9]{6}([0-9]{3})?-[1-4]$'),
  base_code           text NOT NULL CHECK (base_code ~ '^[0-9]{12}$'),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  aliases             text[] NOT NULL DEFAULT '{}',
  keywords            text[] NOT NULL DEFAULT '{}',
  department_id       integer NOT NULL REFERENCES departments (id),
  level               text NOT NULL CHECK (level IN ('city', 'county', 'town', 'village')),
  division_code       text NOT NULL REFERENCES divisions (code),
  division_name       text NOT NULL,
  county_code         text NOT NULL GENERATED ALWAYS AS (left(division_code, 6)) STORED,
  audience            text[] NOT NULL CHECK (cardinality(audience) > 0 AND audience <@ ARRAY['personal', 'legal']),
  item_type           text NOT NULL CHECK (item_type IN ('行政许可', '行政给付', '行政确认', '行政征收', '行政裁决',
                                                          '行政奖励', '行政备案', '其他行政权力', '公共服务')),
  handling_mode       text NOT NULL CHECK (handling_mode IN ('online', 'once', 'window')),
  visit_count         integer NOT NULL CHECK (visit_count BETWEEN 0 AND 10),
  popularity          integer NOT NULL CHECK (popularity BETWEEN 0 AND 100),
  summary             text NOT NULL,
  -- per-item override of the online entry; NULL = CATALOGUE_ONLINE_URL_TEMPLATE with the impl code
  online_url          text CHECK (online_url ~ '^https://'),
  guide               jsonb NOT NULL,
  promised_limit_days numeric NOT NULL CHECK (promised_limit_days >= 0),
  legal_limit_days    numeric CHECK (legal_limit_days >= 0),
  material_count      integer NOT NULL CHECK (material_count >= 0),
  charged             boolean NOT NULL,
  updated_at          date NOT NULL,
  content_hash        text NOT NULL,
  -- search: normalised text for the ILIKE recheck, grams for the GIN candidate filter
  name_norm           text NOT NULL,
  alias_text          text NOT NULL,
  keyword_text        text NOT NULL,
  guide_text          text NOT NULL CHECK (length(guide_text) <= 2000),
  name_grams          text[] NOT NULL,
  alias_grams         text[] NOT NULL,
  keyword_grams       text[] NOT NULL,
  guide_grams         text[] NOT NULL,
  pinyin_full         text NOT NULL,
  pinyin_initials     text NOT NULL,
  pinyin_grams        text[] NOT NULL,
  -- 全程网办 means no trip
  CHECK ((handling_mode = 'online') = (visit_count = 0))
);
CREATE INDEX service_items_name_grams_idx ON service_items USING gin (name_grams);
CREATE INDEX service_items_alias_grams_idx ON service_items USING gin (alias_grams);
CREATE INDEX service_items_keyword_grams_idx ON service_items USING gin (keyword_grams);
CREATE INDEX service_items_guide_grams_idx ON service_items USING gin (guide_grams);
CREATE INDEX service_items_pinyin_grams_idx ON service_items USING gin (pinyin_grams);
CREATE INDEX service_items_popularity_idx ON service_items (popularity DESC, impl_code);
CREATE INDEX service_items_base_code_idx ON service_items (base_code);
CREATE INDEX service_items_department_idx ON service_items (department_id);

CREATE TABLE themes (
  code         text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,32}$'),
  name         text NOT NULL CHECK (length(name) > 0),
  description  text NOT NULL,
  audience     text NOT NULL CHECK (audience IN ('personal', 'legal')),
  sort_order   integer NOT NULL DEFAULT 0,
  content_hash text NOT NULL
);

CREATE TABLE theme_steps (
  theme_code text NOT NULL REFERENCES themes (code) ON DELETE CASCADE,
  step_order integer NOT NULL CHECK (step_order > 0),
  base_code  text NOT NULL CHECK (base_code ~ '^[0-9]{12}$'),
  note       text NOT NULL,
  PRIMARY KEY (theme_code, step_order)
);

-- "这条指南准确吗？" One row per rating; a retried POST with the same Idempotency-Key hits the unique constraint.
CREATE TABLE item_ratings (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  impl_code       text NOT NULL REFERENCES service_items (impl_code) ON DELETE CASCADE,
  user_id         integer REFERENCES users (id) ON DELETE SET NULL,
  score           smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment         text CHECK (length(comment) <= 500),
  idempotency_key text UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 128),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_ratings_impl_idx ON item_ratings (impl_code);

-- Aggregate kept in the same transaction as the rating insert.
CREATE TABLE item_rating_totals (
  impl_code    text PRIMARY KEY REFERENCES service_items (impl_code) ON DELETE CASCADE,
  rating_count integer NOT NULL CHECK (rating_count >= 0),
  score_sum    integer NOT NULL CHECK (score_sum BETWEEN rating_count AND 5 * rating_count)
);

CREATE TABLE favourites (
  user_id    integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  impl_code  text NOT NULL REFERENCES service_items (impl_code) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, impl_code)
);

-- 热门搜索: normalised terms that found something; no user, no address, no time series.
CREATE TABLE search_log (
  term    text PRIMARY KEY CHECK (length(term) BETWEEN 1 AND 20),
  count   bigint NOT NULL DEFAULT 1 CHECK (count > 0),
  last_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_log_count_idx ON search_log (count DESC);

-- One row; every catalogue write bumps it, and every process's read cache is keyed by it.
CREATE TABLE catalogue_version (
  id         boolean PRIMARY KEY DEFAULT true CHECK (id),
  version    bigint NOT NULL CHECK (version >= 0),
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO catalogue_version (id, version) VALUES (true, 0);
