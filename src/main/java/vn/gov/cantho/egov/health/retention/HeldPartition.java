package vn.gov.cantho.egov.health.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One daily partition on PostgreSQL: its table, its local day, about how many rows it holds (from the table
 * statistics, not a count) and how much disk it takes, and when the retention job drops it.
 */
public record HeldPartition(String table, LocalDate day, long estimatedRows, long bytes, Instant deletedAt) {
}
