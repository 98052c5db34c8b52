package vn.gov.cantho.egov.health.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.figures.HealthFigures.Cases;
import vn.gov.cantho.egov.health.figures.HealthFigures.Contacts;
import vn.gov.cantho.egov.health.figures.HealthFigures.Tests;

/**
 * Counts of cases, contacts and tests for the figures, read with aggregate queries from the tables of the tracing part
 * (health_case, whose per-case F1 and F2 counts are kept by each tracing run) and of the testing part
 * (health_test_registration): the same module, and nothing but counts leaves these queries. Contacts reached are the
 * marks in health_contact_reached of people still in their case's list.
 */
@Component
class OutbreakCounts {

	private final JdbcClient jdbc;
	private final int activeDays;

	OutbreakCounts(JdbcClient jdbc, @Value("${egov.health.figures.active-days:14}") int activeDays) {
		this.jdbc = jdbc;
		this.activeDays = activeDays;
	}

	Cases cases(Instant from, Instant to, Instant asOf) {
		long recorded = jdbc.sql("SELECT COUNT(*) FROM health_case WHERE recorded_at >= :from AND recorded_at < :to")
			.param("from", utc(from))
			.param("to", utc(to))
			.query(Long.class)
			.single();
		long active = jdbc.sql("""
				SELECT COUNT(*) FROM health_case
				WHERE recorded_at < :asOf AND infectious_from <= :asOf AND infectious_until > :since""")
			.param("asOf", utc(asOf))
			.param("since", utc(asOf.minus(Duration.ofDays(activeDays))))
			.query(Long.class)
			.single();
		return new Cases(recorded, active, activeDays);
	}

	Contacts contacts(Instant from, Instant to) {
		long reached = jdbc.sql("""
				SELECT COUNT(*) FROM health_contact_reached r JOIN health_case k ON k.id = r.case_id
				JOIN health_case_contact c ON c.case_id = r.case_id AND c.person_id = r.person_id
				WHERE k.recorded_at >= :from AND k.recorded_at < :to""")
			.param("from", utc(from))
			.param("to", utc(to))
			.query(Long.class)
			.single();
		return jdbc.sql("""
				SELECT COALESCE(SUM(f1_count), 0) AS f1, COALESCE(SUM(f2_count), 0) AS f2 FROM health_case
				WHERE recorded_at >= :from AND recorded_at < :to""")
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> new Contacts(rs.getLong("f1"), rs.getLong("f2"), reached))
			.single();
	}

	Tests tests(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT COUNT(*) AS done,
				COALESCE(SUM(CASE WHEN outcome = 'POSITIVE' THEN 1 ELSE 0 END), 0) AS positive,
				COALESCE(SUM(CASE WHEN outcome = 'NEGATIVE' THEN 1 ELSE 0 END), 0) AS negative,
				COALESCE(SUM(CASE WHEN outcome = 'INVALID' THEN 1 ELSE 0 END), 0) AS invalid
				FROM health_test_registration WHERE resulted_at >= :from AND resulted_at < :to""")
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, n) -> {
				long positive = rs.getLong("positive");
				long negative = rs.getLong("negative");
				Double rate = positive + negative == 0 ? null : positive / (double) (positive + negative);
				return new Tests(rs.getLong("done"), positive, negative, rs.getLong("invalid"), rate);
			})
			.single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
