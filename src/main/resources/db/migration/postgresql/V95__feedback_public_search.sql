-- The public page of answered items on PostgreSQL: full-text search over the folded text and the newest answers
-- first, both restricted to the rows the page can show (public answered items), so they stay small and exact.
-- 'simple' configuration: the text is already folded (no accents, lower case); no extension is needed.
CREATE INDEX feedback_item_public_text_idx ON feedback_item USING GIN (to_tsvector('simple', search_folded))
    WHERE public_allowed = TRUE AND state IN ('RESOLVED', 'CLOSED');
CREATE INDEX feedback_item_public_answered_idx ON feedback_item (answered_at DESC, id DESC)
    WHERE public_allowed = TRUE AND state IN ('RESOLVED', 'CLOSED');
-- the figures and Open311 lists filter by field within a period
CREATE INDEX feedback_item_created_field_idx ON feedback_item (created_at, field_code);
