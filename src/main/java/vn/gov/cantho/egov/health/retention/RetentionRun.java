package vn.gov.cantho.egov.health.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the retention job did: the first local day it kept, the days whose partitions it dropped
 * (PostgreSQL) and the rows it deleted (H2). {@code SKIPPED} means another node held the lease and did the work.
 */
public record RetentionRun(Instant startedAt, Instant finishedAt, LocalDate firstKeptDay, List<LocalDate> droppedDays,
		long checkInsDeleted, long declarationsDeleted, Outcome outcome) {

	public RetentionRun {
		droppedDays = List.copyOf(droppedDays);
	}

	public enum Outcome {
		RUNNING, DONE, FAILED, SKIPPED
	}

	static RetentionRun skipped(Instant at, LocalDate firstKeptDay) {
		return new RetentionRun(at, at, firstKeptDay, List.of(), 0, 0, Outcome.SKIPPED);
	}
}
