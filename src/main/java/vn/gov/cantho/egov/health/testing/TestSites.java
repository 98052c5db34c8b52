package vn.gov.cantho.egov.health.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Test sites and their slots (HEALTH_TEST_MANAGE to change them; anyone may read them). Slots are generated for a day
 * from a plan; generating again adds only the slots that are missing, so a plan can be extended or repeated safely.
 */
@Service
public class TestSites {

	static final String NOT_FOUND = "health.testing.site-not-found";
	static final int MAX_SLOTS_PER_DAY = 96;

	private final JdbcClient jdbc;
	private final AdministrativeMap map;
	private final AuditLog audit;
	private final Clock clock;

	TestSites(JdbcClient jdbc, AdministrativeMap map, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.map = map;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public TestSite create(Actor actor, NewSite site) {
		requireManager(actor);
		List<BusinessException> problems = new ArrayList<>();
		String name = Texts.required(site.name(), 200, "name", problems);
		String address = Texts.required(site.address(), 300, "address", problems);
		String unit = site.unitCode() == null ? "" : site.unitCode().strip();
		if (map.unit(unit, LocalDate.now(clock)).filter(u -> u.level() == UnitLevel.COMMUNE).isEmpty()) {
			problems.add(BusinessException.invalid("health.testing.unit-not-ward", "unitCode"));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
		String code = PublicCodes.site(c -> site(c).isPresent());
		jdbc.sql("""
				INSERT INTO health_test_site (code, name, address, unit_code, created_by, created_at)
				VALUES (:code, :name, :address, :unit, :by, :at)""")
			.param("code", code)
			.param("name", name)
			.param("address", address)
			.param("unit", unit)
			.param("by", actor.username())
			.param("at", Rows.utc(clock.instant()))
			.update();
		audit.record("health.test-site.created", code);
		return new TestSite(code, name, address, unit, true);
	}

	/** Open sites, by name. */
	@Transactional(readOnly = true)
	public List<TestSite> sites() {
		return jdbc.sql("SELECT code, name, address, unit_code, active FROM health_test_site WHERE active ORDER BY name")
			.query((rs, n) -> new TestSite(rs.getString("code"), rs.getString("name"), rs.getString("address"),
					rs.getString("unit_code"), rs.getBoolean("active")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<TestSite> site(String code) {
		return jdbc.sql("SELECT code, name, address, unit_code, active FROM health_test_site WHERE code = :code")
			.param("code", PublicCodes.normalise(code))
			.query((rs, n) -> new TestSite(rs.getString("code"), rs.getString("name"), rs.getString("address"),
					rs.getString("unit_code"), rs.getBoolean("active")))
			.optional();
	}

	/** @return how many slots were added (those already there are left as they are) */
	@Transactional
	public int generate(Actor actor, String siteCode, SlotPlan plan) {
		requireManager(actor);
		long siteId = siteId(siteCode);
		List<Instant> starts = starts(plan);
		Duration length = Duration.ofMinutes(plan.everyMinutes());
		Instant now = clock.instant();
		int added = 0;
		for (Instant start : starts) {
			if (start.isBefore(now)) {
				continue;
			}
			added += jdbc.sql("""
					INSERT INTO health_test_slot (site_id, starts_at, ends_at, capacity)
					VALUES (:site, :start, :end, :capacity) ON CONFLICT DO NOTHING""")
				.param("site", siteId)
				.param("start", Rows.utc(start))
				.param("end", Rows.utc(start.plus(length)))
				.param("capacity", plan.capacity())
				.update();
		}
		if (added > 0) {
			audit.record("health.test-slots.generated", PublicCodes.normalise(siteCode));
		}
		return added;
	}

	/** The slots of a site on a local day, earliest first. */
	@Transactional(readOnly = true)
	public List<TestSlot> slots(String siteCode, LocalDate day) {
		String code = PublicCodes.normalise(siteCode);
		return jdbc.sql("""
				SELECT s.starts_at, s.ends_at, s.capacity, s.booked FROM health_test_slot s
				JOIN health_test_site t ON t.id = s.site_id
				WHERE t.code = :code AND s.starts_at >= :from AND s.starts_at < :to ORDER BY s.starts_at""")
			.param("code", code)
			.param("from", Rows.utc(Rows.startOf(day)))
			.param("to", Rows.utc(Rows.startOf(day.plusDays(1))))
			.query((rs, n) -> new TestSlot(code, Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"),
					rs.getInt("capacity"), rs.getInt("booked")))
			.list();
	}

	long siteId(String siteCode) {
		return jdbc.sql("SELECT id FROM health_test_site WHERE code = :code AND active")
			.param("code", PublicCodes.normalise(siteCode))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "siteCode"));
	}

	/** The starts of the plan's slots; every rule it breaks is reported at once. */
	List<Instant> starts(SlotPlan plan) {
		List<BusinessException> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock.withZone(Rows.VIETNAM));
		if (plan.day() == null) {
			problems.add(BusinessException.invalid("health.testing.day-required", "day"));
		}
		else if (plan.day().isBefore(today) || plan.day().isAfter(today.plusDays(60))) {
			problems.add(BusinessException.invalid("health.testing.day-out-of-range", "day", 60));
		}
		if (plan.from() == null || plan.until() == null || !plan.until().isAfter(plan.from())) {
			problems.add(BusinessException.invalid("health.testing.hours-invalid", "until"));
		}
		if (plan.everyMinutes() == null || plan.everyMinutes() < 5 || plan.everyMinutes() > 240) {
			problems.add(BusinessException.invalid("health.testing.interval-invalid", "everyMinutes", 5, 240));
		}
		if (plan.capacity() == null || plan.capacity() < 1 || plan.capacity() > 1000) {
			problems.add(BusinessException.invalid("health.testing.capacity-invalid", "capacity", 1, 1000));
		}
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
		List<Instant> starts = new ArrayList<>();
		// In minutes of the day, so that a slot ending at midnight does not wrap around to the next morning.
		int until = plan.until().toSecondOfDay() / 60;
		for (int at = plan.from().toSecondOfDay() / 60; at + plan.everyMinutes() <= until; at += plan.everyMinutes()) {
			starts.add(plan.day().atTime(LocalTime.ofSecondOfDay(at * 60L)).atZone(Rows.VIETNAM).toInstant());
			if (starts.size() > MAX_SLOTS_PER_DAY) {
				throw BusinessException.invalid("health.testing.too-many-slots", "everyMinutes", MAX_SLOTS_PER_DAY);
			}
		}
		if (starts.isEmpty()) {
			throw BusinessException.invalid("health.testing.hours-invalid", "until");
		}
		return starts;
	}

	static void requireManager(Actor actor) {
		if (actor == null || !actor.has(Permissions.HEALTH_TEST_MANAGE)) {
			throw BusinessException.forbidden("health.testing.not-allowed");
		}
	}
}
