package vn.gov.cantho.egov.health.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.health.VenueRegistered;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueSign;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.VenueView;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;
import vn.gov.cantho.egov.shared.Contacts;

/**
 * Venues registered by their owners (HEALTH_VENUE_REGISTER) or by officials (HEALTH_VENUE_MANAGE, who see and close
 * every venue; owners see and close their own). Checkpoints are registered by officials only. A venue's code is a
 * random public reference; its poster carries the code signed with the current venue key.
 */
@Service
class VenueService implements Venues {

	static final String NOT_FOUND = "health.venue-not-found";
	private static final String COLUMNS = """
			SELECT code, name, address, unit_code, venue_type, default_stay_minutes, min_overlap_minutes, active,
			       key_version, owner_account, registered_at FROM health_venue""";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AdministrativeMap map;
	private final SigningKeys keys;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	VenueService(JdbcClient jdbc, Clock clock, AdministrativeMap map, SigningKeys keys, AuditLog audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.map = map;
		this.keys = keys;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public VenueView register(Actor actor, VenueRegistration registration) {
		boolean manager = actor.has(Permissions.HEALTH_VENUE_MANAGE);
		if (!manager && !actor.has(Permissions.HEALTH_VENUE_REGISTER)) {
			throw BusinessException.forbidden(IntakeErrors.FORBIDDEN);
		}
		Checked venue = check(registration, manager);
		Instant now = clock.instant();
		int keyVersion = keys.current(SigningKeys.VENUE).version();
		for (int attempt = 0;; attempt++) {
			String code = PublicRefs.next();
			try {
				jdbc.sql("""
						INSERT INTO health_venue (code, name, address, unit_code, venue_type, default_stay_minutes,
						    min_overlap_minutes, owner_account, owner_phone, registered_by, key_version, registered_at)
						VALUES (:code, :name, :address, :unit, :type, :stay, :overlap, :owner, :phone, :by, :key, :at)""")
					.param("code", code)
					.param("name", venue.name())
					.param("address", venue.address())
					.param("unit", venue.unitCode())
					.param("type", venue.type().name())
					.param("stay", venue.stay())
					.param("overlap", venue.overlap())
					.param("owner", actor.username())
					.param("phone", venue.phone())
					.param("by", actor.username())
					.param("key", keyVersion)
					.param("at", now.atOffset(ZoneOffset.UTC))
					.update();
			}
			catch (DuplicateKeyException e) {
				if (attempt < 3) {
					continue; // one chance in 10^15 per venue already held: draw another code
				}
				throw e;
			}
			audit.record("health.venue.registered", code);
			events.publishEvent(new VenueRegistered(code, venue.unitCode(), venue.type(), actor.username()));
			return new VenueView(code, venue.name(), venue.address(), venue.unitCode(), venue.type(), venue.stay(),
					venue.overlap(), true, keyVersion, actor.username(), now);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VenueView> find(Actor actor, String venueCode) {
		if (venueCode == null || !PublicRefs.valid(venueCode)) {
			return Optional.empty();
		}
		return jdbc.sql(COLUMNS + " WHERE code = :code")
			.param("code", venueCode)
			.query(VenueService::view)
			.optional()
			.filter(view -> mayManage(actor, view));
	}

	@Override
	@Transactional(readOnly = true)
	public List<VenueView> list(Actor actor, int limit) {
		int size = Math.max(1, Math.min(limit, 500));
		if (actor.has(Permissions.HEALTH_VENUE_MANAGE)) {
			return jdbc.sql(COLUMNS + " ORDER BY registered_at DESC, id DESC LIMIT :n")
				.param("n", size)
				.query(VenueService::view)
				.list();
		}
		return jdbc.sql(COLUMNS + " WHERE owner_account = :owner ORDER BY registered_at DESC, id DESC LIMIT :n")
			.param("owner", actor.username())
			.param("n", size)
			.query(VenueService::view)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<VenueSign> sign(String venueCode) {
		if (venueCode == null || !PublicRefs.valid(venueCode)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT code, name, address, unit_code, venue_type, default_stay_minutes FROM health_venue
				WHERE code = :code AND active""")
			.param("code", venueCode)
			.query((rs, n) -> new VenueSign(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					VenueType.valueOf(rs.getString(5)), rs.getInt(6)))
			.optional();
	}

	@Override
	@Transactional
	public void close(Actor actor, String venueCode) {
		VenueView venue = find(actor, venueCode).orElseThrow(() -> BusinessException.notFound(NOT_FOUND, "code"));
		if (!venue.active()) {
			return;
		}
		jdbc.sql("UPDATE health_venue SET active = FALSE, version = version + 1 WHERE code = :code")
			.param("code", venueCode)
			.update();
		audit.record("health.venue.closed", venueCode);
	}

	private static boolean mayManage(Actor actor, VenueView venue) {
		return actor.has(Permissions.HEALTH_VENUE_MANAGE) || actor.username().equals(venue.ownerAccount());
	}

	private Checked check(VenueRegistration r, boolean manager) {
		List<BusinessException> errors = new ArrayList<>();
		String name = trimmed(r.name());
		String address = trimmed(r.address());
		if (name == null || name.length() > 200) {
			errors.add(BusinessException.invalid("health.venue-name-invalid", "name", 200));
		}
		if (address == null || address.length() > 300) {
			errors.add(BusinessException.invalid("health.venue-address-invalid", "address", 300));
		}
		LocalDate today = LocalDate.now(clock.withZone(DailyPartitions.ZONE));
		String unit = trimmed(r.unitCode());
		if (unit == null || map.unit(unit, today).filter(u -> u.level() == UnitLevel.COMMUNE).isEmpty()) {
			errors.add(BusinessException.invalid("health.venue-unit-unknown", "unitCode"));
		}
		VenueType type = r.type();
		if (type == null) {
			errors.add(BusinessException.invalid("health.venue-type-required", "type"));
		}
		else if (type == VenueType.CHECKPOINT && !manager) {
			errors.add(BusinessException.invalid("health.venue-checkpoint-official", "type"));
		}
		int stay = r.defaultStayMinutes() != null ? r.defaultStayMinutes()
				: type == null ? 60 : type.defaultStayMinutes();
		int overlap = r.minOverlapMinutes() != null ? r.minOverlapMinutes()
				: type == null ? 15 : type.minOverlapMinutes();
		if (stay < 5 || stay > 1440) {
			errors.add(BusinessException.invalid("health.venue-stay-invalid", "defaultStayMinutes", 5, 1440));
		}
		if (overlap < 0 || overlap > 1440) {
			errors.add(BusinessException.invalid("health.venue-overlap-invalid", "minOverlapMinutes", 0, 1440));
		}
		String phone = null;
		if (!Contacts.isBlank(r.ownerPhone())) {
			phone = Contacts.mobile(r.ownerPhone()).orElse(null);
			if (phone == null) {
				errors.add(BusinessException.invalid("health.venue-phone-invalid", "ownerPhone"));
			}
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		return new Checked(name, address, unit, type, stay, overlap, phone);
	}

	private static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static VenueView view(ResultSet rs, int row) throws SQLException {
		return new VenueView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				VenueType.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getInt(9),
				rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant());
	}

	private record Checked(String name, String address, String unitCode, VenueType type, int stay, int overlap,
			String phone) {
	}
}
