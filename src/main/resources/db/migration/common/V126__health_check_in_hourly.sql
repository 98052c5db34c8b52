-- Check-ins per ward or commune (the venue's unit) and hour, for the figures: counts only, no venue and no person,
-- so they are not personal data and outlive the 21 days of the check-ins themselves. hour_start is the instant the
-- hour begins; Vietnam's offset is a whole number of hours, so UTC hours and local hours are the same buckets.
-- Maintained incrementally from the rows recorded since the last refresh (recorded_at, not checked_in_at, so a device
-- batch uploaded late still lands in the hours its check-ins happened).
CREATE TABLE health_check_in_hourly (
    unit_code   VARCHAR(10)              NOT NULL,
    hour_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    check_ins   BIGINT                   NOT NULL,
    CONSTRAINT health_check_in_hourly_pk PRIMARY KEY (hour_start, unit_code)
);

-- How far the counts go: every check-in recorded before counted_until is in health_check_in_hourly. A refresh moves
-- it forward by a conditional update, so two nodes never count the same window twice.
CREATE TABLE health_check_in_hourly_mark (
    name           VARCHAR(20)              NOT NULL,
    counted_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT health_check_in_hourly_mark_pk PRIMARY KEY (name)
);
INSERT INTO health_check_in_hourly_mark (name, counted_until) VALUES ('check-ins', NULL);
