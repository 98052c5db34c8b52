package vn.gov.cantho.egov.health.testing.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.testing.NewRegistration;
import vn.gov.cantho.egov.health.testing.NewSite;
import vn.gov.cantho.egov.health.testing.Registrations;
import vn.gov.cantho.egov.health.testing.SlotPlan;
import vn.gov.cantho.egov.health.testing.TestReason;
import vn.gov.cantho.egov.health.testing.TestSite;
import vn.gov.cantho.egov.health.testing.TestSites;
import vn.gov.cantho.egov.health.testing.TestSlot;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Demo test sites (named as demo) made by the demo health officer, with slots from today to three days ahead,
 * generated relative to the day of each start so that a demo started on a later day has slots too; and, when the demo
 * citizen already has a personal code, a booking of theirs for tomorrow. Through the module's own operations and
 * idempotent: sites are found by name, slots that exist are left, and the citizen is booked only without any booking.
 */
@Component
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class TestingDemoData {

	static final List<NewSite> SITES = List.of(
			new NewSite("Trạm Y tế phường Cái Khế (demo)", "12 Trần Văn Khéo, phường Cái Khế", "31117"),
			new NewSite("Trung tâm Y tế Ninh Kiều, điểm Xuân Khánh (demo)", "3 Lý Tự Trọng, phường Xuân Khánh",
					"31144"),
			new NewSite("Điểm xét nghiệm lưu động Hưng Phú (demo)", "Nhà văn hóa khu vực 2, phường Hưng Phú", "31201"));
	static final int DAYS_AHEAD = 3;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	private static final Logger log = LoggerFactory.getLogger(TestingDemoData.class);

	private final TestSites sites;
	private final Registrations registrations;
	private final CurrentActor actor;
	private final UserDetailsService users;
	private final Clock clock;

	TestingDemoData(TestSites sites, Registrations registrations, CurrentActor actor, UserDetailsService users,
			Clock clock) {
		this.sites = sites;
		this.registrations = registrations;
		this.actor = actor;
		this.users = users;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		try {
			int slots = as("health", this::sitesAndSlots);
			boolean booked = as("citizen", this::citizenBooking);
			if (slots > 0 || booked) {
				log.info("Demo tests: {} slots added{}", slots, booked ? ", the demo citizen booked" : "");
			}
		}
		catch (BusinessException | UsernameNotFoundException e) {
			log.warn("Demo test sites not loaded: {}", e.getMessage());
		}
	}

	private int sitesAndSlots() {
		Set<String> existing = sites.sites().stream().map(TestSite::name).collect(Collectors.toSet());
		for (NewSite site : SITES) {
			if (!existing.contains(site.name())) {
				sites.create(actor.current().orElseThrow(), site);
			}
		}
		Set<String> names = SITES.stream().map(NewSite::name).collect(Collectors.toSet());
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		int added = 0;
		for (TestSite site : sites.sites()) {
			if (!names.contains(site.name())) {
				continue;
			}
			for (int day = 0; day <= DAYS_AHEAD; day++) {
				LocalDate on = today.plusDays(day);
				added += sites.generate(actor.current().orElseThrow(), site.code(),
						new SlotPlan(on, LocalTime.of(7, 30), LocalTime.of(11, 30), 30, 10));
				added += sites.generate(actor.current().orElseThrow(), site.code(),
						new SlotPlan(on, LocalTime.of(13, 30), LocalTime.of(16, 30), 30, 10));
			}
		}
		return added;
	}

	/** The demo citizen's booking for tomorrow's first free slot at the first demo site, once. */
	private boolean citizenBooking() {
		var citizen = actor.current().orElseThrow();
		if (!registrations.mine(citizen).isEmpty()) {
			return false;
		}
		LocalDate tomorrow = LocalDate.now(clock.withZone(VIETNAM)).plusDays(1);
		TestSite site = sites.sites().stream().filter(s -> s.name().equals(SITES.get(0).name())).findFirst().orElse(null);
		if (site == null) {
			return false;
		}
		Instant slot = sites.slots(site.code(), tomorrow).stream().filter(s -> s.free() > 0).map(TestSlot::startsAt)
			.findFirst().orElse(null);
		if (slot == null) {
			return false;
		}
		try {
			registrations.register(citizen, new NewRegistration(site.code(), slot, TestReason.EMPLOYER,
					"Nguyễn Văn An", LocalDate.of(1995, 5, 14), "0901234567", null));
			return true;
		}
		catch (BusinessException e) {
			// Without a personal code yet (no health declaration), the demo citizen books by hand.
			log.info("Demo citizen not booked for a test: {}", e.code());
			return false;
		}
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
