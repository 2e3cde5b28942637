-- The staff ticket page asks for one ticket's audit entries (GET /api/staff/audit?ticket=…), newest first.
-- Without this index that reads the whole audit_log, which only grows.
CREATE INDEX audit_log_target_idx ON audit_log (target, id DESC) WHERE target IS NOT NULL;
