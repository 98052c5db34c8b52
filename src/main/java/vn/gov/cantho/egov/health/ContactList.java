package vn.gov.cantho.egov.health;

import java.time.Instant;
import java.util.List;

/** The contacts of a case up to a generation, F1 first and each generation in order of exposure. */
public record ContactList(String caseCode, int generation, Instant tracedAt, List<ContactView> contacts) {

	public ContactList {
		contacts = List.copyOf(contacts);
	}
}
