package vn.gov.cantho.egov.feedback.web;

import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * The items a visitor proved to be theirs in this session, by number and the phone given at filing, so that the
 * follow page, its reopen, rating and name-removal forms work without the phone travelling again (and never in an
 * address). A few at most; the oldest goes first. Written back with {@code setAttribute} after every change so that
 * the JDBC session store saves it.
 */
final class FollowedFeedbackItems implements Serializable {

	private static final String ATTRIBUTE = FollowedFeedbackItems.class.getName();
	private static final int KEPT = 5;

	private final LinkedHashMap<String, String> phones = new LinkedHashMap<>();

	static Optional<String> phone(HttpSession session, String number) {
		return session == null ? Optional.empty() : Optional.ofNullable(of(session).phones.get(number));
	}

	static void remember(HttpSession session, String number, String phone) {
		FollowedFeedbackItems items = of(session);
		items.phones.remove(number);
		items.phones.put(number, phone);
		Iterator<Map.Entry<String, String>> oldest = items.phones.entrySet().iterator();
		while (items.phones.size() > KEPT) {
			oldest.next();
			oldest.remove();
		}
		session.setAttribute(ATTRIBUTE, items);
	}

	private static FollowedFeedbackItems of(HttpSession session) {
		return session.getAttribute(ATTRIBUTE) instanceof FollowedFeedbackItems items ? items : new FollowedFeedbackItems();
	}
}
