package vn.gov.cantho.egov.health.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lease on a job shared by every node: one conditional update takes it only when the previous holder's time is
 * over, so at most one node runs the job at a time and a node that died mid-run blocks it only until its lease ends.
 * Each statement commits on its own (no surrounding transaction), so the lease is visible to the other nodes at once.
 */
@Component
class JobLease {

	private final JdbcClient jdbc;
	private final Clock clock;

	JobLease(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return whether {@code holder} now holds the lease on {@code job} for {@code length} */
	boolean acquire(String job, String holder, Duration length) {
		Instant now = clock.instant();
		return jdbc.sql("""
				UPDATE health_job_lease SET holder = :holder, held_until = :until
				WHERE job = :job AND held_until < :now""")
			.param("holder", holder)
			.param("until", now.plus(length).atOffset(ZoneOffset.UTC))
			.param("job", job)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Gives the lease back early, if {@code holder} still holds it. */
	void release(String job, String holder) {
		jdbc.sql("UPDATE health_job_lease SET held_until = :past WHERE job = :job AND holder = :holder")
			.param("past", clock.instant().minusMillis(1).atOffset(ZoneOffset.UTC))
			.param("job", job)
			.param("holder", holder)
			.update();
	}
}
