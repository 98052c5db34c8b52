-- What the answered items of bench/sql/seed-feedback.sql also carry for the Open311 list with extensions: the
-- answer as a public history note, and one approved photo for a tenth of them (a placeholder byte: the list links
-- photos, it never reads them).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO feedback_step (item_id, occurred_at, action, from_state, to_state, actor, agency_code, comment,
    public_note)
SELECT id, answered_at, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED', 'bench-official', agency_code, answer, TRUE
FROM feedback_item WHERE submitted_by = 'bench' AND answer IS NOT NULL;

INSERT INTO feedback_photo (id, owner, filename, media_type, size, width, height, content, uploaded_at, item_id,
    approved, approved_by, approved_at)
SELECT md5('photo-' || id), 'bench', 'anh.jpg', 'image/jpeg', 1, 1024, 768, '\x00'::bytea, created_at, id, TRUE,
       'bench-official', answered_at
FROM feedback_item WHERE submitted_by = 'bench' AND answer IS NOT NULL AND id % 10 = 0;
COMMIT;
ANALYZE feedback_step;
ANALYZE feedback_photo;
