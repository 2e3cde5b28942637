-- 我的 办事记录 (GET /api/me/timeline): the 12345 provider pages a resident's tickets by last change, cursor
-- (updated_at, ref) compared byte-wise. This index answers that bound and order directly, so a page costs the same
-- for a resident with 10 tickets or 10,000 (server/platform/timeline.ts says why the timeline queries each
-- feature's own table instead of keeping a copy).
CREATE INDEX tickets_user_updated_idx ON tickets (user_id, updated_at DESC, ref COLLATE "C" DESC);
