package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.directory.AdminUnitView;
import vn.gov.cantho.egov.directory.AdministrativeMap;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.FieldCatalogue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.AttributeValue;
import vn.gov.cantho.egov.feedback.FeedbackFieldView.FieldAttribute;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The fields that take feedback, as rows keyed by the directory's field codes (names come from the directory), with
 * their routing per area and extra questions. Routing: the agency of the most specific unit configured for the item's
 * ward (the ward itself, then its parents on today's map), else the field's default agency. Every submission reads
 * the configuration, which changes a few times a year: each node keeps a snapshot of it for {@link #TTL} (dropped at
 * once on the node that saves a change, after the commit), so another node sees a change within seconds.
 */
@Component
public class FieldConfiguration implements FeedbackFields {

	static final Set<String> TYPES = Set.of("realtime", "batch", "blackbox");
	static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
			"multivaluelist");

	private final JdbcClient jdbc;
	private final FieldCatalogue catalogue;
	private final AgencyDirectory agencies;
	private final AdministrativeMap map;
	private final CurrentActor actors;
	private final AuditLog audit;
	private final Clock clock;
	private final FieldRows reads;
	private volatile FieldRows.Snapshot snapshot;

	/** How long a node trusts its snapshot of the configuration. */
	static final long TTL = TimeUnit.SECONDS.toNanos(10);

	FieldConfiguration(JdbcClient jdbc, FieldRows reads, FieldCatalogue catalogue, AgencyDirectory agencies,
			AdministrativeMap map, CurrentActor actors, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.map = map;
		this.actors = actors;
		this.audit = audit;
		this.clock = clock;
	}


	@Override
	@Transactional(readOnly = true)
	public List<FeedbackFieldView> fields() {
		FieldRows.Snapshot now = snapshot();
		return now.rows().values().stream().filter(FieldRows.Row::active).map(r -> now.views().get(r.code())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FeedbackFieldView> field(String fieldCode) {
		return row(fieldCode).filter(FieldRows.Row::active).map(r -> snapshot().views().get(r.code()));
	}

	/** A field whether or not it takes new items (for items filed before it was switched off). */
	Optional<FeedbackFieldView> anyField(String fieldCode) {
		return row(fieldCode).map(r -> snapshot().views().get(r.code()));
	}

	@Override
	@Transactional(readOnly = true)
	public String agencyFor(String fieldCode, String unitCode) {
		FieldRows.Row field = row(fieldCode).orElse(null);
		if (field == null) {
			return null;
		}
		Map<String, String> routing = snapshot().routing().getOrDefault(field.code(), Map.of());
		LocalDate today = LocalDate.now(clock);
		String unit = unitCode;
		for (int depth = 0; unit != null && depth < 10; depth++) {
			String agency = routing.get(unit);
			if (agency != null) {
				return agency;
			}
			unit = map.unit(unit, today).map(AdminUnitView::parentCode).orElse(null);
		}
		return field.defaultAgency();
	}

	/** Creates or replaces a field's settings, routing and questions (FEEDBACK_CONFIGURE), every broken rule at once. */
	@Transactional
	public FeedbackFieldView save(FieldDefinition d) {
		if (actors.current().map(a -> !a.has(Permissions.FEEDBACK_CONFIGURE)).orElse(true)) {
			throw BusinessException.forbidden("forbidden");
		}
		check(d);
		forget();
		int updated = jdbc.sql("""
				UPDATE feedback_field SET deadline_days = :days, default_agency = :agency, open311_type = :type,
				    keywords = :keywords, group_name = :group, sort_order = :order, active = :active,
				    version = version + 1
				WHERE field_code = :code""")
			.params(fieldParams(d))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO feedback_field (field_code, deadline_days, default_agency, open311_type, keywords,
					    group_name, sort_order, active, version)
					VALUES (:code, :days, :agency, :type, :keywords, :group, :order, :active, 0)""")
				.params(fieldParams(d))
				.update();
		}
		jdbc.sql("DELETE FROM feedback_routing WHERE field_code = :code").param("code", d.code()).update();
		d.routing().forEach((unit, agency) -> jdbc.sql("""
				INSERT INTO feedback_routing (field_code, unit_code, agency_code) VALUES (:code, :unit, :agency)""")
			.param("code", d.code())
			.param("unit", unit)
			.param("agency", agency)
			.update());
		replaceAttributes(d);
		audit.record("feedback.field.saved", d.code());
		return anyField(d.code()).orElseThrow();
	}

	private void check(FieldDefinition d) {
		List<BusinessException> errors = new ArrayList<>();
		if (d.code() == null || catalogue.field(d.code()).isEmpty()) {
			errors.add(BusinessException.invalid("feedback.unknown-field", "code"));
		}
		if (d.deadlineDays() < 1 || d.deadlineDays() > 90) {
			errors.add(BusinessException.invalid("feedback.deadline-range", "deadlineDays"));
		}
		if (d.defaultAgency() == null || agencies.agency(d.defaultAgency()).isEmpty()) {
			errors.add(BusinessException.invalid("feedback.unknown-agency", "defaultAgency"));
		}
		if (!TYPES.contains(d.open311Type())) {
			errors.add(BusinessException.invalid("feedback.invalid-open311-type", "open311Type"));
		}
		LocalDate today = LocalDate.now(clock);
		d.routing().forEach((unit, agency) -> {
			if (map.unit(unit, today).isEmpty()) {
				errors.add(BusinessException.invalid("feedback.unknown-unit", "routing." + unit));
			}
			if (agencies.agency(agency).isEmpty()) {
				errors.add(BusinessException.invalid("feedback.unknown-agency", "routing." + unit));
			}
		});
		for (FieldAttribute a : d.attributes()) {
			if (a.code() == null || !a.code().matches("[A-Za-z0-9_-]{1,50}") || !DATATYPES.contains(a.datatype())) {
				errors.add(BusinessException.invalid("feedback.invalid-attribute", "attributes." + a.code()));
			}
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
	}

	private static Map<String, Object> fieldParams(FieldDefinition d) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", d.code());
		p.put("days", d.deadlineDays());
		p.put("agency", d.defaultAgency());
		p.put("type", d.open311Type());
		p.put("keywords", d.keywords());
		p.put("group", d.group());
		p.put("order", d.sortOrder());
		p.put("active", d.active());
		return p;
	}

	private void replaceAttributes(FieldDefinition d) {
		jdbc.sql("DELETE FROM feedback_field_attribute_value WHERE field_code = :code").param("code", d.code()).update();
		jdbc.sql("DELETE FROM feedback_field_attribute WHERE field_code = :code").param("code", d.code()).update();
		for (FieldAttribute a : d.attributes()) {
			jdbc.sql("""
					INSERT INTO feedback_field_attribute (field_code, code, datatype, required, description_vi,
					    description_en, sort_order)
					VALUES (:field, :code, :type, :required, :vi, :en, :order)""")
				.param("field", d.code())
				.param("code", a.code())
				.param("type", a.datatype())
				.param("required", a.required())
				.param("vi", a.descriptionVi())
				.param("en", a.descriptionEn())
				.param("order", a.order())
				.update();
			int order = 0;
			for (AttributeValue v : a.values()) {
				jdbc.sql("""
						INSERT INTO feedback_field_attribute_value (field_code, attribute_code, value_key, name_vi,
						    name_en, sort_order)
						VALUES (:field, :attribute, :key, :vi, :en, :order)""")
					.param("field", d.code())
					.param("attribute", a.code())
					.param("key", v.key())
					.param("vi", v.nameVi())
					.param("en", v.nameEn())
					.param("order", order++)
					.update();
			}
		}
	}

	private Optional<FieldRows.Row> row(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(snapshot().rows().get(code.trim()));
	}

	private FieldRows.Snapshot snapshot() {
		FieldRows.Snapshot current = snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > TTL) {
			current = reads.load();
			snapshot = current;
		}
		return current;
	}

	/** Drops this node's snapshot once the change commits (at once outside a transaction). */
	private void forget() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
		snapshot = null;
	}
}
