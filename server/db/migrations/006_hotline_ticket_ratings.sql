-- 好差评 history (issue #4): every rating a resident gives a ticket, kept. A ticket can be rated twice — 不满意 with a
-- reason reopens it, and the next reply is rated afresh — and before this table the reopening rating lived only as
-- a level in the timeline, without its comment, so the 不满意 was missing from the 好差评 data.
-- tickets.rating_level/comment/rated_at stay as the rating of the current answer (what canRate checks).
CREATE TABLE ticket_ratings (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  level      text NOT NULL CHECK (level IN ('非常满意', '满意', '基本满意', '不满意', '非常不满意')),
  comment    text CHECK (length(comment) BETWEEN 1 AND 500),
  -- true when this rating reopened the ticket (its reason is the reopen event's note)
  reopened   boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_ratings_ticket_idx ON ticket_ratings (ticket_id, id);
CREATE INDEX ticket_ratings_created_idx ON ticket_ratings (created_at);

-- Earlier ratings, oldest first: the ones that reopened a ticket (the rate and reopen events share their
-- transaction's now(); the comment was not stored), then the current ratings kept on the tickets.
INSERT INTO ticket_ratings (ticket_id, level, comment, reopened, created_at)
SELECT ticket_id, level, comment, reopened, created_at FROM (
  SELECT r.ticket_id, r.note AS level, NULL::text AS comment, true AS reopened, r.created_at, r.id AS seq
    FROM ticket_events r
    JOIN ticket_events o ON o.ticket_id = r.ticket_id AND o.action = 'reopen' AND o.created_at = r.created_at
   WHERE r.action = 'rate'
  UNION ALL
  SELECT id, rating_level, nullif(rating_comment, ''), false, rated_at, NULL
    FROM tickets
   WHERE rating_level IS NOT NULL
) earlier
ORDER BY created_at, seq;
