package vn.gov.cantho.egov.feedback.domain;

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
 * Item numbers {@code PA-yyMMdd-NNNN}: one daily sequence for the whole city (four digits, more past 9999), unique
 * under concurrency and across app nodes. As for dossier codes, the counter row is locked by its UPDATE in a short
 * transaction of its own, so submissions do not queue behind each other's whole transactions; a submission failing
 * after taking its number leaves a gap. On PostgreSQL that transaction commits without waiting for the disk: the item
 * that uses the number commits durably afterwards, which flushes the counter with it.
 */
@Component
public class NumberSequence {

	static final String PREFIX = "PA-";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final boolean postgres;

	NumberSequence(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.postgres = isPostgres(dataSource);
	}

	/** The next number of {@code day} (the filing day in Vietnam). */
	public String next(LocalDate day) {
		int number = ownTransaction.execute(status -> increment(day));
		return format(day, number);
	}

	static String format(LocalDate day, int number) {
		String digits = Integer.toString(number);
		return PREFIX + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
	}

	private int increment(LocalDate day) {
		if (postgres) {
			jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
		Optional<Integer> next = bump(day);
		if (next.isEmpty()) {
			jdbc.sql("INSERT INTO feedback_number_counter (sequence_day, last_value) VALUES (:day, 0) ON CONFLICT DO NOTHING")
				.param("day", day)
				.update();
			next = bump(day);
		}
		return next.orElseThrow();
	}

	private Optional<Integer> bump(LocalDate day) {
		String update = "UPDATE feedback_number_counter SET last_value = last_value + 1 WHERE sequence_day = :day";
		if (postgres) {
			return jdbc.sql(update + " RETURNING last_value").param("day", day).query(Integer.class).optional();
		}
		if (jdbc.sql(update).param("day", day).update() == 0) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT last_value FROM feedback_number_counter WHERE sequence_day = :day")
			.param("day", day)
			.query(Integer.class)
			.optional();
	}

	static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (MetaDataAccessException e) {
			return false;
		}
	}
}
