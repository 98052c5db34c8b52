package vn.gov.cantho.egov.feedback.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackChannel;
import vn.gov.cantho.egov.feedback.FeedbackState;
import vn.gov.cantho.egov.feedback.FeedbackSummary;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.Location;
import vn.gov.cantho.egov.feedback.PublicFeedback;
import vn.gov.cantho.egov.feedback.Reporter;
import vn.gov.cantho.egov.identity.Actor;

/**
 * An item as each reader sees it: staff in scope with the reporter's contact, history and photos; the public and
 * the reporter following it without any identity, with approved photos and public notes only.
 */
@Component
class ItemViews {

	/** Columns of a summary line, for queries that list items. */
	static final String SUMMARY = """
			SELECT number, channel, state, title, field_code, agency_code, handler, created_at, due_at, escalated_at
			FROM feedback_item""";

	private final FeedbackWorkflow workflow;
	private final Steps steps;
	private final PhotoStore photos;
	private final ItemInserts inserts;
	private final Clock clock;

	ItemViews(FeedbackWorkflow workflow, Steps steps, PhotoStore photos, ItemInserts inserts, Clock clock) {
		this.workflow = workflow;
		this.steps = steps;
		this.photos = photos;
		this.inserts = inserts;
		this.clock = clock;
	}

	FeedbackView staff(FeedbackItem i, Actor actor) {
		Instant now = clock.instant();
		return new FeedbackView(i.number(), i.channel(), i.state(), i.title(), i.description(), i.fieldCode(),
				i.agencyCode(), i.handler(), new Location(i.latitude(), i.longitude(), i.address(), i.unitCode()),
				new Reporter(i.reporterName(), i.reporterPhone(), i.reporterEmail(), i.reporterExternalId()),
				i.nameRemovedAt() != null, i.publicAllowed(), inserts.attributesOf(i.id()), photos.of(i.id(), false),
				i.createdAt(), i.updatedAt(), i.dueAt(), i.overdueAt(now), i.escalatedAt(), i.answer(),
				i.answeredAt(), i.rejectReason(), i.mergedInto(), i.reopenCount(), i.rating(), i.token(),
				steps.of(i.id()), workflow.available(i, actor));
	}

	/** No reporter, no account, no external id; approved photos and public notes only. */
	PublicFeedback open(FeedbackItem i) {
		return new PublicFeedback(i.number(), i.channel(), i.state(), i.title(), i.description(), i.fieldCode(),
				i.agencyCode(), i.address(), i.unitCode(), i.latitude(), i.longitude(), photos.of(i.id(), true),
				i.createdAt(), i.dueAt(), i.answer(), i.answeredAt(), i.rejectReason(), i.mergedInto(),
				steps.publicNotes(i.id()));
	}

	FeedbackSummary summary(ResultSet rs, int n) throws SQLException {
		FeedbackState state = FeedbackState.valueOf(rs.getString("state"));
		Instant due = instant(rs, "due_at");
		boolean overdue = state.open() && due != null && clock.instant().isAfter(due);
		return new FeedbackSummary(rs.getString("number"), FeedbackChannel.valueOf(rs.getString("channel")), state,
				rs.getString("title"), rs.getString("field_code"), rs.getString("agency_code"),
				rs.getString("handler"), instant(rs, "created_at"), due, overdue, instant(rs, "escalated_at") != null);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}
}
