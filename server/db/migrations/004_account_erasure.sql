-- Account erasure (PIPL, DELETE /api/me): a 12345 ticket outlives its resident's account. The department keeps
-- the complaint (category, district, town, title, description, timeline) but not the person: the ticket is unlinked
-- from the user, its contact phone and address detail are removed and its map point is coarsened. This column says
-- when that happened, so staff can see why a ticket has no reporter (Open311 tickets have no user either).
ALTER TABLE tickets ADD COLUMN reporter_erased_at timestamptz;
ALTER TABLE tickets ADD CONSTRAINT tickets_erased_reporter_check
  CHECK (reporter_erased_at IS NULL OR (user_id IS NULL AND contact_phone IS NULL AND address IS NULL));
