-- Seeds a large city's check-ins for the tracing benchmark (psql -v n=50000000 -v days=21 -v venues=100000
-- -v people=3000000): venues, people and :n check-ins over the last :days local days (Asia/Ho_Chi_Minh), written
-- straight into the daily partitions of health_check_in (created here if missing, named as DailyPartitions names them:
-- health_check_in_pYYYYMMDD, bounds at local midnight). The shape:
--   * each active person-day makes 5 visits in a row (mornings to evenings), so a person's day is a chain of venues
--     as in life, and F2 grows from F1 the way it would; 2.4 M check-ins a day at the full size means ~480,000
--     active people a day out of :people;
--   * 1% of check-ins at 5 checkpoints (thousands a day each, 10-minute stays, 60-minute threshold), 10% at the 1,000
--     busiest venues (markets, hospitals), the rest spread over every venue;
--   * 60% with a check-out, the rest take the venue's default stay; evening visits may run past midnight.
-- Then one case person (ref BF00000001) with 14 days x 5 visits, some at the checkpoints and busy venues.
-- Everything is registered_by/made by bench and easy to find: venues BV..., people BP..., the case person BF....
\set ON_ERROR_STOP on
-- A hash spread over 0..2^32-1 (abs() of the smallest int would overflow).
CREATE FUNCTION pg_temp.bh(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT hashint8($1)::bigint + 2147483648';
SELECT set_config('bench.n', :'n', false), set_config('bench.days', :'days', false),
       set_config('bench.venues', :'venues', false), set_config('bench.people', :'people', false);

INSERT INTO health_venue (code, name, address, unit_code, venue_type, default_stay_minutes, min_overlap_minutes,
    registered_by, key_version, active, registered_at)
SELECT 'BV' || lpad(i::text, 8, '0'),
    CASE WHEN i <= 5 THEN 'Chốt kiểm soát (benchmark) ' || i ELSE 'Địa điểm (benchmark) ' || i END,
    i || ' đường Thử nghiệm', (ARRAY['31117', '31120', '31144', '31147', '31174', '31177', '31198'])[1 + i % 7],
    CASE WHEN i <= 5 THEN 'CHECKPOINT' WHEN i <= 1005 THEN (ARRAY['MARKET', 'HOSPITAL'])[1 + i % 2]
         ELSE (ARRAY['SHOP', 'RESTAURANT', 'MARKET', 'OFFICE', 'SCHOOL', 'HOSPITAL', 'WORSHIP', 'TRANSPORT', 'EVENT',
             'OTHER'])[1 + i % 10] END,
    CASE WHEN i <= 5 THEN 10 WHEN i <= 1005 THEN 45
         ELSE (ARRAY[30, 60, 45, 120, 240, 60, 60, 60, 120, 60])[1 + i % 10] END,
    CASE WHEN i <= 5 THEN 60 WHEN i <= 1005 THEN 30 ELSE 15 END,
    'bench', 1, true, now()
FROM generate_series(1, :venues) AS i;

INSERT INTO health_person (ref, full_name, phone, id_number_tail, created_at, updated_at)
SELECT 'BP' || lpad(i::text, 8, '0'), 'Người thử (benchmark) ' || i, '09' || lpad((i % 100000000)::text, 8, '0'),
    lpad((i % 10000)::text, 4, '0'), now(), now()
FROM generate_series(1, :people) AS i;
INSERT INTO health_person (ref, full_name, phone, id_number_tail, created_at, updated_at)
VALUES ('BF00000001', 'Ca bệnh (benchmark)', '0900000001', '0001', now(), now());

DO $$
DECLARE
    n bigint := current_setting('bench.n')::bigint;
    days int := current_setting('bench.days')::int;
    venues int := current_setting('bench.venues')::int;
    people int := current_setting('bench.people')::int;
    busy int := least(1000, greatest(1, venues - 5));
    per_day bigint := n / days;
    today date := (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    v0 bigint;
    p0 bigint;
    d date;
BEGIN
    SELECT min(id) - 1 INTO v0 FROM health_venue WHERE code LIKE 'BV%' AND registered_by = 'bench';
    SELECT min(id) - 1 INTO p0 FROM health_person WHERE ref LIKE 'BP%';
    FOR k IN 0 .. days - 1 LOOP
        d := today - (days - 1) + k;
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF health_check_in FOR VALUES FROM (%L) TO (%L)',
            'health_check_in_p' || to_char(d, 'YYYYMMDD'), d::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
            (d + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh');
        -- today only up to an hour ago: no check-in in the future
        INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, recorded_at)
        SELECT gen_random_uuid(), v.venue, p.person, t.at,
            CASE WHEN g % 10 < 6 THEN t.at + (5 + (pg_temp.bh((g * 31 + k)) % 120)) * interval '1 minute' END,
            'SELF_SCAN', t.at
        FROM generate_series(1, per_day) AS g
        CROSS JOIN LATERAL (SELECT p0 + 1 + pg_temp.bh((k::bigint * 1000000007 + g / 5)) % people AS person) p
        CROSS JOIN LATERAL (SELECT v0 + CASE WHEN g % 100 = 0 THEN 1 + pg_temp.bh((g)) % 5
            WHEN g % 10 = 1 THEN 6 + pg_temp.bh((g)) % busy
            ELSE 1 + pg_temp.bh((g * 7 + k)) % venues END AS venue) v
        CROSS JOIN LATERAL (SELECT d::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
            + CASE WHEN g % 50 = 4 THEN interval '22 hours' ELSE interval '6 hours' + (g % 5) * interval '3 hours' END
            + (pg_temp.bh((g * 13 + k)) % 7200) * interval '1 second' AS raw) r
        CROSS JOIN LATERAL (SELECT CASE WHEN d = today THEN least(r.raw, now() - interval '1 hour'
            - (pg_temp.bh((g)) % 3600) * interval '1 second') ELSE r.raw END AS at) t;
        RAISE NOTICE 'day % seeded', d;
    END LOOP;
END $$;

-- The case: 14 days x 5 visits: a checkpoint in the morning, a busy venue, then three anywhere.
INSERT INTO health_check_in (id, venue_id, person_id, checked_in_at, checked_out_at, source, recorded_at)
SELECT gen_random_uuid(), v0 + CASE WHEN s = 0 THEN 1 + day % 5 WHEN s = 1 THEN 6 + (day * 37) % least(1000, greatest(1, :venues - 5))
        ELSE 1 + (day * 7919 + s * 104729) % :venues END,
    f0, at, CASE WHEN s % 2 = 0 THEN at + interval '50 minutes' END, 'STAFF_SCAN', at
FROM (SELECT min(id) - 1 AS v0 FROM health_venue WHERE code LIKE 'BV%' AND registered_by = 'bench') v,
     (SELECT id AS f0 FROM health_person WHERE ref = 'BF00000001') p,
     generate_series(1, 14) AS day, generate_series(0, 4) AS s,
     LATERAL (SELECT ((now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - day)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
         + interval '7 hours' + s * interval '3 hours' AS at) t;

ANALYZE health_venue;
ANALYZE health_person;
ANALYZE health_check_in;
