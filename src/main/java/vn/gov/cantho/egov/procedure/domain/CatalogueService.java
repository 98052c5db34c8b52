package vn.gov.cantho.egov.procedure.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.procedure.ProcedureAdministration;
import vn.gov.cantho.egov.procedure.ProcedureCatalogue;
import vn.gov.cantho.egov.procedure.ProcedureChanged;
import vn.gov.cantho.egov.procedure.ProcedureDefinition;
import vn.gov.cantho.egov.procedure.ProcedurePage;
import vn.gov.cantho.egov.procedure.ProcedurePublished;
import vn.gov.cantho.egov.procedure.ProcedureQuery;
import vn.gov.cantho.egov.procedure.ProcedureView;
import vn.gov.cantho.egov.shared.BusinessException;

/** The catalogue: read by everyone, changed by administrators with {@code PROCEDURE_MANAGE}. */
@Service
@Transactional(readOnly = true)
public class CatalogueService implements ProcedureCatalogue, ProcedureAdministration {

	public static final int MAX_PAGE_SIZE = 100;

	private final ProcedureStore store;
	private final ProcedureSearch finder;
	private final ProcedureRules rules;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final java.util.Map<String, ProcedureRecord> views = new java.util.concurrent.ConcurrentHashMap<>();

	CatalogueService(ProcedureStore store, ProcedureSearch finder, ProcedureRules rules, AuditLog audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.finder = finder;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Every submission reads its procedure, and a procedure is three tables: the view is kept per node and reused
	 * while the row's version (one indexed read, bumped by every change on any node) is unchanged.
	 */
	@Override
	public Optional<ProcedureView> procedure(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String key = code.trim();
		Optional<Integer> version = store.version(key);
		if (version.isEmpty()) {
			views.remove(key);
			return Optional.empty();
		}
		ProcedureRecord cached = views.get(key);
		if (cached != null && cached.version() == version.get()) {
			return Optional.of(cached.view());
		}
		Optional<ProcedureRecord> fresh = store.find(key);
		fresh.ifPresent(r -> views.put(key, r));
		return fresh.map(ProcedureRecord::view);
	}

	/** The procedure with its notes and version, for the catalogue's own pages. */
	public Optional<ProcedureRecord> record(String code) {
		return code == null || code.isBlank() ? Optional.empty() : store.find(code.trim());
	}

	@Override
	public ProcedurePage search(ProcedureQuery query) {
		checkPaging(query);
		ProcedureSearch.Found found = finder.search(query, false);
		return new ProcedurePage(found.records().stream().map(ProcedureRecord::view).toList(), found.total(),
				query.page(), query.size());
	}

	/** Active and inactive procedures, with notes, for administrators. */
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	public RecordPage searchAll(ProcedureQuery query) {
		checkPaging(query);
		ProcedureSearch.Found found = finder.search(query, true);
		return new RecordPage(found.records(), found.total(), query.page(), query.size());
	}

	/** Every broken rule of {@code definition}, without storing anything (a form reports them with its own). */
	public List<BusinessException> problems(ProcedureDefinition definition) {
		return rules.problems(rules.normalise(definition));
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	public ProcedureView create(ProcedureDefinition definition) {
		ProcedureDefinition clean = rules.normalise(definition);
		if (clean.code() != null && store.exists(clean.code())) {
			throw BusinessException.conflict("procedure.exists", "code", clean.code());
		}
		checked(clean);
		ProcedureView created = ProcedureRules.view(clean.code(), clean, true);
		store.insert(created, clean.notes());
		audit.record("procedure.procedure.created", created.code());
		events.publishEvent(new ProcedurePublished(created.code(), created.agencyCode()));
		return created;
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	public ProcedureView update(String code, ProcedureDefinition definition, Integer expectedVersion) {
		ProcedureRecord current = existing(code);
		ProcedureDefinition clean = rules.normalise(withCode(definition, current.view().code()));
		checked(clean);
		ProcedureView updated = ProcedureRules.view(current.view().code(), clean, current.view().active());
		if (!store.update(updated, clean.notes(), expectedVersion)) {
			throw BusinessException.conflict("procedure.changed-meanwhile", "version", code);
		}
		audit.record("procedure.procedure.updated", updated.code());
		events.publishEvent(new ProcedureChanged(updated.code(), updated.agencyCode(), updated.active()));
		return updated;
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	public ProcedureView activate(String code) {
		ProcedureView procedure = existing(code).view();
		Problems problems = new Problems();
		rules.agency(problems, procedure.agencyCode());
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems.list());
		}
		return switchTo(procedure, true);
	}

	@Override
	@Transactional
	@PreAuthorize("hasAuthority('PROCEDURE_MANAGE')")
	public ProcedureView deactivate(String code) {
		return switchTo(existing(code).view(), false);
	}

	/** Sets the flag; asking for the state it already has changes and records nothing. */
	private ProcedureView switchTo(ProcedureView procedure, boolean active) {
		if (procedure.active() == active) {
			return procedure;
		}
		store.setActive(procedure.code(), active);
		audit.record(active ? "procedure.procedure.activated" : "procedure.procedure.deactivated", procedure.code());
		events.publishEvent(new ProcedureChanged(procedure.code(), procedure.agencyCode(), active));
		return store.find(procedure.code()).orElseThrow().view();
	}

	private ProcedureRecord existing(String code) {
		return record(code).orElseThrow(() -> BusinessException.notFound("procedure.not-found", "code", code));
	}

	private static ProcedureDefinition withCode(ProcedureDefinition d, String code) {
		return new ProcedureDefinition(code, d.nameVi(), d.nameEn(), d.fieldCode(), d.level(), d.agencyCode(),
				d.timeLimitKind(), d.timeLimitDays(), d.fee(), d.onlineMode(), d.resultForm(), d.deliveries(),
				d.documents(), d.formFields(), d.notes());
	}

	private void checked(ProcedureDefinition clean) {
		List<BusinessException> problems = rules.problems(clean);
		if (!problems.isEmpty()) {
			throw BusinessException.allOf(problems);
		}
	}

	private static void checkPaging(ProcedureQuery query) {
		if (query.page() < 0) {
			throw BusinessException.badRequest("procedure.page-invalid", "page");
		}
		if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
			throw BusinessException.badRequest("procedure.size-invalid", "size", MAX_PAGE_SIZE);
		}
	}

	/** A page of stored procedures with their notes; {@code page} counts from 0. */
	public record RecordPage(List<ProcedureRecord> items, long total, int page, int size) {
	}
}
