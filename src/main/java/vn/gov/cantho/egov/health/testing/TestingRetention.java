package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;

/**
 * What tests and results hold and until when, and their deletion. A registration (with its sample, result and
 * corrections) is kept for {@code egov.health.testing.retention} after its last activity: the result, else the sample,
 * else the end of its slot or its cancellation. Slots that ended before the same limit and that no registration
 * refers to any more go too, and so do the lookup counters. Plain row deletes: a few thousand tests a day are nothing
 * like the check-ins' volume, which needs dropped partitions.
 */
@Component
@EnableConfigurationProperties(TestingProperties.class)
public class TestingRetention implements HeldData {

	private static final Logger log = LoggerFactory.getLogger(TestingRetention.class);

	private final JdbcClient jdbc;
	private final LookupFlood flood;
	private final TestingProperties properties;
	private final Clock clock;

	TestingRetention(JdbcClient jdbc, LookupFlood flood, TestingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.flood = flood;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldDataSet> held() {
		return List.of(set("health.held.test-results", "outcome IS NOT NULL"),
				set("health.held.test-registrations", "outcome IS NULL"));
	}

	private HeldDataSet set(String kind, String condition) {
		record Counted(long records, Instant oldest) {
		}
		Counted counted = jdbc
			.sql("SELECT COUNT(*) AS n, MIN(last_activity_at) AS oldest FROM health_test_registration WHERE "
					+ condition)
			.query((rs, n) -> new Counted(rs.getLong("n"), Rows.instant(rs, "oldest")))
			.single();
		Instant deletedAt = counted.oldest() == null ? null : counted.oldest().plus(properties.retention());
		return new HeldDataSet(kind, counted.records(), counted.oldest(), properties.retention(), deletedAt);
	}

	@Scheduled(cron = "${egov.health.testing.cleanup-cron:0 20 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	void scheduled() {
		int deleted = deleteExpired();
		if (deleted > 0) {
			log.info("{} expired test registrations deleted", deleted);
		}
	}

	/** @return how many registrations were deleted */
	@Transactional
	public int deleteExpired() {
		Instant now = clock.instant();
		Instant before = now.minus(properties.retention());
		int registrations = jdbc.sql("DELETE FROM health_test_registration WHERE last_activity_at < :before")
			.param("before", Rows.utc(before))
			.update();
		jdbc.sql("""
				DELETE FROM health_test_slot s WHERE s.ends_at < :before
				AND NOT EXISTS (SELECT 1 FROM health_test_registration r WHERE r.slot_id = s.id)""")
			.param("before", Rows.utc(before))
			.update();
		flood.deleteOld(now);
		return registrations;
	}
}
