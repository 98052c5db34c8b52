package vn.gov.cantho.egov.health.domain;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The connections check-ins are inserted on (PostgreSQL): a small pool of their own, same database and credentials as
 * the main pool, whose sessions plan statements generically. The insert's arrays make every custom plan differ, so
 * PostgreSQL planned each group anew (a quarter of a millisecond for a handful of rows, tens of milliseconds for a
 * device batch, where it also chose to hash whole tables); with a generic plan a connection plans the insert once and
 * probes the unique indexes per row. The setting stays on these connections, so no other module's query is planned
 * differently. On H2, or when the main pool is not Hikari's, inserts use the main pool.
 */
@Component
class CheckInConnections implements DisposableBean {

	private final HikariDataSource own;
	private final JdbcTemplate template;

	CheckInConnections(DataSource main, DailyPartitions partitions, IntakeProperties properties) throws SQLException {
		if (partitions.partitioned() && main.isWrapperFor(HikariDataSource.class)) {
			HikariConfig config = new HikariConfig();
			main.unwrap(HikariDataSource.class).copyStateTo(config);
			config.setPoolName("check-in-inserts");
			// The writers, and a few device batches at once; more batches wait for a connection.
			config.setMaximumPoolSize(properties.writer().threads() + 4);
			config.setMinimumIdle(1);
			config.setConnectionInitSql("SET plan_cache_mode = force_generic_plan");
			this.own = new HikariDataSource(config);
			this.template = new JdbcTemplate(own);
		}
		else {
			this.own = null;
			this.template = new JdbcTemplate(main);
		}
	}

	JdbcTemplate template() {
		return template;
	}

	/** Closed after the writers drained their queue (they stop in a lifecycle phase, before beans are destroyed). */
	@Override
	public void destroy() {
		if (own != null) {
			own.close();
		}
	}
}
