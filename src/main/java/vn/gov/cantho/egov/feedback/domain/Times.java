package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Items keep instants; deadlines and days are read in Vietnam's official time. */
final class Times {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Times() {
	}

	static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, VIETNAM);
	}

	static Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(VIETNAM).toInstant();
	}

	/** For JDBC parameters: PostgreSQL's driver takes OffsetDateTime, not Instant. */
	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
