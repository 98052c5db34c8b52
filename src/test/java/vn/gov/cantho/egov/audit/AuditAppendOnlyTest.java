package vn.gov.cantho.egov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * Nothing changes an audit entry once written: the application has no statement that could, and on PostgreSQL the
 * database refuses UPDATE, DELETE and TRUNCATE as well.
 */
@IntegrationTest
class AuditAppendOnlyTest {

	private static final Pattern CHANGE = Pattern.compile(
			"(?i)(UPDATE\\s+audit_entry|DELETE\\s+FROM\\s+audit_entry|TRUNCATE\\s+(TABLE\\s+)?audit_entry|MERGE\\s+INTO\\s+audit_entry)");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditLog log;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void noApplicationCodeOrScriptUpdatesOrDeletesAuditEntries() throws IOException {
		List<Path> offenders;
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			offenders = files.filter(Files::isRegularFile)
				.filter(file -> file.toString().matches(".*\\.(java|sql|xml|properties|yml)$"))
				.filter(file -> CHANGE.matcher(read(file)).find())
				.toList();
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void postgresqlRefusesToUpdateOrDeleteEntries() throws Exception {
		String product;
		try (var connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		assumeTrue(product.toLowerCase().contains("postgres"), "database-level guard exists on PostgreSQL only");
		String reference = "GUARD-" + UUID.randomUUID();
		transactions.executeWithoutResult(tx -> log.record("audit.guard.tested", reference));

		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("UPDATE audit_entry SET actor = 'forger' WHERE reference = :reference")
			.param("reference", reference)
			.update())).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("DELETE FROM audit_entry WHERE reference = :reference")
			.param("reference", reference)
			.update())).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.list()).as("the entry is still there, unchanged").hasSize(1).doesNotContain("forger");
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
