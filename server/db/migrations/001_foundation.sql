-- Foundation (issue #2): reference data, resident accounts, sessions, SMS codes, staff, audit log.

CREATE TABLE divisions (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}([0-9]{3})?$'),
  name        text NOT NULL CHECK (length(name) > 0),
  level       text NOT NULL CHECK (level IN ('city', 'county', 'town')),
  parent_code text REFERENCES divisions (code),
  -- the city is the root; everything else hangs under a parent
  CHECK ((level = 'city') = (parent_code IS NULL))
);
CREATE INDEX divisions_parent_idx ON divisions (parent_code);

CREATE TABLE departments (
  id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code       text NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z-]{2,32}$'),
  name       text NOT NULL UNIQUE CHECK (length(name) > 0),
  short_name text NOT NULL CHECK (length(short_name) > 0),
  kind       text NOT NULL CHECK (kind IN ('bureau', 'office', 'center', 'vertical', 'hotline')),
  sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE users (
  id                      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  phone                   text UNIQUE CHECK (phone ~ '^1[3-9][0-9]{9}$'),
  wechat_openid           text UNIQUE,
  wechat_unionid          text,
  nickname                text CHECK (length(nickname) <= 64),
  privacy_consent_version text,
  privacy_consent_at      timestamptz,
  created_at              timestamptz NOT NULL DEFAULT now(),
  deleted_at              timestamptz,
  -- an erased account keeps no way to identify the person
  CHECK (deleted_at IS NULL OR (phone IS NULL AND wechat_openid IS NULL AND wechat_unionid IS NULL AND nickname IS NULL)),
  CHECK ((privacy_consent_version IS NULL) = (privacy_consent_at IS NULL))
);

CREATE TABLE staff_accounts (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name  text NOT NULL CHECK (length(display_name) > 0),
  password_hash text NOT NULL CHECK (password_hash LIKE '$2%'),
  role          text NOT NULL CHECK (role IN ('admin', 'clerk')),
  department_id integer REFERENCES departments (id),
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- a clerk always works for one department
  CHECK (role <> 'clerk' OR department_id IS NOT NULL)
);

CREATE TABLE sessions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  token_hash   text NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  subject_type text NOT NULL CHECK (subject_type IN ('user', 'staff')),
  subject_id   integer NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  last_seen_at timestamptz,
  user_agent   text CHECK (length(user_agent) <= 512)
);
CREATE INDEX sessions_subject_idx ON sessions (subject_type, subject_id);

CREATE TABLE sms_codes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  phone       text NOT NULL CHECK (phone ~ '^1[3-9][0-9]{9}$'),
  code_hash   text NOT NULL CHECK (length(code_hash) = 64),
  expires_at  timestamptz NOT NULL,
  -- wrong guesses are counted in the database so that N processes share one limit
  attempts    integer NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 5),
  consumed_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sms_codes_phone_idx ON sms_codes (phone, created_at DESC);

CREATE TABLE audit_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'staff', 'system', 'anonymous')),
  actor_id   integer,
  action     text NOT NULL CHECK (length(action) > 0),
  target     text,
  detail     jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_type, actor_id, created_at DESC);
