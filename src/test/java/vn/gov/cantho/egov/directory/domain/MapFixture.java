package vn.gov.cantho.egov.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.gov.cantho.egov.directory.CreateUnit;
import vn.gov.cantho.egov.directory.UnitLevel;

/**
 * The map's rules on a fresh in-memory database with the real schema, without an application context: the stores'
 * SQL is what is being tested, so it is not replaced by a fake. Records audit entries and events for assertions.
 */
final class MapFixture {

	static final String BASIS = "test basis";

	final List<String> audit = new ArrayList<>();
	final List<Object> events = new ArrayList<>();
	final UnitStore units;
	final ReorganisationService reorganisations;
	final DatedAdministrativeMap map;

	MapFixture() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:directory-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		units = new UnitStore(jdbc);
		reorganisations = new ReorganisationService(units,
				new ReorganisationStore(jdbc, Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))),
				(action, reference) -> audit.add(action + " " + reference), events::add);
		map = new DatedAdministrativeMap(units);
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	MapFixture unit(String code, String name, UnitLevel level, String parent, String from) {
		reorganisations.create(new CreateUnit(code, name, level, parent, day(from), BASIS));
		return this;
	}

	/** City 92 from 2004 with districts D1, D2 and wards W1–W3 under D1 and W4 under D2. */
	MapFixture smallCity() {
		return unit("92", "Thành phố", UnitLevel.PROVINCE, null, "2004-01-01")
			.unit("D1", "Quận Một", UnitLevel.DISTRICT, "92", "2004-01-01")
			.unit("D2", "Huyện Hai", UnitLevel.DISTRICT, "92", "2004-01-01")
			.unit("W1", "Phường Một", UnitLevel.COMMUNE, "D1", "2004-01-01")
			.unit("W2", "Phường Hai", UnitLevel.COMMUNE, "D1", "2004-01-01")
			.unit("W3", "Phường Ba", UnitLevel.COMMUNE, "D1", "2010-05-01")
			.unit("W4", "Xã Bốn", UnitLevel.COMMUNE, "D2", "2004-01-01");
	}
}
