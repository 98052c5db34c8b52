package vn.gov.cantho.egov.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.dossier.ActionRequest;
import vn.gov.cantho.egov.dossier.DossierAction;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.identity.Roles;
import vn.gov.cantho.egov.procedure.DeliveryOption;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What each action does to a dossier besides changing its state: dates on the working calendar (appointment at
 * reception, moved by supplement time, replaced by an apology), the assignee, the proposal, the end of processing.
 * Also the conditions some actions have beyond the table (post only for postal delivery; one apology, when due).
 */
@Component
class ActionEffects {

	private final WorkingCalendar calendar;
	private final AccountDirectory accounts;
	private final FileStore files;

	ActionEffects(WorkingCalendar calendar, AccountDirectory accounts, FileStore files) {
		this.calendar = calendar;
		this.accounts = accounts;
		this.files = files;
	}

	void apply(Dossier d, DossierAction action, ActionRequest request, String caller, Instant now) {
		switch (action) {
			case RECEIVE -> d.receive(now, appointment(d, now));
			case REFUSE, STOP, WITHDRAW -> d.finish(now, null);
			case ASSIGN -> d.assign(specialist(d, request.assignee()));
			case REQUEST_SUPPLEMENT -> d.requestSupplement(now);
			case SUBMIT_SUPPLEMENT -> supplementSubmitted(d, request, caller, now);
			case PROPOSE -> d.propose(request.outcome());
			case APPROVE -> d.finish(now, handlingDays(d, now));
			case SEND_BACK -> d.sendBack();
			case SEND_BY_POST -> {
				if (d.delivery() != DeliveryOption.POST) {
					throw BusinessException.conflict("dossier.not-by-post", "action");
				}
				d.sendByPost(request.trackingNumber().trim());
			}
			case APOLOGISE -> d.apologise(newAppointment(d, request.newDueDate(), now));
			case REQUEST_FEES, CONFIRM_FEES, RETURN_AT_COUNTER -> {
			}
		}
	}

	/** Whether the action makes sense now, beyond the table: for the actions offered to the caller. */
	boolean applicable(Dossier d, DossierAction action, Instant now) {
		return switch (action) {
			case SEND_BY_POST -> d.delivery() == DeliveryOption.POST;
			case APOLOGISE -> !d.apologised() && apologyDue(d, now);
			default -> true;
		};
	}

	/** The appointment of a dossier received now, on the working calendar (after hours counts from the next day). */
	Instant appointment(Dossier d, Instant now) {
		return Times.instant(calendar.dueAt(Times.local(now), d.timeLimit()));
	}

	private String specialist(Dossier d, String username) {
		return accounts.account(username.trim())
			.filter(a -> d.agencyCode().equals(a.agencyCode()) && a.roles().contains(Roles.SPECIALIST) && !a.locked())
			.map(AccountView::username)
			.orElseThrow(() -> BusinessException.invalid("dossier.invalid-assignee", "assignee"));
	}

	/** The clock stood still from the request to today: both appointments move by the working days in between. */
	private void supplementSubmitted(Dossier d, ActionRequest request, String caller, Instant now) {
		files.attach(d.id(), request.documents(), caller, now);
		LocalDate requested = Times.local(d.supplementRequestedAt()).toLocalDate();
		int days = calendar.workingDaysBetween(requested, Times.local(now).toLocalDate());
		d.supplementSubmitted(days, later(d.dueAt(), days), later(d.originalDueAt(), days));
	}

	private Instant later(Instant due, int workingDays) {
		if (due == null || workingDays == 0) {
			return due;
		}
		LocalDateTime local = Times.local(due);
		return Times.instant(calendar.addWorkingDays(local.toLocalDate(), workingDays).atTime(local.toLocalTime()));
	}

	/** Working days from the reception day to today, without the days the citizen spent on supplements. */
	private int handlingDays(Dossier d, Instant now) {
		if (d.receivedAt() == null) {
			return 0;
		}
		LocalDate received = calendar.receptionDay(Times.local(d.receivedAt()));
		return Math.max(0, calendar.workingDaysBetween(received, Times.local(now).toLocalDate()) - d.supplementDays());
	}

	/** Overdue already, or due within one working day. */
	private boolean apologyDue(Dossier d, Instant now) {
		if (d.dueAt() == null) {
			return false;
		}
		LocalDate dueDay = Times.local(d.dueAt()).toLocalDate();
		return now.isAfter(d.dueAt()) || !dueDay.isAfter(calendar.addWorkingDays(Times.local(now).toLocalDate(), 1));
	}

	private Instant newAppointment(Dossier d, LocalDate newDate, Instant now) {
		if (d.apologised()) {
			throw BusinessException.conflict("dossier.already-apologised", "action");
		}
		if (!apologyDue(d, now)) {
			throw BusinessException.conflict("dossier.apology-not-due", "action");
		}
		LocalDateTime due = Times.local(d.dueAt());
		LocalDate today = Times.local(now).toLocalDate();
		if (!newDate.isAfter(due.toLocalDate()) || !newDate.isAfter(today)) {
			throw BusinessException.invalid("dossier.new-due-date-too-early", "newDueDate");
		}
		if (!calendar.isWorkingDay(newDate)) {
			throw BusinessException.invalid("dossier.new-due-date-not-working-day", "newDueDate");
		}
		return Times.instant(newDate.atTime(due.toLocalTime()));
	}
}
