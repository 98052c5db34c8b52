package vn.gov.cantho.egov.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the messages a feedback event queues after its transaction commits. */
final class Outbox {

	private Outbox() {
	}

	/** The messages of {@code template} about item {@code number}, once there are {@code count}; keys upper-case. */
	static List<Map<String, Object>> await(JdbcClient jdbc, String number, String template, int count)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		List<Map<String, Object>> rows = List.of();
		while (Instant.now().isBefore(deadline)) {
			rows = jdbc.sql("""
					SELECT channel, recipient, locale, subject, body FROM notification_message
					WHERE about_reference = :number AND template = :template ORDER BY id""")
				.param("number", number)
				.param("template", template)
				.query()
				.listOfRows()
				.stream()
				.map(Outbox::upperCaseKeys)
				.toList();
			if (rows.size() >= count) {
				return rows;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(rows.size() + " " + template + " messages for " + number + ", expected " + count);
	}

	private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
		Map<String, Object> upper = new HashMap<>();
		row.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
		return upper;
	}
}
