package vn.gov.cantho.egov.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.cantho.egov.calendar.Holiday;

/** Reads the decisions of a year and the revision counter; bumps the counter with every change. */
@Repository
class DecisionStore {

	private final JdbcClient jdbc;

	DecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return jdbc.sql("SELECT revision FROM calendar_revision WHERE id = 1").query(Long.class).single();
	}

	/** Called in the transaction of the change, so the new revision and the change commit together. */
	void bumpRevision() {
		jdbc.sql("UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1").update();
	}

	List<Holiday> decisions(int year) {
		return jdbc.sql("SELECT calendar_day, working_day, name_vi, name_en FROM calendar_decision"
				+ " WHERE calendar_day BETWEEN :first AND :last ORDER BY calendar_day")
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(3), rs.getString(4),
					rs.getBoolean(2), Holiday.Source.DECISION))
			.list();
	}
}
