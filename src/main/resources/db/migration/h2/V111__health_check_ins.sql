-- Check-ins and health declarations (same columns as on PostgreSQL). H2 has no partitions: retention deletes rows.
CREATE TABLE health_check_in (
    id              UUID                     NOT NULL,
    venue_id        BIGINT                   NOT NULL,
    person_id       BIGINT                   NOT NULL,
    checked_in_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_out_at  TIMESTAMP WITH TIME ZONE,
    source          VARCHAR(12)              NOT NULL,
    device_id       VARCHAR(64),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT health_check_in_pk PRIMARY KEY (id, checked_in_at),
    CONSTRAINT health_check_in_out_ck CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE INDEX health_check_in_venue_idx ON health_check_in (venue_id, checked_in_at);
CREATE INDEX health_check_in_person_idx ON health_check_in (person_id, checked_in_at);

CREATE TABLE health_declaration (
    id                 UUID                     NOT NULL,
    person_id          BIGINT                   NOT NULL,
    declared_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    symptoms           VARCHAR(200)             NOT NULL DEFAULT '',
    contact_with_case  BOOLEAN                  NOT NULL,
    travel             VARCHAR(500),
    note               VARCHAR(500),
    CONSTRAINT health_declaration_pk PRIMARY KEY (id, declared_at)
);
CREATE INDEX health_declaration_person_idx ON health_declaration (person_id, declared_at);
