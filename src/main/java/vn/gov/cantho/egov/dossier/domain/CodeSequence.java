package vn.gov.cantho.egov.dossier.domain;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes {@code AGENCY-yyMMdd-NNNN}: a daily sequence per agency (four digits, more past 9999), unique under
 * concurrency and across app nodes. The counter row is locked by its UPDATE for a short transaction of its own, not
 * for the whole submission, so submissions to one agency do not queue behind each other. The price: a submission that
 * fails after taking its number leaves a gap in the day's sequence, which the law does not forbid.
 * <p>
 * On PostgreSQL the lock is released without waiting for the disk ({@code synchronous_commit} off for this transaction
 * only), else every submission of an agency would queue behind one disk flush. This loses nothing that matters: the
 * dossier that uses the number commits durably later, and flushing its commit flushes the log up to it, counter
 * included; if the server crashes before that, the number may be handed out again, but no dossier holds it.
 */
@Component
public class CodeSequence {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final boolean postgres;

	CodeSequence(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.postgres = isPostgres(dataSource);
	}

	/** The next code of {@code agencyCode} on {@code day} (the submission day in Vietnam). */
	public String next(String agencyCode, LocalDate day) {
		int number = ownTransaction.execute(status -> increment(agencyCode, day));
		return format(agencyCode, day, number);
	}

	static String format(String agencyCode, LocalDate day, int number) {
		return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", number);
	}

	private int increment(String agencyCode, LocalDate day) {
		if (postgres) {
			jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
		Optional<Integer> next = bump(agencyCode, day);
		if (next.isEmpty()) {
			// First number of the day: create the row; a concurrent first one waits for it and then does nothing.
			jdbc.sql("""
					INSERT INTO dossier_code_counter (agency_code, sequence_day, last_value)
					VALUES (:agency, :day, 0) ON CONFLICT DO NOTHING""")
				.param("agency", agencyCode)
				.param("day", day)
				.update();
			next = bump(agencyCode, day);
		}
		return next.orElseThrow();
	}

	/** Takes the row lock until this transaction ends; empty when the day has no row yet. */
	private Optional<Integer> bump(String agencyCode, LocalDate day) {
		String update = """
				UPDATE dossier_code_counter SET last_value = last_value + 1
				WHERE agency_code = :agency AND sequence_day = :day""";
		if (postgres) {
			return jdbc.sql(update + " RETURNING last_value")
				.param("agency", agencyCode)
				.param("day", day)
				.query(Integer.class)
				.optional();
		}
		if (jdbc.sql(update).param("agency", agencyCode).param("day", day).update() == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT last_value FROM dossier_code_counter WHERE agency_code = :agency AND sequence_day = :day")
			.param("agency", agencyCode)
			.param("day", day)
			.query(Integer.class)
			.optional();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (MetaDataAccessException e) {
			return false;
		}
	}
}
