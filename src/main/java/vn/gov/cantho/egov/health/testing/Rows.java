package vn.gov.cantho.egov.health.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Conversions between the database and the module's values; days are read in Vietnam's official time. */
final class Rows {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Rows() {
	}

	/** For JDBC parameters: PostgreSQL's driver takes OffsetDateTime, not Instant. */
	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	static <E extends Enum<E>> E named(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(VIETNAM).toInstant();
	}

	static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, VIETNAM);
	}
}
