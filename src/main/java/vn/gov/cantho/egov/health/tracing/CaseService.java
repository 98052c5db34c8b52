package vn.gov.cantho.egov.health.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.health.CaseManagement;
import vn.gov.cantho.egov.health.CaseOpened;
import vn.gov.cantho.egov.health.CaseView;
import vn.gov.cantho.egov.health.ContactList;
import vn.gov.cantho.egov.health.ContactView;
import vn.gov.cantho.egov.health.HeldData;
import vn.gov.cantho.egov.health.HeldDataSet;
import vn.gov.cantho.egov.health.OpenCase;
import vn.gov.cantho.egov.health.domain.DailyPartitions;
import vn.gov.cantho.egov.health.domain.RetentionProperties;
import vn.gov.cantho.egov.health.tracing.CaseStore.StoredCase;
import vn.gov.cantho.egov.health.tracing.TraceLog.Action;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.identity.Permissions;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Recording cases and reading their contacts. Recording a case traces it at once (F1 and F2) and stores the list, so
 * officers reopen it without tracing again; a new run replaces the list. Every run and read is in the trace log with
 * its purpose; a caller without HEALTH_TRACE is refused and the refusal logged.
 */
@Service
@EnableConfigurationProperties(TracingProperties.class)
public class CaseService implements CaseManagement, HeldData {

	public static final String FORBIDDEN = "health.trace-forbidden";
	private static final Logger logger = LoggerFactory.getLogger(CaseService.class);
	static final int MAX_PURPOSE = 500;

