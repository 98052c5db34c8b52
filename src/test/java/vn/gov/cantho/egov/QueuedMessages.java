package vn.gov.cantho.egov;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for the messages a module queues about a public reference (a dossier code, an item number). */
public final class QueuedMessages {

	private final JdbcClient jdbc;

	public QueuedMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The messages of {@code template} about {@code code}, once there are {@code count}; keys upper-case. */
	public List<Map<String, Object>> await(String code, String template, int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
		List<Map<String, Object>> rows = List.of();
		while (Instant.now().isBefore(deadline)) {
			rows = jdbc.sql("""
					SELECT channel, recipient, locale, subject, body FROM notification_message
					WHERE about_reference = :code AND template = :template ORDER BY id""")
				.param("code", code)
				.param("template", template)
				.query()
				.listOfRows()
				.stream()
				.map(QueuedMessages::upperCaseKeys)
				.toList();
			if (rows.size() >= count) {
				return rows;
			}
			Thread.sleep(100);
		}
		throw new AssertionError(rows.size() + " " + template + " messages for " + code + ", expected " + count);
	}

	private static Map<String, Object> upperCaseKeys(Map<String, Object> row) {
		Map<String, Object> upper = new HashMap<>();
		row.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
		return upper;
	}
}
