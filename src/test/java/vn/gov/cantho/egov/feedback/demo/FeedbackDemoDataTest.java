package vn.gov.cantho.egov.feedback.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackState;

/**
 * The demo items cover every state and channel, with escalated items, answers and approved photos; loading them
 * again (a second start, another context on the same database) adds nothing.
 */
@IntegrationTest
class FeedbackDemoDataTest {

	static final String DEMO = "idempotency_key LIKE 'demo-%'";

	@Autowired
	FeedbackDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadingAgainAddsNothingAndEveryStateAndChannelIsShown() {
		long items = count("SELECT COUNT(*) FROM feedback_item WHERE " + DEMO);
		long steps = count("SELECT COUNT(*) FROM feedback_step s JOIN feedback_item i ON i.id = s.item_id WHERE i."
				+ DEMO);
		demo.load();
		assertThat(count("SELECT COUNT(*) FROM feedback_item WHERE " + DEMO)).isEqualTo(items)
			.isEqualTo(DemoItems.scenarios().size());
		assertThat(count("SELECT COUNT(*) FROM feedback_step s JOIN feedback_item i ON i.id = s.item_id WHERE i."
				+ DEMO)).isEqualTo(steps);
		assertThat(jdbc.sql("SELECT DISTINCT state FROM feedback_item WHERE " + DEMO).query(String.class).list())
			.containsExactlyInAnyOrder(Arrays.stream(FeedbackState.values()).map(Enum::name).toArray(String[]::new));
		assertThat(jdbc.sql("SELECT DISTINCT channel FROM feedback_item WHERE " + DEMO).query(String.class).list())
			.containsExactlyInAnyOrder(Arrays.stream(FeedbackChannel.values()).map(Enum::name).toArray(String[]::new));
		assertThat(count("SELECT COUNT(*) FROM feedback_photo p JOIN feedback_item i ON i.id = p.item_id "
				+ "WHERE p.approved = TRUE AND i." + DEMO)).isGreaterThanOrEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM feedback_item WHERE escalated_at IS NOT NULL AND " + DEMO)).isPositive();
		assertThat(count("SELECT COUNT(*) FROM feedback_item WHERE answer IS NOT NULL AND " + DEMO))
			.isGreaterThanOrEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM feedback_item WHERE created_at < CURRENT_TIMESTAMP - INTERVAL '60' DAY AND "
				+ DEMO)).as("spread over the last months").isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("SELECT reporter_name FROM feedback_item WHERE reporter_name IS NOT NULL AND " + DEMO)
			.query(String.class)
			.list()).allMatch(name -> name.contains("(demo)"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
