-- 12345 hotline (issue #4): categories (Open311 services), tickets with timeline/replies/followers/photos,
-- uploads, idempotency keys, in-app messages and notification deliveries.

-- Public utilities (供水、供电、燃气) handle their own 12345 tickets.
ALTER TABLE departments DROP CONSTRAINT IF EXISTS departments_kind_check;
ALTER TABLE departments ADD CONSTRAINT departments_kind_check
  CHECK (kind IN ('bureau', 'office', 'center', 'vertical', 'hotline', 'utility'));

CREATE TABLE hotline_categories (
  service_code      text PRIMARY KEY CHECK (service_code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  "group"           text NOT NULL CHECK (length("group") > 0),
  name              text NOT NULL CHECK (length(name) > 0),
  description       text NOT NULL,
  keywords          text[] NOT NULL DEFAULT '{}',
  department_id     integer NOT NULL REFERENCES departments (id),
  deadline_days     integer NOT NULL CHECK (deadline_days BETWEEN 1 AND 60),
  consult_days      integer NOT NULL CHECK (consult_days BETWEEN 1 AND 60),
  location_required boolean NOT NULL,
  types             text[] NOT NULL CHECK (cardinality(types) > 0
                      AND types <@ ARRAY['咨询', '求助', '投诉', '举报', '建议']::text[]),
  attributes        jsonb NOT NULL DEFAULT '[]'::jsonb,
  sort              integer NOT NULL DEFAULT 0
);

CREATE TABLE uploads (
  id            uuid PRIMARY KEY,
  owner_user_id integer REFERENCES users (id),
  mime          text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes         integer NOT NULL CHECK (bytes > 0 AND bytes <= 5242880),
  sha256        text NOT NULL CHECK (length(sha256) = 64),
  path          text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX uploads_owner_idx ON uploads (owner_user_id, created_at DESC);

-- Ticket numbers: YZ + date (Asia/Shanghai) + '-' + six digits from this sequence.
CREATE SEQUENCE ticket_ref_seq;

CREATE TABLE tickets (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ref             text NOT NULL UNIQUE CHECK (ref ~ '^YZ[0-9]{8}-[0-9]{6}$'),
  tracking_token  text NOT NULL UNIQUE CHECK (length(tracking_token) >= 16),
  source          text NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'open311', 'seed')),
  user_id         integer REFERENCES users (id),
  type            text NOT NULL CHECK (type IN ('咨询', '求助', '投诉', '举报', '建议')),
  service_code    text NOT NULL REFERENCES hotline_categories (service_code),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 40),
  description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
  occurred_at     timestamptz,
  district_code   text NOT NULL REFERENCES divisions (code),
  town_code       text REFERENCES divisions (code),
  address         text CHECK (length(address) <= 120),
  lat             double precision CHECK (lat BETWEEN -90 AND 90),
  lng             double precision CHECK (lng BETWEEN -180 AND 180),
  attributes      jsonb NOT NULL DEFAULT '{}'::jsonb,
  anonymous       boolean NOT NULL DEFAULT false,
  -- stored in full; masked in every view except the owner's own and the handling clerk's
  contact_phone   text CHECK (contact_phone ~ '^1[3-9][0-9]{9}$'),
  status          text NOT NULL DEFAULT 'submitted'
                    CHECK (status IN ('submitted', 'accepted', 'assigned', 'returned', 'reopened', 'replied', 'closed', 'merged')),
  department_id   integer REFERENCES departments (id),
  accept_deadline timestamptz NOT NULL,
  due_at          timestamptz NOT NULL,
  merged_into     bigint REFERENCES tickets (id),
  reopened_count  integer NOT NULL DEFAULT 0 CHECK (reopened_count BETWEEN 0 AND 1),
  rating_level    text CHECK (rating_level IN ('非常满意', '满意', '基本满意', '不满意', '非常不满意')),
  rating_comment  text CHECK (length(rating_comment) <= 500),
  rated_at        timestamptz,
  followers_count integer NOT NULL DEFAULT 0 CHECK (followers_count >= 0),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL)),
  CHECK ((rating_level IS NULL) = (rated_at IS NULL)),
  CHECK (lat IS NULL OR lng IS NOT NULL)
);
CREATE INDEX tickets_user_idx ON tickets (user_id, created_at DESC);
CREATE INDEX tickets_queue_idx ON tickets (department_id, status, created_at DESC);
CREATE INDEX tickets_status_created_idx ON tickets (status, created_at DESC);
CREATE INDEX tickets_service_created_idx ON tickets (service_code, created_at DESC);
CREATE INDEX tickets_district_created_idx ON tickets (district_code, created_at DESC);

-- Timeline and audit trail: one row per status change or action, with who and when.
CREATE TABLE ticket_events (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id   bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  actor_type  text NOT NULL CHECK (actor_type IN ('user', 'staff', 'system', 'open311')),
  actor_id    integer,
  action      text NOT NULL CHECK (action IN ('submit', 'accept', 'assign', 'return', 'reply', 'close', 'merge',
                                               'rate', 'reopen', 'follow', 'merged_in')),
  from_status text,
  to_status   text,
  note        text CHECK (length(note) <= 2000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, id);

CREATE TABLE ticket_replies (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id     bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  department_id integer NOT NULL REFERENCES departments (id),
  -- null for seeded demo replies
  staff_id      integer REFERENCES staff_accounts (id),
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_replies_ticket_idx ON ticket_replies (ticket_id, id);

-- 我也遇到了: the primary key makes a second click (or 20 at once) a no-op.
CREATE TABLE ticket_followers (
  ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  user_id    integer NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ticket_id, user_id)
);
CREATE INDEX ticket_followers_user_idx ON ticket_followers (user_id);

CREATE TABLE ticket_photos (
  ticket_id bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  upload_id uuid NOT NULL REFERENCES uploads (id),
  position  integer NOT NULL CHECK (position BETWEEN 0 AND 2),
  PRIMARY KEY (ticket_id, position),
  -- a photo belongs to one ticket: two submissions racing with the same upload cannot both attach it
  UNIQUE (upload_id)
);

-- WeChat subscribe messages are one-shot: each accepted subscription allows one message.
CREATE TABLE ticket_subscriptions (
  ticket_id   bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  user_id     integer NOT NULL REFERENCES users (id),
  template_id text NOT NULL,
  remaining   integer NOT NULL DEFAULT 0 CHECK (remaining BETWEEN 0 AND 20),
  PRIMARY KEY (ticket_id, user_id, template_id)
);

-- Idempotent creates: the unique key row is inserted first in the creating transaction (see idempotency.ts).
CREATE TABLE idempotency_keys (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key             text NOT NULL CHECK (length(key) BETWEEN 8 AND 128),
  user_id         integer NOT NULL REFERENCES users (id),
  route           text NOT NULL,
  request_hash    text NOT NULL CHECK (length(request_hash) = 64),
  response_status integer,
  response_body   jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, route, key)
);

CREATE TABLE messages (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    integer NOT NULL REFERENCES users (id),
  ticket_id  bigint REFERENCES tickets (id) ON DELETE CASCADE,
  title      text NOT NULL CHECK (length(title) <= 100),
  body       text NOT NULL CHECK (length(body) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz
);
CREATE INDEX messages_user_idx ON messages (user_id, id DESC);

CREATE TABLE notification_deliveries (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id  bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  channel     text NOT NULL CHECK (channel IN ('wechat', 'sms')),
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
  attempts    integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error  text CHECK (length(last_error) <= 500),
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz
);
CREATE INDEX notification_deliveries_pending_idx ON notification_deliveries (status) WHERE status = 'pending';
