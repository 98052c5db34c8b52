package vn.gov.cantho.egov.health.tracing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case codes {@code F0-yyMMdd-NNNN}: one daily sequence for the city (four digits, more past 9999), never a database
 * id. Cases are few, so the counter row is simply locked by its UPDATE in the recording transaction: two officers
 * recording at once wait for each other for the length of one recording, and a rolled-back recording leaves no gap.
 */
@Component
class CaseCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	CaseCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next code of {@code day} (the recording day in Vietnam), in the caller's transaction. */
	String next(LocalDate day) {
		String bump = "UPDATE health_case_counter SET last_value = last_value + 1 WHERE sequence_day = :day";
		if (jdbc.sql(bump).param("day", day).update() == 0) {
			jdbc.sql("INSERT INTO health_case_counter (sequence_day, last_value) VALUES (:day, 0) ON CONFLICT DO NOTHING")
				.param("day", day)
				.update();
			jdbc.sql(bump).param("day", day).update();
		}
		int number = jdbc.sql("SELECT last_value FROM health_case_counter WHERE sequence_day = :day")
			.param("day", day)
			.query(Integer.class)
			.single();
		return format(day, number);
	}

	static String format(LocalDate day, int number) {
		String digits = Integer.toString(number);
		return "F0-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
	}
}
