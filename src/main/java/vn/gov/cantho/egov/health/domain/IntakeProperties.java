package vn.gov.cantho.egov.health.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the intake part (codes, venues, people, check-ins), prefix {@code egov.health.intake}.
 *
 * @param personalCodeValidity how long a personal code is accepted; a code is reissued unchanged for the first half
 * of that time, so the QR on a phone stays the same for days while a photographed one expires
 * @param keyRefresh how often a node reloads the signing keys (rotations and retirements on other nodes)
 * @param clockSkew how far in the future a scanner's clock may be before its check-ins are refused
 * @param batchMaxRows the most check-ins one device upload may carry (more is refused whole with 413)
 * @param writer the group-commit writer of single check-ins
 */
@ConfigurationProperties("egov.health.intake")
public record IntakeProperties(Duration personalCodeValidity, Duration keyRefresh, Duration clockSkew,
		int batchMaxRows, Writer writer) {

	public IntakeProperties {
		personalCodeValidity = personalCodeValidity == null ? Duration.ofDays(7) : personalCodeValidity;
		keyRefresh = keyRefresh == null ? Duration.ofMinutes(1) : keyRefresh;
		clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
		batchMaxRows = batchMaxRows <= 0 ? 10_000 : batchMaxRows;
		writer = writer == null ? new Writer(0, 0, 0, null) : writer;
	}

	/**
	 * @param queueCapacity check-ins waiting for a commit before callers are told to retry (503)
	 * @param maxGroup the most check-ins written by one statement and one commit
	 * @param threads writers working at once. One by default: everything that arrives while it commits is the next
	 * group, and two writers split the same arrivals into groups half as large, each paying the statement's fixed cost
	 * (measured: 3.6 check-ins per commit with two writers, 7 with one, and a third less database time per check-in)
	 * @param ackTimeout how long a caller waits for its commit before it is told to retry
	 */
	public record Writer(int queueCapacity, int maxGroup, int threads, Duration ackTimeout) {

		public Writer {
			queueCapacity = queueCapacity <= 0 ? 20_000 : queueCapacity;
			maxGroup = maxGroup <= 0 ? 1_000 : maxGroup;
			threads = threads <= 0 ? 1 : threads;
			ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
		}
	}
}
