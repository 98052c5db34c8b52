-- The public search's statements as PublicSearch sends them on PostgreSQL (capped count, then the page: from the
-- text index when few items match, by walking the newest answers otherwise), for 200 searches of one or two words
-- of the seed's vocabulary (common, rare and absent ones). Prints the median, 90th percentile and maximum in ms.
-- Usage, after bench/sql/seed-feedback.sql:  psql -f bench/sql/feedback-public-search.sql
CREATE TEMP TABLE timings (q TEXT, ms DOUBLE PRECISION);
DO $$
DECLARE
    words TEXT[] := string_to_array('rac thai duong hem nuoc cong nghet boc mui den hong ga via lan chiem khoi bui '
        || 'cay ngap kenh rach tai nan giao thong bien bao karaoke trom benh vien thuc pham xay dung ho so bao hiem '
        || 'luong truong dien mat cup song sat lo quy hoach ninh kieu cai rang soc trang hau giang phuong hiemcoi '
        || 'hiemgap khongcotu', ' ');
    q TEXT;
    t0 TIMESTAMPTZ;
    counted BIGINT;
    ids BIGINT[];
BEGIN
    FOR i IN 1..200 LOOP
        q := words[1 + floor(random() * array_length(words, 1))::INT];
        IF i % 3 = 0 THEN
            q := q || ' & ' || words[1 + floor(random() * array_length(words, 1))::INT];
        END IF;
        t0 := clock_timestamp();
        SELECT COUNT(*) INTO counted FROM (SELECT 1 FROM feedback_item WHERE public_allowed = TRUE
            AND state IN ('RESOLVED', 'CLOSED') AND to_tsvector('simple', search_folded) @@ to_tsquery('simple', q)
            LIMIT 1001) capped;
        IF counted > 0 AND counted <= 1000 THEN
            SELECT array_agg(id) INTO ids FROM (WITH matches AS MATERIALIZED (SELECT id, answered_at FROM feedback_item
                WHERE public_allowed = TRUE AND state IN ('RESOLVED', 'CLOSED')
                AND to_tsvector('simple', search_folded) @@ to_tsquery('simple', q)),
                chosen AS (SELECT id FROM matches ORDER BY answered_at DESC, id DESC LIMIT 20)
                SELECT id, number, title, description FROM feedback_item WHERE id IN (SELECT id FROM chosen)
                ORDER BY answered_at DESC, id DESC) page;
        ELSIF counted > 0 THEN
            SELECT array_agg(id) INTO ids FROM (SELECT id, number, title, description FROM feedback_item
                WHERE public_allowed = TRUE AND state IN ('RESOLVED', 'CLOSED')
                AND to_tsvector('simple', search_folded) @@ to_tsquery('simple', q)
                ORDER BY answered_at DESC, id DESC LIMIT 20) page;
        END IF;
        INSERT INTO timings VALUES (q, extract(EPOCH FROM clock_timestamp() - t0) * 1000);
    END LOOP;
END $$;
SELECT count(*) AS searches, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::NUMERIC, 1) AS median_ms,
    round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ms)::NUMERIC, 1) AS p90_ms, round(max(ms)::NUMERIC, 1) AS max_ms
FROM timings;
