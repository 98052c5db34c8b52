package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Anyone reads a result online with the registration code and the date of birth given at registration (both posted,
 * never in an address). An unknown code and a wrong date get the same answer, so the page cannot be used to learn
 * which codes exist; lookups are flood-limited per client address and per code ({@link LookupFlood}).
 */
@Service
public class ResultLookup {

	public static final String NOT_FOUND = "health.testing.lookup-not-found";

	private final RegistrationRows rows;
	private final LookupFlood flood;
	private final AuditLog audit;
	private final Clock clock;

	ResultLookup(RegistrationRows rows, LookupFlood flood, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.flood = flood;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public RegistrationView lookup(String code, LocalDate dateOfBirth, String clientAddress) {
		String normalised = PublicCodes.normalise(code);
		if (normalised.isEmpty()) {
			throw BusinessException.invalid("health.testing.code-required", "code");
		}
		if (dateOfBirth == null) {
			throw BusinessException.invalid("health.testing.date-of-birth-required", "dateOfBirth");
		}
		flood.count(clientAddress, normalised, clock.instant());
		Registration registration = rows.byCode(normalised)
			.filter(r -> r.code().equals(normalised) && r.dateOfBirth().equals(dateOfBirth))
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "code"));
		audit.record("health.test.result.looked-up", registration.code());
		return registration.forPerson(false);
	}
}
