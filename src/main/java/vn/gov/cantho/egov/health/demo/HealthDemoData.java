package vn.gov.cantho.egov.health.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.BatchReceipt;
import vn.gov.cantho.egov.health.CheckInCommand;
import vn.gov.cantho.egov.health.CheckIns;
import vn.gov.cantho.egov.health.HealthDeclaration;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.health.PersonalCode;
import vn.gov.cantho.egov.health.Symptom;
import vn.gov.cantho.egov.health.demo.DemoPlaces.Place;
import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Outbreak demo data, relative to today, through the module's own operations: venues of each kind (registered by the
 * demo health officer), the demo citizen's declaration, demo people checked in from their ID numbers, their visits
 * uploaded as a checkpoint scanner's batch, and a confirmed case found by a positive test (see {@link DemoCase}) whose
 * contacts are the citizen (F1) and another demo person (F2). Runs before the testing part's demo data, which books a
 * test for the citizen only once the citizen has a personal code. Idempotent: venues are found by name, check-ins carry
 * their own ids, the citizen declares only once, and the case is opened only while its person has none; a start on a
 * later day adds that day's crowd visits for the figures.
 */
@Component
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class HealthDemoData {

	static final String DEVICE = "demo-scanner-1";
	private static final Logger log = LoggerFactory.getLogger(HealthDemoData.class);

	private final DemoPlaces places;
	private final DemoCase outbreakCase;
	private final People people;
	private final CheckIns checkIns;
	private final CurrentActor actors;
	private final UserDetailsService users;
	private final JdbcClient jdbc;
	private final Clock clock;

	HealthDemoData(DemoPlaces places, DemoCase outbreakCase, People people, CheckIns checkIns, CurrentActor actors,
			UserDetailsService users, JdbcClient jdbc, Clock clock) {
		this.places = places;
		this.outbreakCase = outbreakCase;
		this.people = people;
		this.checkIns = checkIns;
		this.actors = actors;
		this.users = users;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	void load() {
		try {
			Map<Place, String> qr = as("health", () -> places.ensure(actor()));
			String citizen = as("citizen", this::citizenCode);
			Map<String, PersonalCode> codes = as("checkpoint", this::codes);
			Map<String, String> tokens = new HashMap<>();
			codes.forEach((idNumber, code) -> tokens.put(idNumber, code.token()));
			tokens.put("citizen", citizen);
			LocalDate today = LocalDate.now(clock.withZone(DailyPartitions.ZONE));
			int added = as("checkpoint", () -> upload(DemoVisits.crowd(today, clock.instant(), qr, tokens)));
			String opened = null;
			if (!hasCase(codes.get(DemoPerson.CASE.idNumber()).personRef())) {
				added += as("checkpoint", () -> upload(DemoVisits.scenario(today, qr, tokens)));
				opened = as("health", () -> outbreakCase.open(actor(), tokens));
			}
			if (added > 0 || opened != null) {
				log.info("Demo outbreak data: {} check-ins added{}", added, opened == null ? "" : ", case " + opened);
			}
		}
		catch (BusinessException | UsernameNotFoundException e) {
			log.warn("Demo outbreak data not loaded: {}", e.getMessage());
		}
	}

	/** The citizen's personal code, declaring (no symptoms, no contact) the first time. */
	private String citizenCode() {
		Actor citizen = actor();
		return people.currentCode(citizen)
			.orElseGet(() -> people.declare(citizen,
					new HealthDeclaration(Set.<Symptom>of(), false, null, "Khai báo mẫu (demo)")))
			.token();
	}

	/** Personal codes of the demo people, by ID number, found or created as staff do for people without a phone. */
	private Map<String, PersonalCode> codes() {
		Map<String, PersonalCode> codes = new HashMap<>();
		List<DemoPerson> all = new ArrayList<>(DemoPerson.CROWD);
		all.addAll(List.of(DemoPerson.CASE, DemoPerson.SHOP_CONTACT, DemoPerson.BRIEF_VISIT, DemoPerson.EARLIER_VISIT));
		for (DemoPerson person : all) {
			codes.put(person.idNumber(),
					people.codeForIdNumber(actor(), person.idNumber(), person.fullName(), person.phone()));
		}
		return codes;
	}

	private int upload(List<CheckInCommand> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		BatchReceipt receipt = checkIns.recordBatch(actor(), DEVICE, rows);
		if (!receipt.refused().isEmpty()) {
			log.warn("Demo check-ins refused: {}", receipt.refused());
		}
		return receipt.accepted();
	}

	/**
	 * Whether the person already has a case (read from the tracing part's table: its API lists recent cases only and
	 * records every list as a read of health data).
	 */
	private boolean hasCase(String personRef) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM health_case c JOIN health_person p ON p.id = c.person_id WHERE p.ref = :ref""")
			.param("ref", personRef)
			.query(Long.class)
			.single() > 0;
	}

	private Actor actor() {
		return actors.current().orElseThrow();
	}

	/** Runs {@code work} as the demo account {@code username}. */
	private <T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		UserDetails user = users.loadUserByUsername(username);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
