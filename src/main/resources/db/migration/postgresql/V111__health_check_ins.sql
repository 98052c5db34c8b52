-- Check-ins and health declarations, in daily partitions (local days, Asia/Ho_Chi_Minh) so that retention drops whole
-- partitions instead of deleting rows. Partitions are created ahead and dropped by the health module's partition
-- manager; a row outside every partition is refused by the database, and the module refuses such times first.
-- The primary key holds the partition key, as PostgreSQL requires; the id of a device's check-in is derived from the
-- device and its own check-in id, so a repeated upload hits the key and adds nothing.
CREATE TABLE health_check_in (
    id              UUID         NOT NULL,
    venue_id        BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    checked_in_at   TIMESTAMPTZ  NOT NULL,
    checked_out_at  TIMESTAMPTZ,
    source          VARCHAR(12)  NOT NULL,
    device_id       VARCHAR(64),
    recorded_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT health_check_in_pk PRIMARY KEY (id, checked_in_at),
    CONSTRAINT health_check_in_out_ck CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
) PARTITION BY RANGE (checked_in_at);
CREATE INDEX health_check_in_venue_idx ON health_check_in (venue_id, checked_in_at);
CREATE INDEX health_check_in_person_idx ON health_check_in (person_id, checked_in_at);

CREATE TABLE health_declaration (
    id                 UUID         NOT NULL,
    person_id          BIGINT       NOT NULL,
    declared_at        TIMESTAMPTZ  NOT NULL,
    symptoms           VARCHAR(200) NOT NULL DEFAULT '',
    contact_with_case  BOOLEAN      NOT NULL,
    travel             VARCHAR(500),
    note               VARCHAR(500),
    CONSTRAINT health_declaration_pk PRIMARY KEY (id, declared_at)
) PARTITION BY RANGE (declared_at);
CREATE INDEX health_declaration_person_idx ON health_declaration (person_id, declared_at);
