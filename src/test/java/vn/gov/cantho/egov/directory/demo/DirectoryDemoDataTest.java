package vn.gov.cantho.egov.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.cantho.egov.IntegrationTest;

/** Loading the demo data again (a second start on the same database) adds nothing and does not fail. */
@IntegrationTest
class DirectoryDemoDataTest {

	private static final List<String> TABLES = List.of("directory_unit", "directory_unit_name", "directory_unit_link",
			"directory_unit_successor", "directory_reorganisation", "directory_agency", "directory_field");

	@Autowired
	DirectoryDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void secondLoadAddsNothing() {
		List<Long> before = counts();
		demo.run(new DefaultApplicationArguments());
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		return TABLES.stream()
			.map(table -> jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
			.toList();
	}
}
