package vn.gov.cantho.egov.procedure.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.procedure.DocumentForm;
import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.OnlineMode;
import vn.gov.cantho.egov.procedure.ProcedureLevel;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.procedure.ResultForm;

/** Reads procedures with their documents and form fields; shared by the store and the search. */
@Component
class ProcedureRows {

	static final String COLUMNS = """
			SELECT p.code, p.name_vi, p.name_en, p.field_code, p.procedure_level, p.agency_code, p.time_limit_kind,
			       p.time_limit_days, p.fee_kind, p.fee_amount, p.fee_online_amount, p.fee_full_rate_pages,
			       p.fee_reduced_amount, p.fee_cap, p.online_mode, p.result_form, p.deliveries, p.notes, p.active,
			       p.version
			FROM procedure_definition p""";

	/** Options of a choice field are stored one per line. */
	static final String OPTION_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	ProcedureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The records of the selected rows, in the order of the query, each with its documents and form fields. */
	List<ProcedureRecord> records(String sql, Map<String, ?> params) {
		List<Head> heads = jdbc.sql(sql).params(params).query(ProcedureRows::head).list();
		if (heads.isEmpty()) {
			return List.of();
		}
		List<String> codes = heads.stream().map(Head::code).toList();
		Map<String, List<RequiredDocument>> documents = documents(codes);
		Map<String, List<FormField>> fields = formFields(codes);
		return heads.stream()
			.map(h -> h.record(documents.getOrDefault(h.code(), List.of()), fields.getOrDefault(h.code(), List.of())))
			.toList();
	}

	private Map<String, List<RequiredDocument>> documents(Collection<String> codes) {
		Map<String, List<RequiredDocument>> byProcedure = new HashMap<>();
		jdbc.sql("""
				SELECT procedure_code, code, name_vi, name_en, document_form, copies, mandatory
				FROM procedure_document WHERE procedure_code IN (:codes) ORDER BY procedure_code, seq""")
			.param("codes", codes)
			.query(rs -> {
				byProcedure.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new RequiredDocument(rs.getString(2), rs.getString(3), rs.getString(4),
							DocumentForm.valueOf(rs.getString(5)), rs.getInt(6), rs.getBoolean(7)));
			});
		return byProcedure;
	}

	private Map<String, List<FormField>> formFields(Collection<String> codes) {
		Map<String, List<FormField>> byProcedure = new HashMap<>();
		jdbc.sql("""
				SELECT procedure_code, field_key, label_vi, label_en, field_type, required, max_length, pattern, options
				FROM procedure_form_field WHERE procedure_code IN (:codes) ORDER BY procedure_code, seq""")
			.param("codes", codes)
			.query(rs -> {
				String options = rs.getString(9);
				byProcedure.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
					.add(new FormField(rs.getString(2), rs.getString(3), rs.getString(4),
							FormField.FieldType.valueOf(rs.getString(5)), rs.getBoolean(6),
							rs.getObject(7, Integer.class), rs.getString(8),
							options == null || options.isEmpty() ? List.of()
									: List.of(options.split(OPTION_SEPARATOR))));
			});
		return byProcedure;
	}

	static String deliveries(Set<DeliveryOption> deliveries) {
		return deliveries.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Set<DeliveryOption> deliveries(String stored) {
		Set<DeliveryOption> options = EnumSet.noneOf(DeliveryOption.class);
		Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(DeliveryOption::valueOf).forEach(options::add);
		return options;
	}

	private static Head head(ResultSet rs, int n) throws SQLException {
		TimeLimit.Kind limitKind = TimeLimit.Kind.valueOf(rs.getString("time_limit_kind"));
		FeeSchedule fee = new FeeSchedule(FeeSchedule.Kind.valueOf(rs.getString("fee_kind")), rs.getLong("fee_amount"),
				rs.getObject("fee_online_amount", Long.class), rs.getObject("fee_full_rate_pages", Integer.class),
				rs.getObject("fee_reduced_amount", Long.class), rs.getObject("fee_cap", Long.class));
		return new Head(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
				rs.getString("field_code"), ProcedureLevel.valueOf(rs.getString("procedure_level")),
				rs.getString("agency_code"), new TimeLimit(limitKind, rs.getInt("time_limit_days")), fee,
				OnlineMode.valueOf(rs.getString("online_mode")), ResultForm.valueOf(rs.getString("result_form")),
				deliveries(rs.getString("deliveries")), rs.getString("notes"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

	private record Head(String code, String nameVi, String nameEn, String fieldCode, ProcedureLevel level,
			String agencyCode, TimeLimit timeLimit, FeeSchedule fee, OnlineMode onlineMode, ResultForm resultForm,
			Set<DeliveryOption> deliveries, String notes, boolean active, int version) {

		ProcedureRecord record(List<RequiredDocument> documents, List<FormField> formFields) {
			return new ProcedureRecord(new ProcedureView(code, nameVi, nameEn, fieldCode, level, agencyCode, timeLimit,
					fee, onlineMode, resultForm, deliveries, documents, formFields, active), notes, version);
		}
	}
}
