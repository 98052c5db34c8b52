package vn.gov.cantho.egov.directory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.gov.cantho.egov.directory.ReorganisationKind;
import vn.gov.cantho.egov.directory.ReorganisationView;
import vn.gov.cantho.egov.directory.ReorganisationView.Involved;
import vn.gov.cantho.egov.directory.ReorganisationView.Role;

/** Keeps each reorganisation and the units it touched, so the history of the map can be shown and explained. */
@Repository
class ReorganisationStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	ReorganisationStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long open(ReorganisationKind kind, LocalDate effectiveOn, String legalBasis) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO directory_reorganisation (kind, effective_on, legal_basis, recorded_at)"
				+ " VALUES (:kind, :on, :basis, :at)")
			.param("kind", kind.name())
			.param("on", effectiveOn)
			.param("basis", legalBasis)
			.param("at", OffsetDateTime.now(clock))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	void involve(long id, String unitCode, Role role) {
		jdbc.sql("INSERT INTO directory_reorganisation_unit (reorganisation_id, unit_code, unit_role)"
				+ " VALUES (:id, :code, :role)")
			.param("id", id)
			.param("code", unitCode)
			.param("role", role.name())
			.update();
	}

	ReorganisationView find(long id) {
		return query(" WHERE r.id = :id", Map.of("id", id)).get(0);
	}

	List<ReorganisationView> all() {
		return query("", Map.of());
	}

	private List<ReorganisationView> query(String where, Map<String, Object> params) {
		Map<Long, ReorganisationView> byId = new LinkedHashMap<>();
		Map<Long, List<Involved>> units = new LinkedHashMap<>();
		jdbc.sql("SELECT r.id, r.kind, r.effective_on, r.legal_basis, r.recorded_at, u.unit_code, u.unit_role"
				+ " FROM directory_reorganisation r"
				+ " LEFT JOIN directory_reorganisation_unit u ON u.reorganisation_id = r.id" + where
				+ " ORDER BY r.effective_on DESC, r.id DESC, u.unit_role, u.unit_code")
			.params(params)
			.query(rs -> {
				long id = rs.getLong("id");
				if (!byId.containsKey(id)) {
					byId.put(id, new ReorganisationView(id, ReorganisationKind.valueOf(rs.getString("kind")),
							rs.getObject("effective_on", LocalDate.class), rs.getString("legal_basis"),
							rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), List.of()));
				}
				List<Involved> list = units.computeIfAbsent(id, k -> new ArrayList<>());
				if (rs.getString("unit_code") != null) {
					list.add(new Involved(rs.getString("unit_code"), Role.valueOf(rs.getString("unit_role"))));
				}
			});
		return byId.values()
			.stream()
			.map(r -> new ReorganisationView(r.id(), r.kind(), r.effectiveOn(), r.legalBasis(), r.recordedAt(),
					units.get(r.id())))
			.toList();
	}
}
