-- H2 has no partitions: retention deletes rows by time and the hourly counts read the rows recorded since the last
-- refresh, so both need an index on those times.
CREATE INDEX health_check_in_time_idx ON health_check_in (checked_in_at);
CREATE INDEX health_check_in_recorded_idx ON health_check_in (recorded_at);
CREATE INDEX health_declaration_time_idx ON health_declaration (declared_at);

-- The figures count test results by the time they were entered (the testing part's table, read for counts only).
CREATE INDEX health_test_registration_resulted_idx ON health_test_registration (resulted_at);
