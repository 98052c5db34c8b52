-- EXPLAIN ANALYZE of the tracing queries, in the shapes the application sends (CheckInQueries), for the case :code
-- recorded by bench/health-tracing.sh (OFFSET 0 keeps each LATERAL a parameterised scan, as in the app): (1) the case visits by person, (2) the check-ins at its venues around each
-- visit (a window of a maximum stay before, LATERAL per window), (3) the F1 visits after their exposure.
\set ON_ERROR_STOP on
\echo === 1. the case visits (person_id, checked_in_at range)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at
FROM (SELECT k.person_id, k.infectious_from - interval '24 hours' AS lo, k.infectious_until AS hi
      FROM health_case k WHERE k.code = :'code') AS w
CROSS JOIN LATERAL (SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM health_check_in c
    WHERE c.person_id = w.person_id AND c.checked_in_at >= w.lo AND c.checked_in_at < w.hi OFFSET 0) c;

\echo === 2. check-ins at the case venues around each visit (its 70 windows, as the VALUES list the app sends)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
WITH w AS MATERIALIZED (
    SELECT c.venue_id, c.checked_in_at - interval '24 hours' AS lo,
        coalesce(c.checked_out_at, c.checked_in_at + v.default_stay_minutes * interval '1 minute')
            + interval '30 minutes' AS hi,
        c.checked_in_at - v.default_stay_minutes * interval '1 minute' AS floor, c.checked_in_at AS wfrom
    FROM health_case k JOIN health_check_in c ON c.person_id = k.person_id
        AND c.checked_in_at >= k.infectious_from - interval '24 hours' AND c.checked_in_at < k.infectious_until
    JOIN health_venue v ON v.id = c.venue_id
    WHERE k.code = :'code')
SELECT count(*)
FROM w CROSS JOIN LATERAL (SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM health_check_in c
    WHERE c.venue_id = w.venue_id AND c.checked_in_at >= w.lo AND c.checked_in_at < w.hi
      AND (c.checked_in_at >= w.floor OR c.checked_out_at > w.wfrom) OFFSET 0) c;

\echo === 3. the F1 visits from their exposure to the end of the window
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*)
FROM (SELECT x.person_id, x.overlap_from - interval '24 hours' AS lo, k.infectious_until AS hi
      FROM health_case k JOIN health_case_contact x ON x.case_id = k.id AND x.generation = 1
      WHERE k.code = :'code') AS w
CROSS JOIN LATERAL (SELECT c.person_id, c.venue_id, c.checked_in_at, c.checked_out_at FROM health_check_in c
    WHERE c.person_id = w.person_id AND c.checked_in_at >= w.lo AND c.checked_in_at < w.hi OFFSET 0) c;
