-- Contacts the tracing team reached (called, messaged or visited), one row per case and person: kept apart from
-- health_case_contact, which a retrace replaces, so a mark survives a retrace; deleted with the case by the tracing
-- module (no foreign key, as for the contact list: see V116).
CREATE TABLE health_contact_reached (
    case_id     BIGINT                   NOT NULL,
    person_id   BIGINT                   NOT NULL,
    channel     VARCHAR(8)               NOT NULL,
    reached_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reached_by  VARCHAR(50)              NOT NULL,
    CONSTRAINT health_contact_reached_pk PRIMARY KEY (case_id, person_id),
    CONSTRAINT health_contact_reached_channel_ck CHECK (channel IN ('PHONE', 'SMS', 'VISIT'))
);
