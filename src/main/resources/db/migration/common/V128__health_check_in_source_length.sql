-- The source of a check-in is stored by its enum name, and STAFF_ID_NUMBER (a person without a phone, checked in by
-- staff from the ID number) has 15 characters: VARCHAR(12) refused every such check-in. Widening a VARCHAR is a
-- catalogue change on PostgreSQL (no rewrite of the partitions) and propagates to every partition.
ALTER TABLE health_check_in ALTER COLUMN source SET DATA TYPE VARCHAR(16);
