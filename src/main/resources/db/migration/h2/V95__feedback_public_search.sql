-- H2 has neither full-text expressions nor partial indexes: the public search uses LIKE on the folded text (see
-- PublicSearch), helped by an index on what every public query filters and sorts by.
CREATE INDEX feedback_item_public_answered_idx ON feedback_item (public_allowed, state, answered_at);
CREATE INDEX feedback_item_created_field_idx ON feedback_item (created_at, field_code);
