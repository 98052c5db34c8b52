-- Official yearly calendar decisions (extra days off, swapped working days), which win over the computed holidays,
-- and a revision counter that every change increments, so each node knows when its cached years are stale.
CREATE TABLE calendar_decision (
    calendar_day DATE PRIMARY KEY,
    working_day  BOOLEAN NOT NULL,
    name_vi      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER NOT NULL
);

CREATE TABLE calendar_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