	private final CaseStore store;
	private final CaseCodes codes;
	private final TraceLog log;
	private final CheckInSource checkIns;
	private final OverlapRule rule;
	private final CaseWindowRules windows;
	private final RetentionProperties retention;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseService(CaseStore store, CaseCodes codes, TraceLog log, CheckInSource checkIns, TracingProperties properties,
			RetentionProperties retention, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.codes = codes;
		this.log = log;
		this.checkIns = checkIns;
		this.rule = new OverlapRule(properties.lingering(), properties.maxStay());
		this.windows = new CaseWindowRules(properties.maxWindow(), retention.checkIns(), properties.futureSkew());
		this.retention = retention;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public String open(Actor officer, OpenCase command) {
		if (officer == null || !(officer.has(Permissions.HEALTH_TRACE) || officer.has(Permissions.HEALTH_TEST_MANAGE))) {
			throw refuse(officer, null, "open case");
		}
		Instant now = clock.instant();
		String reason = command.reason() == null ? null : command.reason().strip();
		List<BusinessException> errors = new ArrayList<>(
				windows.check(command.infectiousFrom(), command.infectiousUntil(), reason, now));
		Optional<Long> person = Optional.empty();
		if (command.personRef() == null || command.personRef().isBlank()) {
			errors.add(0, BusinessException.invalid("health.case-person-required", "person"));
		}
		else {
			person = store.personId(command.personRef().strip());
			if (person.isEmpty()) {
				errors.add(0, BusinessException.invalid("health.case-person-unknown", "person"));
			}
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		long personId = person.orElseThrow();
		store.overlapping(personId, command.infectiousFrom(), command.infectiousUntil()).ifPresent(existing -> {
			throw BusinessException.conflict("health.case-exists", "person", existing);
		});
		String code = codes.next(LocalDate.ofInstant(now, DailyPartitions.ZONE));
		long id = store.insert(code, personId, command.infectiousFrom(), command.infectiousUntil(), reason,
				blankToNull(command.testCode()), officer.username(), now, now.plus(retention.tracing()));
		log.record(Action.OPENED, officer.username(), code, reason, null, null);
		trace(id, personId, new Interval(command.infectiousFrom(), command.infectiousUntil()), officer, code, reason);
		events.publishEvent(new CaseOpened(code, officer.username()));
		return code;
	}

	@Override
	@Transactional
	public CaseView find(Actor officer, String caseCode) {
		requireTrace(officer, caseCode, "case");
		StoredCase found = stored(caseCode);
		audit.record("health.case.read", found.view().code());
		return found.view();
	}

	@Override
	@Transactional
	public List<CaseView> recent(Actor officer, int limit) {
		requireTrace(officer, null, "case list");
		List<CaseView> cases = store.recent(Math.max(1, Math.min(limit, 200)));
		audit.record("health.cases.listed", cases.size() + " cases");
		return cases;
	}

	@Override
	@Transactional
	public CaseView retrace(Actor officer, String caseCode, String purpose) {
		requireTrace(officer, caseCode, "retrace");
		String why = purpose(purpose);
		StoredCase found = stored(caseCode);
		CaseView view = found.view();
		if (view.infectiousFrom().isBefore(clock.instant().minus(retention.checkIns()))) {
			// Part of the window's check-ins are deleted already: a new run would lose contacts the stored list has.
			throw BusinessException.conflict("health.case-retrace-too-late", "code", retention.checkInDays());
		}
		trace(found.id(), found.personId(), new Interval(view.infectiousFrom(), view.infectiousUntil()), officer,
				view.code(), why);
		return stored(caseCode).view();
	}

	@Override
	@Transactional
	public ContactList contacts(Actor officer, String caseCode, int generation, String purpose) {
		return read(officer, caseCode, generation, purpose, Action.READ);
	}

	@Override
	@Transactional
	public ContactList export(Actor officer, String caseCode, int generation, String purpose) {
		return read(officer, caseCode, generation, purpose, Action.EXPORTED);
	}

	private ContactList read(Actor officer, String caseCode, int generation, String purpose, Action action) {
		requireTrace(officer, caseCode, "contacts");
		List<BusinessException> errors = new ArrayList<>();
		if (generation < 1 || generation > Tracer.MAX_GENERATION) {
			errors.add(BusinessException.badRequest("health.trace-generation", "generation"));
		}
		try {
			purpose(purpose);
		}
		catch (BusinessException e) {
			errors.add(e);
		}
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		StoredCase found = stored(caseCode);
		List<ContactView> contacts = store.contacts(found.id(), generation);
		log.record(action, officer.username(), found.view().code(), purpose.strip(), generation, contacts.size());
		return new ContactList(found.view().code(), generation, found.view().tracedAt(), contacts);
	}

	private void trace(long caseId, long personId, Interval window, Actor officer, String code, String purpose) {
		long started = System.nanoTime();
		Tracer tracer = new Tracer(checkIns, rule);
		List<Contact> contacts = tracer.trace(personId, window, Tracer.MAX_GENERATION);
		if (logger.isDebugEnabled()) {
			tracer.steps().forEach(step -> logger.debug("case {} generation {}", code, step));
		}
		long traced = System.nanoTime();
		store.replaceContacts(caseId, contacts, clock.instant(), officer.username(), rule);
		log.record(Action.TRACED, officer.username(), code, purpose, Tracer.MAX_GENERATION, contacts.size());
		logger.debug("case {} traced: {} contacts in {} ms, stored in {} ms", code, contacts.size(),
				(traced - started) / 1_000_000, (System.nanoTime() - traced) / 1_000_000);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeldDataSet> held() {
		CaseStore.Held cases = store.held(false);
		CaseStore.Held contacts = store.held(true);
		return List.of(
				new HeldDataSet("health.held.cases", cases.records(), cases.oldest(), retention.tracing(),
						cases.firstDeletedAt()),
				new HeldDataSet("health.held.contacts", contacts.records(), contacts.oldest(), retention.tracing(),
						contacts.firstDeletedAt()));
	}

	/** Deletes the cases (and their contact lists) past their retention; returns how many. */
	@Transactional
	public int deleteExpired() {
		List<String> expired = store.expired(clock.instant());
		for (String code : expired) {
			store.delete(code);
			audit.record("health.case.deleted", code);
		}
		return expired.size();
	}

	private StoredCase stored(String caseCode) {
		return store.find(caseCode == null ? "" : caseCode.strip())
			.orElseThrow(() -> BusinessException.notFound("health.case-not-found", "code"));
	}

	private void requireTrace(Actor officer, String caseCode, String what) {
		if (officer == null || !officer.has(Permissions.HEALTH_TRACE)) {
			throw refuse(officer, caseCode, what);
		}
	}

	private BusinessException refuse(Actor officer, String caseCode, String what) {
		log.refused(officer == null ? "anonymous" : officer.username(), caseCode, what);
		return BusinessException.forbidden(FORBIDDEN);
	}

	static String purpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw BusinessException.invalid("health.trace-purpose-required", "purpose");
		}
		if (purpose.strip().length() > MAX_PURPOSE) {
			throw BusinessException.invalid("health.trace-purpose-too-long", "purpose", MAX_PURPOSE);
		}
		return purpose.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
