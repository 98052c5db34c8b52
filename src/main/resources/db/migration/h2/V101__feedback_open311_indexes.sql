-- GET /open311/v2/requests lists items of a period, newest first (H2 has no partial indexes: see the PostgreSQL
-- version of this migration for the published-only ones).
CREATE INDEX feedback_item_open311_idx ON feedback_item (created_at DESC, id DESC);
