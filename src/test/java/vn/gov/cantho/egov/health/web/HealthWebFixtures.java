package vn.gov.cantho.egov.health.web;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.gov.cantho.egov.health.HealthDeclaration;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * Venues and people for the page tests, made through the module's own operations (its rules apply), each with its own
 * name so that tests never depend on what else is in the shared database.
 */
final class HealthWebFixtures {

	static final String CAI_KHE = "31117";
	/** The demo citizen's ID number and phone: never to appear on a page. */
	static final String CITIZEN_ID_NUMBER = "092095001234";
	static final String CITIZEN_PHONE = "0901234567";

	private final UserDetailsService users;
	private final CurrentActor current;
	private final Venues venues;
	private final People people;

	HealthWebFixtures(UserDetailsService users, CurrentActor current, Venues venues, People people) {
		this.users = users;
		this.current = current;
		this.venues = venues;
		this.people = people;
	}

	static String word() {
		return "kiemthu" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	/** A structurally valid Cần Thơ ID number (a man born in 1985) that no other test uses. */
	static String idNumber() {
		return "092085" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	static String phone() {
		return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	Actor actor(String username) {
		return as(username, () -> current.current().orElseThrow());
	}

	/** A venue of this type in Cái Khế registered by {@code username}. */
	VenueView venue(String username, VenueType type) {
		return as(username, () -> venues.register(actor(username),
				new VenueRegistration("Kiểm thử " + word(), "1 Hai Bà Trưng", CAI_KHE, type, null, null, null)));
	}

	/** The demo citizen's declaration (no symptoms) and the personal code it returns. */
	PersonalCode declare() {
		return as("citizen", () -> people.declare(actor("citizen"), new HealthDeclaration(Set.of(), false, null, null)));
	}

	UserDetails user(String username) {
		return users.loadUserByUsername(username);
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

	/** Ids that appear more than once in a page: labels, summaries and scripts need each to be unique. */
	static Set<String> repeatedIds(String html) {
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new TreeSet<>();
		Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
		while (ids.find()) {
			if (!seen.add(ids.group(1))) {
				repeated.add(ids.group(1));
			}
		}
		return repeated;
	}
}
