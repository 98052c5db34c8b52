package vn.gov.cantho.egov.procedure.domain;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.procedure.FeeSchedule;
import vn.gov.cantho.egov.procedure.FormField;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.procedure.RequiredDocument;
import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Writes procedures. A procedure and its ordered documents and form fields change together: the head row carries
 * the version, and the child rows are replaced as a whole, since their order is part of the definition.
 */
@Component
class ProcedureStore {

	private final JdbcClient jdbc;
	private final ProcedureRows rows;

	ProcedureStore(JdbcClient jdbc, ProcedureRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	Optional<ProcedureRecord> find(String code) {
		return rows.records(ProcedureRows.COLUMNS + " WHERE p.code = :code", Map.of("code", code)).stream().findFirst();
	}

	/** The row's version alone: how a node checks that a procedure it keeps is still current. */
	Optional<Integer> version(String code) {
		return jdbc.sql("SELECT version FROM procedure_definition WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.optional();
	}

	boolean exists(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM procedure_definition WHERE code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	void insert(ProcedureView procedure, String notes) {
		jdbc.sql("""
				INSERT INTO procedure_definition (code, name_vi, name_en, name_vi_folded, name_en_folded, field_code,
				    procedure_level, agency_code, time_limit_kind, time_limit_days, fee_kind, fee_amount,
				    fee_online_amount, fee_full_rate_pages, fee_reduced_amount, fee_cap, online_mode, result_form,
				    deliveries, notes, active, version)
				VALUES (:code, :nameVi, :nameEn, :nameViFolded, :nameEnFolded, :fieldCode, :level, :agencyCode,
				    :limitKind, :limitDays, :feeKind, :feeAmount, :feeOnline, :feePages, :feeReduced, :feeCap,
				    :onlineMode, :resultForm, :deliveries, :notes, :active, 0)""")
			.params(columns(procedure, notes))
			.update();
		insertChildren(procedure);
	}

	/** False when {@code expectedVersion} is given and no longer current (someone saved in between). */
	boolean update(ProcedureView procedure, String notes, Integer expectedVersion) {
		Map<String, Object> params = columns(procedure, notes);
		String versionCheck = "";
		if (expectedVersion != null) {
			params.put("expected", expectedVersion);
			versionCheck = " AND version = :expected";
		}
		int changed = jdbc.sql("""
				UPDATE procedure_definition SET name_vi = :nameVi, name_en = :nameEn, name_vi_folded = :nameViFolded,
				    name_en_folded = :nameEnFolded, field_code = :fieldCode, procedure_level = :level,
				    agency_code = :agencyCode, time_limit_kind = :limitKind, time_limit_days = :limitDays,
				    fee_kind = :feeKind, fee_amount = :feeAmount, fee_online_amount = :feeOnline,
				    fee_full_rate_pages = :feePages, fee_reduced_amount = :feeReduced, fee_cap = :feeCap,
				    online_mode = :onlineMode, result_form = :resultForm, deliveries = :deliveries, notes = :notes,
				    version = version + 1
				WHERE code = :code""" + versionCheck)
			.params(params)
			.update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM procedure_document WHERE procedure_code = :code")
			.param("code", procedure.code())
			.update();
		jdbc.sql("DELETE FROM procedure_form_field WHERE procedure_code = :code")
			.param("code", procedure.code())
			.update();
		insertChildren(procedure);
		return true;
	}

	void setActive(String code, boolean active) {
		jdbc.sql("UPDATE procedure_definition SET active = :active, version = version + 1 WHERE code = :code")
			.param("active", active)
			.param("code", code)
			.update();
	}

	private void insertChildren(ProcedureView procedure) {
		List<RequiredDocument> documents = procedure.documents();
		for (int i = 0; i < documents.size(); i++) {
			RequiredDocument d = documents.get(i);
			jdbc.sql("""
					INSERT INTO procedure_document (procedure_code, seq, code, name_vi, name_en, document_form, copies,
					    mandatory)
					VALUES (:procedure, :seq, :code, :nameVi, :nameEn, :form, :copies, :mandatory)""")
				.param("procedure", procedure.code())
				.param("seq", i)
				.param("code", d.code())
				.param("nameVi", d.nameVi())
				.param("nameEn", d.nameEn())
				.param("form", d.form().name())
				.param("copies", d.copies())
				.param("mandatory", d.mandatory())
				.update();
		}
		List<FormField> fields = procedure.formFields();
		for (int i = 0; i < fields.size(); i++) {
			FormField f = fields.get(i);
			jdbc.sql("""
					INSERT INTO procedure_form_field (procedure_code, seq, field_key, label_vi, label_en, field_type,
					    required, max_length, pattern, options)
					VALUES (:procedure, :seq, :key, :labelVi, :labelEn, :type, :required, :maxLength, :pattern,
					    :options)""")
				.param("procedure", procedure.code())
				.param("seq", i)
				.param("key", f.key())
				.param("labelVi", f.labelVi())
				.param("labelEn", f.labelEn())
				.param("type", f.type().name())
				.param("required", f.required())
				.param("maxLength", f.maxLength(), Types.INTEGER)
				.param("pattern", f.pattern(), Types.VARCHAR)
				.param("options", f.options().isEmpty() ? null : String.join(ProcedureRows.OPTION_SEPARATOR,
						f.options()), Types.VARCHAR)
				.update();
		}
	}

	private static Map<String, Object> columns(ProcedureView p, String notes) {
		FeeSchedule fee = p.fee();
		Map<String, Object> params = new HashMap<>();
		params.put("code", p.code());
		params.put("nameVi", p.nameVi());
		params.put("nameEn", p.nameEn());
		params.put("nameViFolded", TextFolding.fold(p.nameVi()));
		params.put("nameEnFolded", TextFolding.fold(p.nameEn()));
		params.put("fieldCode", p.fieldCode());
		params.put("level", p.level().name());
		params.put("agencyCode", p.agencyCode());
		params.put("limitKind", p.timeLimit().kind().name());
		params.put("limitDays", p.timeLimit().workingDays());
		params.put("feeKind", fee.kind().name());
		params.put("feeAmount", fee.amount());
		params.put("feeOnline", new SqlParameterValue(Types.BIGINT, fee.onlineAmount()));
		params.put("feePages", new SqlParameterValue(Types.INTEGER, fee.fullRatePages()));
		params.put("feeReduced", new SqlParameterValue(Types.BIGINT, fee.reducedAmount()));
		params.put("feeCap", new SqlParameterValue(Types.BIGINT, fee.cap()));
		params.put("onlineMode", p.onlineMode().name());
		params.put("resultForm", p.resultForm().name());
		params.put("deliveries", ProcedureRows.deliveries(p.deliveries()));
		params.put("notes", new SqlParameterValue(Types.VARCHAR, notes));
		params.put("active", p.active());
		return params;
	}
}
