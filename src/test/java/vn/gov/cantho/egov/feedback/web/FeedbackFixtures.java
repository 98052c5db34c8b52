package vn.gov.cantho.egov.feedback.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.Reporter;

/**
 * Items for the page tests, filed and moved through the feedback module itself (its rules apply), each with its own
 * words and phone so that tests never depend on what else is in the shared database nor trip the flood control.
 */
final class FeedbackFixtures {

	static final String FIELD = "VE-SINH-MOI-TRUONG";
	static final String CAI_KHE = "31117";
	static final String CAI_KHE_AGENCY = "UBND-CAIKHE";
	/** A point in Cái Khế ward, Ninh Kiều, near the river. */
	static final double LATITUDE = 10.0452;
	static final double LONGITUDE = 105.7869;
	/** The field's required extra question: what kind of environmental problem. */
	static final Map<String, List<String>> ANSWERS = Map.of("loai", List.of("rac-thai"));

	private final FeedbackManagement feedback;
	private final UserDetailsService users;

	FeedbackFixtures(FeedbackManagement feedback, UserDetailsService users) {
		this.feedback = feedback;
		this.users = users;
	}

	/** A mobile number nobody else in the tests uses. */
	static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** A word that appears in no other item, to find this test's items by search. */
	static String word() {
		return "kiemthu" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/** An anonymous web item in Cái Khế with a pin, a named reporter and this phone; its number. */
	String file(String title, String description, String phone, boolean publicAllowed) {
		return anonymous(() -> feedback.submit(new FeedbackSubmission(FeedbackChannel.WEB, title, description, FIELD,
				new Location(LATITUDE, LONGITUDE, "Bến Ninh Kiều", CAI_KHE),
				new Reporter("Trần Thị Bích", phone, "bich@example.vn", null), List.of(), ANSWERS, publicAllowed,
				"127.0.0.1"), UUID.randomUUID().toString(), null).number());
	}

	/** The operator routes the item to the Cái Khế ward committee. */
	void assign(String number) {
		as("operator", () -> feedback.act(number, FeedbackAction.ASSIGN,
				new ActionInput(CAI_KHE_AGENCY, null, null, null, null, null, null)));
	}

	/** The ward's specialist answers the item. */
	void answer(String number, String answer) {
		as("specialist.caikhe", () -> feedback.act(number, FeedbackAction.RESOLVE, ActionInput.comment(answer)));
	}

	/** Filed, routed and answered: a public item with its answer. */
	String answered(String title, String description, String phone, String answer) {
		String number = file(title, description, phone, true);
		assign(number);
		answer(number, answer);
		return number;
	}

	<T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		try {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static <T> T anonymous(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.clearContext();
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	UserDetails user(String username) {
		return users.loadUserByUsername(username);
	}

	/**
	 * The ids of a page that appear more than once: error summaries link to ids, labels point at them and scripts
	 * look them up, so each must be unique (a repeated input would also be posted twice).
	 */
	static java.util.Set<String> repeatedIds(String html) {
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Set<String> repeated = new java.util.TreeSet<>();
		java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
		while (ids.find()) {
			if (!seen.add(ids.group(1))) {
				repeated.add(ids.group(1));
			}
		}
		return repeated;
	}
}
