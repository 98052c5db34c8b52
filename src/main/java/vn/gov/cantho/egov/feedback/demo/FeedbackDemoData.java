package vn.gov.cantho.egov.feedback.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.ActionInput;
import vn.gov.cantho.egov.feedback.FeedbackFields;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackSubmission;
import vn.gov.cantho.egov.feedback.PhotoView;
import vn.gov.cantho.egov.feedback.domain.FieldConfiguration;
import vn.gov.cantho.egov.feedback.domain.FieldDefinition;
import vn.gov.cantho.egov.feedback.domain.PastActions;
import vn.gov.cantho.egov.feedback.domain.SystemJobs;
import vn.gov.cantho.egov.feedback.domain.TransitionTable;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Loads the demo fields (as the demo administrator) and the demo items (as the demo accounts and anonymous visitors)
 * through the module's own operations, dated over the last months ({@link PastActions}), then lets the jobs escalate
 * the overdue ones and close answers past their reopen window. Idempotent: a field that exists is left as it is, and
 * an item found by its idempotency key is not touched again. Runs once the application is ready, after the demo
 * accounts.
 */
@Component
@ConditionalOnProperty(name = "egov.demo", havingValue = "true")
class FeedbackDemoData {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final FieldConfiguration configuration;
	private final FeedbackFields fields;
	private final FeedbackManagement feedback;
	private final PastActions past;
	private final SystemJobs jobs;
	private final UserDetailsService users;
	private final Clock clock;

	FeedbackDemoData(FieldConfiguration configuration, FeedbackFields fields, FeedbackManagement feedback,
			PastActions past, SystemJobs jobs, UserDetailsService users, Clock clock) {
		this.configuration = configuration;
		this.fields = fields;
		this.feedback = feedback;
		this.past = past;
		this.jobs = jobs;
		this.users = users;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void load() {
		try {
			int defined = as("admin", this::defineFields);
			Map<String, String> numbers = new HashMap<>();
			int filed = 0;
			for (DemoScenario scenario : DemoItems.scenarios()) {
				try {
					filed += play(scenario, numbers);
				}
				catch (BusinessException | UsernameNotFoundException e) {
					log.warn("Demo feedback {} not made: {}", scenario.key(), e.getMessage());
				}
			}
			int escalated = jobs.escalate();
			int closed = jobs.closeAnswered();
			if (defined + filed > 0) {
				log.info("Demo feedback: {} fields, {} items; {} escalated, {} closed", defined, filed, escalated,
						closed);
			}
		}
		catch (BusinessException | UsernameNotFoundException e) {
			log.warn("Demo feedback not loaded: {}", e.getMessage());
		}
	}

	private int defineFields() {
		int defined = 0;
		for (FieldDefinition field : DemoFields.fields()) {
			if (fields.field(field.code()).isEmpty()) {
				configuration.save(field);
				defined++;
			}
		}
		return defined;
	}

	/** @return 1 when the item was made now, 0 when an earlier start made it */
	int play(DemoScenario s, Map<String, String> numbers) {
		String submittedBy = s.message() != null ? "channel:" + s.message().channel().name()
				: s.submitter() != null ? s.submitter() : PastActions.anonymousSubmitter(s.uploadKey());
		String key = s.message() != null ? s.message().messageId() : s.idempotencyKey();
		var existing = past.existing(submittedBy, key);
		if (existing.isPresent()) {
			numbers.put(s.key(), existing.get().number());
			return 0;
		}
		Instant filedAt = filedAt(s);
		PastActions.Filed filed = s.message() != null ? past.receive(s.message(), filedAt)
				: as(s.submitter(), () -> past.submit(withPhotos(s), key, s.uploadKey(), filedAt));
		numbers.put(s.key(), filed.number());
		var state = filed.state();
		List<DemoScenario.Step> steps = s.steps();
		for (int i = 0; i < steps.size(); i++) {
			DemoScenario.Step step = steps.get(i);
			if (TransitionTable.find(state, step.action()).isEmpty()) {
				continue;
			}
			Instant at = stepAt(filedAt, step.daysAfter(), steps.size() - i);
			ActionInput input = target(step.input(), numbers);
			state = DemoScenario.REPORTER.equals(step.user())
					? past.reporterAct(filed.number(), s.submission().reporter().phone(), step.action(), input, at)
					: as(step.user(), () -> past.act(filed.number(), step.action(), input, at));
		}
		if (s.photosApproved()) {
			as("operator", () -> {
				feedback.item(filed.number()).photos().forEach(p -> feedback.approvePhoto(filed.number(), p.id(), true));
				return null;
			});
		}
		return 1;
	}

	private FeedbackSubmission withPhotos(DemoScenario s) {
		FeedbackSubmission sub = s.submission();
		if (s.photos() == 0) {
			return sub;
		}
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < s.photos(); i++) {
			PhotoView photo = feedback.uploadPhoto("anh-" + s.key() + "-" + (i + 1) + ".png",
					DemoPhotos.png(s.key().hashCode() * 31L + i), s.uploadKey());
			ids.add(photo.id());
		}
		return new FeedbackSubmission(sub.channel(), sub.title(), sub.description(), sub.fieldCode(), sub.location(),
				sub.reporter(), ids, sub.attributes(), sub.publicAllowed(), sub.clientAddress());
	}

	/** Mid-morning of the day {@code daysAgo}, a few minutes apart per item so numbers follow the list. */
	private Instant filedAt(DemoScenario s) {
		LocalDate day = LocalDate.now(clock).minusDays(s.daysAgo());
		Instant at = day.atTime(LocalTime.of(9, 0)).plusMinutes(Math.floorMod(s.key().hashCode(), 90))
			.atZone(VIETNAM)
			.toInstant();
		Instant latest = clock.instant().minus(Duration.ofHours(2));
		return at.isAfter(latest) ? latest : at;
	}

	/** Never in the future: late steps of recent items are squeezed before now, keeping their order. */
	private Instant stepAt(Instant filedAt, double daysAfter, int stepsLeft) {
		Instant at = filedAt.plus(Duration.ofMinutes(Math.round(daysAfter * 24 * 60)));
		Instant latest = clock.instant().minus(Duration.ofMinutes(stepsLeft));
		return at.isAfter(latest) ? latest : at;
	}

	private static ActionInput target(ActionInput input, Map<String, String> numbers) {
		if (input.targetNumber() == null || !input.targetNumber().startsWith("@")) {
			return input;
		}
		return new ActionInput(input.agencyCode(), input.fieldCode(), input.handler(), input.comment(),
				input.rejectReason(), numbers.get(input.targetNumber().substring(1)), input.stars());
	}

	/** Runs {@code work} as the demo account {@code username}, or anonymously when it is null. */
	private <T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		if (username != null) {
			UserDetails user = users.loadUserByUsername(username);
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		}
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
