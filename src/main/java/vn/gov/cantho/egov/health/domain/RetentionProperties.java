package vn.gov.cantho.egov.health.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long outbreak data is kept. Check-ins and declarations: 21 days by default (two incubation periods of 10 days
 * plus a day, as BlueTrace kept them); tracing results per the health rules, 90 days by default.
 *
 * @param checkIns how long check-ins and declarations are held (whole local days)
 * @param tracing how long cases' contact lists are held after the case is recorded
 * @param partitionsAhead how many local days of partitions exist ahead of today (PostgreSQL)
 */
@ConfigurationProperties("egov.health.retention")
public record RetentionProperties(Duration checkIns, Duration tracing, int partitionsAhead) {

	public RetentionProperties {
		checkIns = checkIns == null ? Duration.ofDays(21) : checkIns;
		tracing = tracing == null ? Duration.ofDays(90) : tracing;
		partitionsAhead = partitionsAhead <= 0 ? 3 : partitionsAhead;
	}

	/** Whole days of check-ins held, today included. */
	public int checkInDays() {
		return (int) Math.max(1, checkIns.toDays());
	}
}
