-- Venues and people for the check-in benchmark (bench/health-checkins.sh): :venues venues in Cái Khế ward and :people
-- people, with references of the codes' alphabet (BV/BP + digits) so that signed codes for them can be computed from
-- the signing keys. Nothing else about them matters to the intake path.
INSERT INTO health_venue (code, name, address, unit_code, venue_type, default_stay_minutes, min_overlap_minutes,
                          owner_account, registered_by, key_version, registered_at)
SELECT 'BV' || lpad(i::text, 8, '0'), 'Địa điểm thử ' || i, 'Số ' || i || ' đường thử (dữ liệu đo)', '31117', 'SHOP',
       30, 15, 'health', 'health', 1, now()
FROM generate_series(1, :venues) i
ON CONFLICT DO NOTHING;

INSERT INTO health_person (ref, full_name, phone, created_at, updated_at)
SELECT 'BP' || lpad(i::text, 8, '0'), 'Người thử ' || i, '09' || lpad((i % 100000000)::text, 8, '0'), now(), now()
FROM generate_series(1, :people) i
ON CONFLICT DO NOTHING;
ANALYZE health_venue;
ANALYZE health_person;
