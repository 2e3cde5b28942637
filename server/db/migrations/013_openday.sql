-- 政府开放日 (issue #11): events, sessions (场次) with seat counters, registrations (one party each) and attendees
-- (the registrant and each companion, with identity data encrypted at rest and a keyed hash for de-duplication).
-- States and limits: types/openday-states.ts.

CREATE TABLE openday_events (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- 'seed' = 开发用 demo data: never written in production, removed by `npm run staff -- purge-demo`
  source                  text NOT NULL DEFAULT 'staff' CHECK (source IN ('staff', 'seed')),
  department_id           integer NOT NULL REFERENCES departments (id),
  title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  theme                   text NOT NULL DEFAULT '' CHECK (length(theme) <= 120),
  description             text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  venue_name              text NOT NULL CHECK (length(venue_name) BETWEEN 1 AND 80),
  venue_address           text NOT NULL CHECK (length(venue_address) BETWEEN 1 AND 160),
  lat                     double precision CHECK (lat BETWEEN -90 AND 90),
  lng                     double precision CHECK (lng BETWEEN -180 AND 180),
  directions              text NOT NULL DEFAULT '' CHECK (length(directions) <= 1000),
  accessibility           text NOT NULL DEFAULT '' CHECK (length(accessibility) <= 1000),
  what_to_bring           text NOT NULL DEFAULT '' CHECK (length(what_to_bring) <= 500),
  min_age                 integer CHECK (min_age BETWEEN 0 AND 120),
  max_age                 integer CHECK (max_age BETWEEN 0 AND 120),
  -- the department's phone, shown when a cancel is refused after the deadline
  contact_phone           text NOT NULL CHECK (contact_phone ~ '^[0-9-]{5,20}$'),
  selection_mode          text NOT NULL DEFAULT 'first_come' CHECK (selection_mode IN ('first_come', 'draw')),
  status                  text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled', 'finished')),
  registration_opens_at   timestamptz NOT NULL,
  registration_closes_at  timestamptz NOT NULL,
  -- self-cancel allowed until this many hours before the session starts
  cancel_deadline_hours   integer NOT NULL DEFAULT 24 CHECK (cancel_deadline_hours BETWEEN 0 AND 720),
  cancel_reason           text,
  -- 抽签: commitment = SHA-256(secret), published before registration opens; the secret is revealed after the draw
  draw_commitment         text CHECK (draw_commitment ~ '^[0-9a-f]{64}$'),
  draw_secret             text,
  draw_list_hash          text CHECK (draw_list_hash ~ '^[0-9a-f]{64}$'),
  draw_public_value       text,
  draw_public_source      text,
  drawn_at                timestamptz,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (registration_opens_at < registration_closes_at),
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
  CHECK (selection_mode = 'first_come' OR draw_commitment IS NOT NULL)
);
CREATE INDEX openday_events_department_idx ON openday_events (department_id);
CREATE INDEX openday_events_source_idx ON openday_events (source) WHERE source = 'seed';

-- Seats: `registered` = the party sizes of registrations holding seats (confirmed, offered, attended, absent);
-- `reserved` = seats still held back for invite codes (人大代表 / 政协委员 / 媒体), released at registration close.
-- Every change is one conditional UPDATE … RETURNING inside the registration's transaction (see
-- repositories/openday.ts); the CHECK is the safety net that turns any bug into an error instead of an overbooking.
CREATE TABLE openday_sessions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id    bigint NOT NULL REFERENCES openday_events (id) ON DELETE CASCADE,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  capacity    integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
  reserved    integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  registered  integer NOT NULL DEFAULT 0 CHECK (registered >= 0),
  CHECK (starts_at < ends_at),
  CHECK (registered <= capacity),
  CHECK (registered + reserved <= capacity)
);
CREATE INDEX openday_sessions_event_idx ON openday_sessions (event_id, starts_at);

-- One party per row. Unique per (event, user) while active; the attendees' id_hash is unique per event while active,
-- so two accounts of one person, or a companion registering separately, cannot take two seats.
CREATE TABLE openday_registrations (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- short reference shown on the confirmation page (KF + 8 characters)
  ref              text NOT NULL UNIQUE CHECK (ref ~ '^KF[0-9A-Z]{8}$'),
  event_id         bigint NOT NULL REFERENCES openday_events (id) ON DELETE CASCADE,
  session_id       bigint NOT NULL REFERENCES openday_sessions (id) ON DELETE CASCADE,
  user_id          integer REFERENCES users (id),
  status           text NOT NULL CHECK (status IN ('applied', 'confirmed', 'waitlisted', 'offered', 'cancelled',
                     'expired', 'not_selected', 'attended', 'absent')),
  party_size       integer NOT NULL CHECK (party_size BETWEEN 1 AND 20),
  phone            text CHECK (phone ~ '^1[3-9][0-9]{9}$'),
  category         text NOT NULL DEFAULT '市民',
  consent_version  text NOT NULL,
  -- waitlist order: joined_waitlist_at, then id
  waitlisted_at    timestamptz,
  offer_expires_at timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  cancelled_at     timestamptz
);
CREATE UNIQUE INDEX openday_registrations_user_once ON openday_registrations (event_id, user_id)
  WHERE status IN ('applied', 'confirmed', 'waitlisted', 'offered', 'attended', 'absent');
CREATE INDEX openday_registrations_waitlist_idx ON openday_registrations (session_id, waitlisted_at, id)
  WHERE status = 'waitlisted';
CREATE INDEX openday_registrations_user_idx ON openday_registrations (user_id, created_at DESC);
CREATE INDEX openday_registrations_offer_idx ON openday_registrations (offer_expires_at) WHERE status = 'offered';

-- The registrant (position 0) and each companion. Identity numbers: AES-256-GCM ciphertext with the key id beside it,
-- an HMAC-SHA256 of the normalised number (unique per event while active) and the masked form for views.
CREATE TABLE openday_attendees (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  registration_id  bigint NOT NULL REFERENCES openday_registrations (id) ON DELETE CASCADE,
  event_id         bigint NOT NULL REFERENCES openday_events (id) ON DELETE CASCADE,
  position         integer NOT NULL CHECK (position BETWEEN 0 AND 19),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  id_type          text NOT NULL CHECK (id_type IN ('resident_id', 'hmt_residence', 'hmt_permit', 'passport')),
  id_cipher        text,
  id_key_id        text,
  id_hash          text NOT NULL CHECK (id_hash ~ '^[0-9a-f]{64}$'),
  id_masked        text NOT NULL,
  active           boolean NOT NULL DEFAULT true,
  -- entry code: short human code (for when scanning fails) and a nonce the signed QR token is built from
  entry_code       text NOT NULL UNIQUE CHECK (entry_code ~ '^[0-9A-HJKMNP-TV-Z]{8}$'),
  entry_nonce      text NOT NULL,
  checked_in_at    timestamptz,
  checked_in_by    integer REFERENCES staff_accounts (id),
  UNIQUE (registration_id, position)
);
CREATE UNIQUE INDEX openday_attendees_person_once ON openday_attendees (event_id, id_hash) WHERE active;
