package vn.gov.cantho.egov.dossier.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dossier codes {@code AGENCY-yyMMdd-NNNN}: a daily sequence per agency (four digits, more past 9999), unique under
 * concurrency and across app nodes. The counter row is locked by its UPDATE for the few statements of a transaction of
 * its own, not for the whole submission, so submissions to one agency do not queue behind each other. The price: a
 * submission that fails after taking its number leaves a gap in the day's sequence, which the law does not forbid.
 */
@Component
public class CodeSequence {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;

	CodeSequence(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		if (bump(agencyCode, day) == 0) {
			// First number of the day: create the row; a concurrent first one waits for it and then does nothing.
			jdbc.sql("""
					INSERT INTO dossier_code_counter (agency_code, sequence_day, last_value)
					VALUES (:agency, :day, 0) ON CONFLICT DO NOTHING""")
				.param("agency", agencyCode)
				.param("day", day)
				.update();
			bump(agencyCode, day);
		}
		return jdbc.sql("SELECT last_value FROM dossier_code_counter WHERE agency_code = :agency AND sequence_day = :day")
			.param("agency", agencyCode)
			.param("day", day)
			.query(Integer.class)
			.single();
	}

	/** Takes the row lock until this transaction ends. */
	private int bump(String agencyCode, LocalDate day) {
		return jdbc.sql("""
				UPDATE dossier_code_counter SET last_value = last_value + 1
				WHERE agency_code = :agency AND sequence_day = :day""")
			.param("agency", agencyCode)
			.param("day", day)
			.update();
	}
}
