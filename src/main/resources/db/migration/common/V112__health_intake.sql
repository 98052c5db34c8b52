-- Intake of check-ins and declarations (health module, intake part).
-- 1. The key of the ID-number hash lives next to the signing keys, created at first start like them. It is never
--    rotated: a person found by the hash of their ID number must be found again with the same key.
ALTER TABLE health_signing_key DROP CONSTRAINT health_signing_key_purpose_ck;
ALTER TABLE health_signing_key ADD CONSTRAINT health_signing_key_purpose_ck
    CHECK (purpose IN ('VENUE', 'PERSON', 'IDNUMBER'));

-- 2. Who recorded a check-in (the citizen for a self scan, the staff account for a scan, an ID number or a device
--    batch). A check-in row is its own record of the change: at thousands per second an audit entry per row would
--    double the writes, so batches, check-outs and lookups are audited and single check-ins carry their author.
ALTER TABLE health_check_in ADD COLUMN recorded_by VARCHAR(50);

-- 3. STAFF_ID_NUMBER, a source of the contract, has 15 characters.
ALTER TABLE health_check_in ALTER COLUMN source SET DATA TYPE VARCHAR(20);
