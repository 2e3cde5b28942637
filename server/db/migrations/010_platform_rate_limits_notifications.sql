-- Server platform (issue #7): limits shared by every API process, and notifications for any subject.

-- Shared rate limits (server/platform/rate-limit-store.ts): one row per limit and key, counted by every API process
-- alike, so N processes do not allow N times as much. The key is stored as its SHA-256: keys carry phone numbers
-- and client addresses. Rows past their window are swept by the store.
CREATE TABLE rate_limit_hits (
  key_hash    text PRIMARY KEY CHECK (length(key_hash) = 64),
  hits        integer NOT NULL CHECK (hits >= 1),
  window_ends timestamptz NOT NULL
);
CREATE INDEX rate_limit_hits_window_ends_idx ON rate_limit_hits (window_ends);

-- Messages link to any subject by kind + id (ticket now; registration, comment, survey next), say which notification
-- kind they are (for opt-outs and channel templates), and keep the values their text and templates were made from.
-- `ticket_id` stays for the hotline's own joins and its ON DELETE CASCADE.
ALTER TABLE messages
  ADD COLUMN kind         text CHECK (length(kind) <= 64),
  ADD COLUMN subject_kind text CHECK (length(subject_kind) <= 32),
  ADD COLUMN subject_id   text CHECK (length(subject_id) <= 64),
  ADD COLUMN data         jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD CONSTRAINT messages_subject_check CHECK ((subject_kind IS NULL) = (subject_id IS NULL));
UPDATE messages SET kind = 'ticket.status', subject_kind = 'ticket', subject_id = ticket_id::text
  WHERE ticket_id IS NOT NULL;

-- Deliveries are retried with backoff by the job runner until they are sent or given up ('failed'); the job carries
-- only the delivery id, this row carries the state, so a restart loses nothing.
ALTER TABLE notification_deliveries
  ADD COLUMN next_attempt_at timestamptz,
  ADD COLUMN updated_at      timestamptz NOT NULL DEFAULT now();
DROP INDEX notification_deliveries_pending_idx;
CREATE INDEX notification_deliveries_pending_idx ON notification_deliveries (next_attempt_at) WHERE status = 'pending';

-- WeChat subscribe-message grants keyed by subject, not by ticket (each accepted grant allows one message).
CREATE TABLE subscribe_grants (
  user_id      integer NOT NULL REFERENCES users (id),
  subject_kind text NOT NULL CHECK (length(subject_kind) <= 32),
  subject_id   text NOT NULL CHECK (length(subject_id) <= 64),
  template_id  text NOT NULL CHECK (length(template_id) <= 128),
  remaining    integer NOT NULL DEFAULT 0 CHECK (remaining BETWEEN 0 AND 20),
  PRIMARY KEY (user_id, subject_kind, subject_id, template_id)
);
INSERT INTO subscribe_grants (user_id, subject_kind, subject_id, template_id, remaining)
  SELECT user_id, 'ticket', ticket_id::text, template_id, remaining FROM ticket_subscriptions;
DROP TABLE ticket_subscriptions;

-- A resident's per-kind opt-out of outside channels (WeChat, SMS); the in-app message is always written.
CREATE TABLE notification_opt_outs (
  user_id    integer NOT NULL REFERENCES users (id),
  kind       text NOT NULL CHECK (length(kind) <= 64),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);
