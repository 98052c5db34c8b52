package vn.gov.cantho.egov.health.tracing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.HealthCodeRefused;
import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Who a case is about, as an officer names them: by scanning or typing their personal code (verified like any scan),
 * by their person reference, or by their ID number for someone without a phone (looked up through its keyed hash, as
 * staff check-ins do). Exactly one of the three.
 */
@Component
public class CaseSubjects {

	public static final String PERSON = "person";

	private final HealthCodes codes;
	private final People people;

	CaseSubjects(HealthCodes codes, People people) {
		this.codes = codes;
		this.people = people;
	}

	/**
	 * The person reference; null when none of the three is given, so that recording the case reports
	 * {@code health.case-person-required} together with whatever else is wrong; {@code health.case-person-ambiguous}
	 * when more than one is given.
	 */
	public String personRef(Actor officer, String personCode, String personRef, String idNumber) {
		List<String> given = new ArrayList<>();
		if (present(personCode)) {
			given.add("personCode");
		}
		if (present(personRef)) {
			given.add("personRef");
		}
		if (present(idNumber)) {
			given.add("idNumber");
		}
		if (given.isEmpty()) {
			return null;
		}
		if (given.size() > 1) {
			throw BusinessException.badRequest("health.case-person-ambiguous", given.get(1));
		}
		if (present(personCode)) {
			try {
				return codes.verifyPersonal(personCode.strip());
			}
			catch (HealthCodeRefused e) {
				throw new HealthCodeRefused(e.code(), "personCode");
			}
		}
		if (present(personRef)) {
			return personRef.strip();
		}
		return people.codeForIdNumber(officer, idNumber.strip(), null, null).personRef();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
