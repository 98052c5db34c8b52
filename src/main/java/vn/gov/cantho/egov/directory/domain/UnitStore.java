package vn.gov.cantho.egov.directory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.UnitLevel;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Reads and writes the dated map. Versions are only ever appended at the end of a unit's history: a change on day D
 * closes the open version at D, except that a version opened on D itself is replaced, so several changes on the same
 * day (abolition, then a merger) compose instead of leaving empty periods.
 */
@Repository
public class UnitStore {

	private static final String ON = " <= :at AND (%1$s.valid_to IS NULL OR %1$s.valid_to > :at)";

	private static final String VIEW = "SELECT u.code, n.name, u.unit_level, l.parent_code, u.valid_from, u.valid_to"
			+ " FROM directory_unit u"
			+ " JOIN directory_unit_name n ON n.unit_code = u.code AND n.valid_from" + ON.formatted("n")
			+ " LEFT JOIN directory_unit_link l ON l.unit_code = u.code AND l.valid_from" + ON.formatted("l")
			+ " WHERE u.valid_from" + ON.formatted("u");

	private final JdbcClient jdbc;

	public UnitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UnitRecord> record(String code) {
		return jdbc.sql("SELECT code, unit_level, valid_from, valid_to FROM directory_unit WHERE code = :code")
			.param("code", code)
			.query((rs, n) -> new UnitRecord(rs.getString(1), UnitLevel.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
			.optional();
	}

	public Optional<AdminUnitView> unitAt(String code, LocalDate at) {
		return jdbc.sql(VIEW + " AND u.code = :code").param("at", at).param("code", code).query(UnitStore::view)
			.optional();
	}

	/** Units under {@code parentCode} on {@code at}; units with no parent that day when it is null. */
	public List<AdminUnitView> childrenAt(String parentCode, LocalDate at) {
		if (parentCode == null) {
			return jdbc.sql(VIEW + " AND l.parent_code IS NULL ORDER BY u.code").param("at", at)
				.query(UnitStore::view)
				.list();
		}
		return jdbc.sql(VIEW + " AND l.parent_code = :parent ORDER BY u.code")
			.param("at", at)
			.param("parent", parentCode)
			.query(UnitStore::view)
			.list();
	}

	public List<AdminUnitView> unitsAt(LocalDate at) {
		return jdbc.sql(VIEW + " ORDER BY u.code").param("at", at).query(UnitStore::view).list();
	}

	List<AdminUnitView> levelAt(UnitLevel level, LocalDate at) {
		return jdbc.sql(VIEW + " AND u.unit_level = :level ORDER BY u.code")
			.param("at", at)
			.param("level", level.name())
			.query(UnitStore::view)
			.list();
	}

	Optional<Successor> successor(String code) {
		return jdbc.sql("SELECT unit_code, successor_code, effective_on FROM directory_unit_successor"
				+ " WHERE unit_code = :code")
			.param("code", code)
			.query((rs, n) -> new Successor(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.optional();
	}

	/** The first day from which the unit's history can be extended: the start of its latest name or parent. */
	LocalDate lastChange(String code) {
		return jdbc.sql("SELECT MAX(valid_from) FROM (SELECT valid_from FROM directory_unit_name WHERE unit_code = :c"
				+ " UNION ALL SELECT valid_from FROM directory_unit_link WHERE unit_code = :c) v")
			.param("c", code)
			.query(LocalDate.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(LocalDate.MIN);
	}

	/** Units placed under {@code code} from a day after {@code on}, earliest first. */
	List<ParentLink> laterChildren(String code, LocalDate on) {
		return jdbc.sql("SELECT unit_code, parent_code, valid_from FROM directory_unit_link"
				+ " WHERE parent_code = :code AND valid_from > :on ORDER BY valid_from")
			.param("code", code)
			.param("on", on)
			.query((rs, n) -> new ParentLink(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	void insert(String code, UnitLevel level, LocalDate validFrom) {
		jdbc.sql("INSERT INTO directory_unit (code, unit_level, valid_from) VALUES (:code, :level, :from)")
			.param("code", code)
			.param("level", level.name())
			.param("from", validFrom)
			.update();
	}

	void name(String code, String name, LocalDate from) {
		closeOpen("directory_unit_name", code, from);
		jdbc.sql("INSERT INTO directory_unit_name (unit_code, name, name_folded, valid_from)"
				+ " VALUES (:code, :name, :folded, :from)")
			.param("code", code)
			.param("name", name)
			.param("folded", TextFolding.fold(name))
			.param("from", from)
			.update();
	}

	void parent(String code, String parentCode, LocalDate from) {
		closeOpen("directory_unit_link", code, from);
		jdbc.sql("INSERT INTO directory_unit_link (unit_code, parent_code, valid_from) VALUES (:code, :parent, :from)")
			.param("code", code)
			.param("parent", parentCode)
			.param("from", from)
			.update();
	}

	/** The unit and its open name and parent versions end on {@code at}. */
	void end(String code, LocalDate at) {
		closeOpen("directory_unit_name", code, at);
		closeOpen("directory_unit_link", code, at);
		jdbc.sql("UPDATE directory_unit SET valid_to = :at WHERE code = :code").param("at", at).param("code", code)
			.update();
	}

	void successor(String code, String successorCode, LocalDate on, long reorganisationId) {
		jdbc.sql("INSERT INTO directory_unit_successor (unit_code, successor_code, effective_on, reorganisation_id)"
				+ " VALUES (:code, :successor, :on, :id)")
			.param("code", code)
			.param("successor", successorCode)
			.param("on", on)
			.param("id", reorganisationId)
			.update();
	}

	/** Table names are constants of this class, never input. */
	private void closeOpen(String table, String code, LocalDate at) {
		jdbc.sql("DELETE FROM " + table + " WHERE unit_code = :code AND valid_to IS NULL AND valid_from = :at")
			.param("code", code)
			.param("at", at)
			.update();
		jdbc.sql("UPDATE " + table + " SET valid_to = :at WHERE unit_code = :code AND valid_to IS NULL")
			.param("code", code)
			.param("at", at)
			.update();
	}

	private static AdminUnitView view(ResultSet rs, int row) throws SQLException {
		return new AdminUnitView(rs.getString("code"), rs.getString("name"),
				UnitLevel.valueOf(rs.getString("unit_level")), rs.getString("parent_code"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
	}
}
