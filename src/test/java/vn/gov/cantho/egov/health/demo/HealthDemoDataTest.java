package vn.gov.cantho.egov.health.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.gov.cantho.egov.IntegrationTest;
import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.CaseView;
import vn.gov.cantho.egov.health.ContactView;
import vn.gov.cantho.egov.health.HealthRows;
import vn.gov.cantho.egov.health.People;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.CurrentActor;

/**
 * The demo data as loaded with the test context: venues of each kind, the citizen's code, visits over the last days,
 * the confirmed case found by a positive test with the citizen as F1 and Em as F2 (and neither the brief visitor nor
 * the earlier one), a positive rate to show; and a second load adds nothing.
 */
@IntegrationTest
class HealthDemoDataTest {

	@Autowired
	HealthDemoData demo;

	@Autowired
	CaseManagement cases;

	@Autowired
	People people;

	@Autowired
	CurrentActor actors;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void venuesOfEachKindInCanThoWards() {
		Map<String, Object> kinds = jdbc.sql("SELECT name, venue_type FROM health_venue WHERE name LIKE '%(demo)'")
			.query()
			.listOfRows()
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> (String) r.get("name"), r -> r.get("venue_type"),
					(a, b) -> a));
		assertThat(kinds.values()).contains("CHECKPOINT", "MARKET", "RESTAURANT", "SCHOOL", "SHOP");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM health_venue WHERE name = :name")
			.param("name", DemoPlaces.Place.RESTAURANT.name)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCitizenHasDeclaredAndHasACode() {
		assertThat(as("citizen", () -> people.currentCode(actor()))).isPresent();
	}

	@Test
	void visitsSpanTheLastWeek() {
		List<LocalDate> days = jdbc.sql("SELECT checked_in_at FROM health_check_in WHERE device_id = :device")
			.param("device", HealthDemoData.DEVICE)
			.query(java.time.OffsetDateTime.class)
			.list()
			.stream()
			.map(at -> LocalDate.ofInstant(at.toInstant(), HealthRows.VIETNAM))
			.distinct()
			.toList();
		LocalDate today = LocalDate.now(HealthRows.VIETNAM);
		assertThat(days).contains(today.minusDays(7), today.minusDays(2), today.minusDays(1));
	}

	@Test
	void theCaseFoundTheCitizenAsF1AndEmAsF2ButNotTheBriefOrEarlierVisitors() {
		String citizenRef = as("citizen", () -> people.currentCode(actor()).orElseThrow().personRef());
		CaseView found = as("health", () -> cases.recent(actor(), 200))
			.stream()
			.filter(c -> DemoPerson.CASE.fullName().equals(c.personName()))
			.findFirst()
			.orElseThrow();
		assertThat(found.testCode()).isNotBlank();
		List<ContactView> contacts = as("health",
				() -> cases.contacts(actor(), found.code(), 2, "Kiểm tra dữ liệu demo")).contacts();
		assertThat(contacts).anySatisfy(c -> {
			assertThat(c.personRef()).isEqualTo(citizenRef);
			assertThat(c.generation()).isEqualTo(1);
		});
		assertThat(contacts).anySatisfy(c -> {
			assertThat(c.fullName()).isEqualTo(DemoPerson.SHOP_CONTACT.fullName());
			assertThat(c.generation()).isEqualTo(2);
		});
		assertThat(contacts).extracting(ContactView::fullName)
			.doesNotContain(DemoPerson.BRIEF_VISIT.fullName(), DemoPerson.EARLIER_VISIT.fullName());
		assertThat(jdbc.sql("SELECT outcome FROM health_test_registration WHERE lab_name = :lab")
			.param("lab", DemoCase.LAB)
			.query(String.class)
			.list()).contains("POSITIVE", "NEGATIVE");
	}

	@Test
	void aSecondLoadAddsNothing() {
		// today's crowd visits that ended since the start are added by a load; the one right after adds nothing
		demo.load();
		Map<String, Long> before = counts();

		demo.load();

		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		return Map.of("venues", count("SELECT COUNT(*) FROM health_venue WHERE name LIKE '%(demo)'"), "check-ins",
				count("SELECT COUNT(*) FROM health_check_in WHERE device_id = '" + HealthDemoData.DEVICE + "'"),
				"cases", count("SELECT COUNT(*) FROM health_case"), "tests",
				count("SELECT COUNT(*) FROM health_test_registration WHERE lab_name = '" + DemoCase.LAB + "'"),
				"declarations", count("SELECT COUNT(*) FROM health_declaration"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Actor actor() {
		return actors.current().orElseThrow();
	}

	private <T> T as(String username, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
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
