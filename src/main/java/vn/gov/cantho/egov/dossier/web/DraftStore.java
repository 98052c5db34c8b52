package vn.gov.cantho.egov.dossier.web;

import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The drafts of one session by idempotency key, a few at most (one per open form tab; the oldest goes first). Written
 * back with {@code setAttribute} after every change so that the JDBC session store saves it.
 */
final class DraftStore implements Serializable {

	private static final String ATTRIBUTE = DraftStore.class.getName();
	private static final int KEPT = 5;

	private final LinkedHashMap<String, Draft> drafts = new LinkedHashMap<>();

	static Optional<Draft> find(HttpSession session, String key, String procedureCode) {
		if (key == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(of(session).drafts.get(key)).filter(d -> d.procedureCode().equals(procedureCode));
	}

	static void save(HttpSession session, Draft draft) {
		DraftStore store = of(session);
		store.drafts.remove(draft.key());
		store.drafts.put(draft.key(), draft);
		Iterator<Map.Entry<String, Draft>> oldest = store.drafts.entrySet().iterator();
		while (store.drafts.size() > KEPT) {
			oldest.next();
			oldest.remove();
		}
		session.setAttribute(ATTRIBUTE, store);
	}

	private static DraftStore of(HttpSession session) {
		return session.getAttribute(ATTRIBUTE) instanceof DraftStore store ? store : new DraftStore();
	}
}
