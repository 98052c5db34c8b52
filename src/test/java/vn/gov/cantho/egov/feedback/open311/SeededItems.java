package vn.gov.cantho.egov.feedback.open311;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many published items written straight into the feedback table, for the limits of GET /requests: all on one random
 * day between 2000 and 2018 (so that earlier runs on a shared database do not share it), one second apart, newest
 * last. Numbers start with T311 so that they can never clash with real ones.
 */
final class SeededItems {

	final Instant first;
	final List<String> numbers = new ArrayList<>();

	private SeededItems(Instant first) {
		this.first = first;
	}

	static SeededItems seed(JdbcTemplate jdbc, int count, String fieldCode) {
		LocalDate day = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6900));
		return seed(jdbc, count, fieldCode, day.atTime(3, 0).toInstant(ZoneOffset.UTC));
	}

	/** Items from {@code first} on, one second apart. */
	static SeededItems seed(JdbcTemplate jdbc, int count, String fieldCode, Instant first) {
		SeededItems seeded = new SeededItems(first);
		String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String number = "T311-" + run + "-" + i;
			seeded.numbers.add(number);
			Timestamp at = Timestamp.from(seeded.at(i));
			rows.add(new Object[] { number, "Mục kiểm thử số " + i, fieldCode, number, at, at });
		}
		jdbc.batchUpdate("""
				INSERT INTO feedback_item (number, channel, state, title, description, search_folded, field_code,
				    agency_code, public_allowed, language, submitted_by, idempotency_key, created_at, updated_at,
				    reopen_count, version)
				VALUES (?, 'OPEN311', 'NEW', 'Kiểm thử giới hạn', ?, 'kiem thu', ?, 'SNNMT', TRUE, 'vi', 'test', ?, ?, ?,
				    0, 0)""", rows);
		return seeded;
	}

	Instant at(int index) {
		return first.plus(Duration.ofSeconds(index));
	}

	/** A period around these items only (an hour before the first to an hour after the last), in W3C form. */
	String[] period() {
		return new String[] { "start_date", Open311Output.W3C.format(first.minus(Duration.ofHours(1))), "end_date",
				Open311Output.W3C.format(at(numbers.size() - 1).plus(Duration.ofHours(1))) };
	}

	/** Newest first, as the list gives them. */
	List<String> newestFirst(int from, int to) {
		List<String> part = new ArrayList<>(numbers.subList(from, to));
		java.util.Collections.reverse(part);
		return part;
	}

	String last() {
		return numbers.get(numbers.size() - 1);
	}
}
