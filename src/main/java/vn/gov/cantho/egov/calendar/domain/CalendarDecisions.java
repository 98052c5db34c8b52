package vn.gov.cantho.egov.calendar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.calendar.CalendarDecisionRecorded;
import vn.gov.cantho.egov.calendar.Holiday;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The official yearly decisions an administrator enters: an extra day off, or a day made a working day (a Saturday
 * worked in exchange for a bridge day). One decision per day; to change one, remove it and enter it again.
 */
@Service
@Transactional(readOnly = true)
public class CalendarDecisions {

	/** Years an administrator may enter decisions for (also the years the public API answers for). */
	public static final int FIRST_YEAR = 1900;
	public static final int LAST_YEAR = 2199;

	static final int NAME_LENGTH = 200;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CalendarDecisionRepository decisions;
	private final DecisionStore store;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CalendarDecisions(CalendarDecisionRepository decisions, DecisionStore store, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The decisions entered for {@code year}, in date order. */
	public List<Holiday> decisions(int year) {
		return store.decisions(year);
	}

	/**
	 * Records a decision. {@code workingDay} may be null only to be reported as missing; names are trimmed.
	 * @throws BusinessException listing every broken rule, or a conflict when the day already has a decision
	 */
	@Transactional
	@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
	public Holiday record(LocalDate date, Boolean workingDay, String nameVi, String nameEn) {
		List<BusinessException> errors = new ArrayList<>();
		if (date == null) {
			errors.add(BusinessException.invalid("calendar.date-required", "date"));
		}
		else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			errors.add(BusinessException.invalid("calendar.date-out-of-range", "date", FIRST_YEAR, LAST_YEAR));
		}
		if (workingDay == null) {
			errors.add(BusinessException.invalid("calendar.kind-required", "workingDay"));
		}
		checkName(nameVi, "nameVi", errors);
		checkName(nameEn, "nameEn", errors);
		if (!errors.isEmpty()) {
			throw BusinessException.allOf(errors);
		}
		if (decisions.existsById(date)) {
			throw BusinessException.conflict("calendar.decision-exists", "date", shown(date));
		}
		Holiday day = new Holiday(date, nameVi.trim(), nameEn.trim(), workingDay, Holiday.Source.DECISION);
		decisions.save(CalendarDecision.of(day, clock.instant()));
		store.bumpRevision();
		audit.record("calendar.decision.recorded", date.toString());
		events.publishEvent(new CalendarDecisionRecorded(date, workingDay, false));
		return day;
	}

	@Transactional
	@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
	public void remove(LocalDate date) {
		CalendarDecision decision = (date == null ? null : decisions.findById(date).orElse(null));
		if (decision == null) {
			throw BusinessException.notFound("calendar.decision-not-found", "date", date == null ? "" : shown(date));
		}
		decisions.delete(decision);
		store.bumpRevision();
		audit.record("calendar.decision.removed", date.toString());
		events.publishEvent(new CalendarDecisionRecorded(date, decision.view().workingDay(), true));
	}

	private static String shown(LocalDate date) {
		return DAY.format(date);
	}

	private static void checkName(String name, String field, List<BusinessException> errors) {
		if (name == null || name.isBlank()) {
			errors.add(BusinessException.invalid("calendar.name-required", field));
		}
		else if (name.trim().length() > NAME_LENGTH) {
			errors.add(BusinessException.invalid("calendar.name-too-long", field, NAME_LENGTH));
		}
	}
}
