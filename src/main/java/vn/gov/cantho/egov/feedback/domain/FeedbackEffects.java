package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;
import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackAction;
import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.identity.AccountDirectory;
import vn.gov.cantho.egov.identity.AccountView;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * What each action does to an item besides its state, and the rules it has beyond the table: a field that takes
 * feedback, an active agency, a handler who is an unlocked official of the item's agency, a merge target that is
 * another item still standing, a deadline recomputed on the working calendar when the field changes or the item is
 * reopened.
 */
@Component
class FeedbackEffects {

	private final FieldConfiguration fields;
	private final AgencyDirectory agencies;
	private final AccountDirectory accounts;
	private final ItemRepository items;
	private final WorkingCalendar calendar;
	private final FeedbackProperties properties;

	FeedbackEffects(FieldConfiguration fields, AgencyDirectory agencies, AccountDirectory accounts,
			ItemRepository items, WorkingCalendar calendar, FeedbackProperties properties) {
		this.fields = fields;
		this.agencies = agencies;
		this.accounts = accounts;
		this.items = items;
		this.calendar = calendar;
		this.properties = properties;
	}

	void apply(FeedbackItem item, FeedbackAction action, ActionInput in, String caller, Instant now) {
		switch (action) {
			case CLASSIFY -> {
				FeedbackFieldView field = field(in.fieldCode());
				item.classify(field.code(), fields.agencyFor(field.code(), item.unitCode()),
						deadline(item.createdAt(), field.deadlineDays()));
			}
			case ASSIGN -> {
				String fieldCode = in.fieldCode() != null && !in.fieldCode().isBlank() ? field(in.fieldCode()).code()
						: item.fieldCode();
				if (fieldCode == null) {
					throw BusinessException.invalid("feedback.field-required", "fieldCode");
				}
				item.assign(fieldCode, agency(in.agencyCode()), now);
			}
			case TRANSFER -> {
				String agency = agency(in.agencyCode());
				if (agency.equals(item.agencyCode())) {
					throw BusinessException.invalid("feedback.same-agency", "agencyCode");
				}
				item.assign(item.fieldCode(), agency, now);
			}
			case REASSIGN -> item.handOver(handler(item, in.handler()));
			case REJECT -> item.reject(in.rejectReason(), now);
			case MERGE -> item.merge(target(item, in.targetNumber()), now);
			case RESOLVE -> item.resolve(in.comment().trim(), caller, now);
			case REOPEN -> item.reopen(deadline(now, deadlineDays(item)), now);
			case RATE -> item.rate(in.stars(), trim(in.comment()), now);
			case CLOSE -> item.close(now);
			case ESCALATE -> item.escalate(now);
			case RETURN_TO_COORDINATOR -> {
			}
		}
	}

	private FeedbackFieldView field(String code) {
		return fields.field(code == null ? null : code.trim())
			.orElseThrow(() -> BusinessException.invalid("feedback.unknown-field", "fieldCode"));
	}

	private String agency(String code) {
		return agencies.agency(code == null ? "" : code.trim())
			.filter(AgencyView::active)
			.map(AgencyView::code)
			.orElseThrow(() -> BusinessException.invalid("feedback.unknown-agency", "agencyCode"));
	}

	private String handler(FeedbackItem item, String username) {
		Optional<AccountView> account = accounts.account(username.trim());
		return account.filter(a -> item.agencyCode() != null && item.agencyCode().equals(a.agencyCode()))
			.filter(a -> !a.locked())
			.map(AccountView::username)
			.orElseThrow(() -> BusinessException.invalid("feedback.invalid-handler", "handler"));
	}

	private String target(FeedbackItem item, String number) {
		String target = number.trim();
		FeedbackItem kept = items.findByNumber(target)
			.orElseThrow(() -> BusinessException.invalid("feedback.unknown-target", "targetNumber"));
		if (kept.number().equals(item.number())) {
			throw BusinessException.invalid("feedback.merge-into-itself", "targetNumber");
		}
		if (kept.state() == vn.gov.cantho.egov.feedback.FeedbackState.MERGED
				|| kept.state() == vn.gov.cantho.egov.feedback.FeedbackState.REJECTED) {
			throw BusinessException.invalid("feedback.target-closed", "targetNumber");
		}
		return kept.number();
	}

	private int deadlineDays(FeedbackItem item) {
		return fields.anyField(item.fieldCode())
			.map(FeedbackFieldView::deadlineDays)
			.orElse(properties.defaultDeadlineDays());
	}

	/** End of office hours on the N-th working day after {@code from}. */
	Instant deadline(Instant from, int workingDays) {
		return Times.instant(calendar.dueAt(Times.local(from), TimeLimit.workingDays(workingDays)));
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
