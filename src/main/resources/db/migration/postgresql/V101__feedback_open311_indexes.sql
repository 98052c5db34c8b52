-- GET /open311/v2/requests lists published items of a period, newest first, 1,000 at a time. Partial indexes hold
-- only published items (the reporter allowed it, the item has a service), so the newest thousand of a period are the
-- first thousand entries read, however many unpublished items lie between them; the second serves status=open.
CREATE INDEX feedback_item_open311_idx ON feedback_item (created_at DESC, id DESC)
    WHERE public_allowed = TRUE AND field_code IS NOT NULL;
CREATE INDEX feedback_item_open311_open_idx ON feedback_item (created_at DESC, id DESC)
    WHERE public_allowed = TRUE AND field_code IS NOT NULL AND state IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED');
