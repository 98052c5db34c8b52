package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cantho.egov.audit.AuditLog;
import vn.gov.cantho.egov.calendar.TimeLimit;
import vn.gov.cantho.egov.calendar.WorkingCalendar;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.FeedbackSubmitted;
import vn.gov.cantho.egov.identity.Actor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * New items from the web, the app, Open311 and staff (hotline, in person). The submission is checked first (every
 * broken rule at once), then flood control counts it, then the number is drawn in its own short transaction
 * ({@link NumberSequence}), then the item, its answers, photos, first step, audit entry and event are written in one
 * transaction. The idempotency key is unique per submitter in the database: of two identical requests racing, one
 * inserts and the other returns its item.
 */
@Component
class Intake {

	static final int MAX_KEY = 100;

	private final ItemRepository items;
	private final ItemInserts inserts;
	private final FeedbackAccess access;
	private final SubmissionRules rules;
	private final FloodControl flood;
	private final NumberSequence numbers;
	private final PhotoStore photos;
	private final Steps steps;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final FeedbackProperties properties;
	private final TransactionTemplate transaction;
	private final FeedbackMessages messages;

	Intake(ItemRepository items, ItemInserts inserts, FeedbackAccess access, SubmissionRules rules,
			FloodControl flood, NumberSequence numbers, PhotoStore photos, Steps steps, WorkingCalendar calendar,
			AuditLog audit, ApplicationEventPublisher events, FeedbackProperties properties,
			PlatformTransactionManager transactions, FeedbackMessages messages) {
		this.messages = messages;
		this.items = items;
		this.inserts = inserts;
		this.access = access;
		this.rules = rules;
		this.flood = flood;
		this.numbers = numbers;
		this.photos = photos;
		this.steps = steps;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** @return the item made now, or the one an earlier identical request made */
	FeedbackItem submit(FeedbackSubmission submission, String idempotencyKey, String uploadKey, Instant at) {
		if (submission == null) {
			throw BusinessException.badRequest("malformed-request", null);
		}
		SubmissionRules.Submitter who = submitter(uploadKey, submission.clientAddress(), key(idempotencyKey));
		Optional<FeedbackItem> earlier = earlier(who);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		NewItem checked;
		try {
			checked = rules.check(submission, who, properties.defaultDeadlineDays());
		}
		catch (BusinessException e) {
			// An identical request may have won meanwhile (its photos are attached now): answer with its item.
			return earlier(who).orElseThrow(() -> e);
		}
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		try {
			flood.count(checked.floodPhone(), submission.clientAddress(),
					SubmissionRules.STAFF_CHANNELS.contains(checked.channel()), now);
		}
		catch (vn.gov.cantho.egov.feedback.FloodRefused e) {
			// A retry racing its first request is not a flood: answer with the item if the first one made it.
			return earlier(who).orElseThrow(() -> e);
		}
		return create(checked, who, now, item -> {
		});
	}

	/** The rules {@link #submit} applies, reported instead of thrown; nothing written, photo owners not compared. */
	List<BusinessException> problems(FeedbackSubmission submission) {
		if (submission == null) {
			return List.of(BusinessException.badRequest("malformed-request", null));
		}
		try {
			rules.check(submission, new SubmissionRules.Submitter(access.current().orElse(null), null, "check",
					"check"), properties.defaultDeadlineDays());
			return List.of();
		}
		catch (BusinessException e) {
			return e.errors();
		}
	}

	/**
	 * Writes a checked item (also used for messaging conversations, which have rules of their own); {@code also} runs
	 * in the same transaction once the item exists.
	 */
	FeedbackItem create(NewItem checked, SubmissionRules.Submitter who, Instant now,
			java.util.function.Consumer<FeedbackItem> also) {
		String number = numbers.next(Times.local(now).toLocalDate());
		Instant due = Times.instant(calendar.dueAt(Times.local(now), TimeLimit.workingDays(checked.deadlineDays())));
		try {
			return transaction.execute(status -> {
				FeedbackItem item = insert(number, checked, who, now, due);
				also.accept(item);
				return item;
			});
		}
		catch (RuntimeException e) {
			if (!causedByDuplicateKey(e)) {
				throw e;
			}
			return earlier(who).orElseThrow(() -> e);
		}
	}

	private FeedbackItem insert(String number, NewItem checked, SubmissionRules.Submitter who, Instant now,
			Instant due) {
		FeedbackItem item = FeedbackItem.filed(number, checked, now, due, UUID.randomUUID().toString());
		inserts.insert(item);
		inserts.attributes(item.id(), checked.attributes());
		photos.attach(item.id(), checked.photoIds(), checked.photoOwner(), now);
		Actor actor = who.actor();
		steps.append(item.id(), now, null, null, item.state(), actor == null ? "anonymous" : actor.username(),
				actor == null ? null : actor.fullName(), item.agencyCode(), null, false);
		audit.record("feedback.item.submitted", number);
		events.publishEvent(new FeedbackSubmitted(number, item.agencyCode(), now));
		messages.received(item);
		return item;
	}

	/**
	 * Accounts submit as themselves; anonymous visitors as their upload key, else as their network address (hashed),
	 * so that a retry finds its item and nobody else's by guessing a key.
	 */
	private SubmissionRules.Submitter submitter(String uploadKey, String clientAddress, String idempotencyKey) {
		Actor actor = access.current().orElse(null);
		String key = uploadKey == null || uploadKey.isBlank() ? null : uploadKey.trim();
		String photoOwner = actor != null ? actor.username() : key == null ? null : PhotoStore.owner(null, key);
		String byAddress = clientAddress == null || clientAddress.isBlank() ? "anonymous"
				: "anon-" + PhotoStore.sha256(clientAddress.trim()).substring(0, 40);
		String submittedBy = actor != null ? actor.username() : key == null ? byAddress : photoOwner;
		return new SubmissionRules.Submitter(actor, photoOwner == null ? "-" : photoOwner, submittedBy,
				idempotencyKey);
	}

	private Optional<FeedbackItem> earlier(SubmissionRules.Submitter who) {
		return items.findBySubmittedByAndIdempotencyKey(who.submittedBy(), who.idempotencyKey());
	}

	/** A missing key gets a fresh one: such a request is simply not idempotent. */
	static String key(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return UUID.randomUUID().toString();
		}
		String key = idempotencyKey.trim();
		if (key.length() > MAX_KEY) {
			throw BusinessException.badRequest("feedback.idempotency-key-too-long", "Idempotency-Key", MAX_KEY);
		}
		return key;
	}

	static boolean causedByDuplicateKey(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}
}
