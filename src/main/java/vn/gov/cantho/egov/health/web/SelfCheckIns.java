package vn.gov.cantho.egov.health.web;

import java.util.LinkedHashMap;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The citizen's recent check-ins from venue code pages, in the web session (kept in the database, so every node sees
 * them), by idempotency key, at most {@value #KEPT} of them: enough for a day of places, small enough for a session.
 */
final class SelfCheckIns {

	static final int KEPT = 20;
	private static final String ATTRIBUTE = "health.web.selfCheckIns";

	private SelfCheckIns() {
	}

	static Optional<SelfCheckIn> find(HttpSession session, String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(all(session).get(key));
	}

	/** The last check-in at this venue that is not checked out yet. */
	static Optional<SelfCheckIn> open(HttpSession session, String venueToken) {
		return all(session).values()
			.stream()
			.filter(c -> c.venueToken().equals(venueToken) && c.checkedOutAt() == null)
			.reduce((first, second) -> second);
	}

	static void put(HttpSession session, SelfCheckIn checkIn) {
		LinkedHashMap<String, SelfCheckIn> all = new LinkedHashMap<>(all(session));
		all.remove(checkIn.key());
		all.put(checkIn.key(), checkIn);
		while (all.size() > KEPT) {
			all.remove(all.keySet().iterator().next());
		}
		// Set again (a new map) so that the JDBC session knows the attribute changed and writes it.
		session.setAttribute(ATTRIBUTE, all);
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, SelfCheckIn> all(HttpSession session) {
		Object kept = session.getAttribute(ATTRIBUTE);
		return kept instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, SelfCheckIn>) map
				: new LinkedHashMap<>();
	}
}
