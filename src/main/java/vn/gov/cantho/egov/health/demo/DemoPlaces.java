package vn.gov.cantho.egov.health.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.health.HealthCodes;
import vn.gov.cantho.egov.health.VenueRegistration;
import vn.gov.cantho.egov.health.VenueType;
import vn.gov.cantho.egov.health.Venues;
import vn.gov.cantho.egov.identity.Actor;

/**
 * The demo venues, one of each kind the scenario needs, in wards of Cần Thơ, registered by the demo health officer
 * through {@link Venues}. A venue is found again by its name (the venue API has no lookup by name, and its list stops
 * at the newest ones), so a second start registers nothing.
 */
@Component
class DemoPlaces {

	enum Place {
		CHECKPOINT("Chốt kiểm soát dịch cầu Cần Thơ (demo)", "Quốc lộ 1A, đầu cầu Cần Thơ, phường Hưng Thạnh", "31204",
				VenueType.CHECKPOINT),
		MARKET("Chợ Xuân Khánh (demo)", "Đường 30 Tháng 4, phường Xuân Khánh", "31144", VenueType.MARKET),
		RESTAURANT("Nhà hàng Bến Ninh Kiều (demo)", "Hai Bà Trưng, phường Cái Khế", "31117", VenueType.RESTAURANT),
		SCHOOL("Trường THCS Hưng Lợi (demo)", "Đường 91B, phường Hưng Lợi", "31147", VenueType.SCHOOL),
		SHOP("Cửa hàng tiện lợi Cái Khế (demo)", "Trần Văn Khéo, phường Cái Khế", "31117", VenueType.SHOP);

		final String name;
		final String address;
		final String unitCode;
		final VenueType type;

		Place(String name, String address, String unitCode, VenueType type) {
			this.name = name;
			this.address = address;
			this.unitCode = unitCode;
			this.type = type;
		}
	}

	private final Venues venues;
	private final HealthCodes codes;
	private final JdbcClient jdbc;

	DemoPlaces(Venues venues, HealthCodes codes, JdbcClient jdbc) {
		this.venues = venues;
		this.codes = codes;
		this.jdbc = jdbc;
	}

	/** The QR text of every demo venue (registered now when missing), by place. */
	Map<Place, String> ensure(Actor officer) {
		Map<Place, String> qr = new LinkedHashMap<>();
		for (Place place : Place.values()) {
			List<String> found = jdbc.sql("SELECT code FROM health_venue WHERE name = :name AND active ORDER BY id")
				.param("name", place.name)
				.query(String.class)
				.list();
			String code = found.isEmpty() ? venues.register(officer, new VenueRegistration(place.name, place.address,
					place.unitCode, place.type, null, null, null)).code() : found.get(0);
			qr.put(place, codes.venueQr(code));
		}
		return qr;
	}
}
