package vn.gov.cantho.egov.feedback.open311;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.FeedbackFieldView;
import vn.gov.cantho.egov.feedback.FeedbackManagement;
import vn.gov.cantho.egov.feedback.FeedbackView;
import vn.gov.cantho.egov.feedback.FloodRefused;
import vn.gov.cantho.egov.feedback.open311.ApiKeys.Refused;
import vn.gov.cantho.egov.feedback.open311.ApiKeys.Valid;
import vn.gov.cantho.egov.feedback.open311.ApiKeys.Verdict;
import vn.gov.cantho.egov.feedback.open311.Open311Failure.Reason;
import vn.gov.cantho.egov.feedback.open311.SubmissionReader.Draft;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * POST /requests: the jurisdiction (404), the api_key (403, whether missing, unknown or revoked), then the form and
 * the feedback module's own rules, all reported together (400, or 404 for an unknown service). The item is filed on
 * the OPEN311 channel through the module like any other, so flood control and every rule apply. Each API key is its
 * own submitter: a client's {@code Idempotency-Key} header makes a retry return the first item; without it every
 * request files a new one. Which key filed the item is recorded right after, idempotently, so that a client retrying
 * after a failure there completes the record instead of filing twice.
 */
@Component
class Open311Submissions {

	private final ApiKeys keys;
	private final SubmissionReader reader;
	private final FeedbackManagement feedback;
	private final Params params;
	private final JdbcClient jdbc;
	private final Clock clock;

	Open311Submissions(ApiKeys keys, SubmissionReader reader, FeedbackManagement feedback, Params params,
			JdbcClient jdbc, Clock clock) {
		this.keys = keys;
		this.reader = reader;
		this.feedback = feedback;
		this.params = params;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What was filed: the service (its type decides between id and token) and the item. */
	record Filed(FeedbackFieldView service, FeedbackView item, String accountId) {
	}

	Filed submit(HttpServletRequest request, Locale locale) {
		params.checkJurisdiction(request);
		long keyId = keyId(request);
		Draft draft = reader.read(request, locale);
		if (!draft.problems().isEmpty()) {
			throw refusal(draft.problems(), feedback.problems(draft.submission()));
		}
		FeedbackView item;
		try {
			// The module files an anonymous submission under its upload key: the key's reference as upload key makes
			// each API key a submitter of its own, whose idempotency keys cannot meet another client's.
			item = feedback.submit(draft.submission(), request.getHeader("Idempotency-Key"), ApiKeys.reference(keyId));
		}
		catch (FloodRefused e) {
			throw new Open311Failure(refusal(Map.of(), e.errors()).reasons(), e.retryAfterSeconds());
		}
		catch (BusinessException e) {
			throw refusal(Map.of(), e.errors());
		}
		record(item.number(), keyId, draft.mediaUrl());
		return new Filed(draft.field(), item, draft.accountId());
	}

	private long keyId(HttpServletRequest request) {
		Verdict verdict = keys.verify(Params.optional(request, "api_key"));
		if (verdict instanceof Valid valid) {
			return valid.keyId();
		}
		Refused refused = (Refused) verdict;
		throw Open311Failure.of(Reason.forbidden(switch (refused) {
			case MISSING -> "error.open311.api-key-missing";
			case UNKNOWN -> "error.open311.api-key-invalid";
			case REVOKED -> "error.open311.api-key-revoked";
		}));
	}

	/** The facade's problems, then the module's about parameters the facade found nothing wrong with. */
	private static Open311Failure refusal(Map<String, List<Reason>> own, List<BusinessException> module) {
		List<Reason> reasons = new ArrayList<>();
		own.values().forEach(reasons::addAll);
		for (BusinessException error : module) {
			String parameter = parameter(error.field());
			if (parameter != null && reported(parameter, own.keySet())) {
				continue;
			}
			Reason reason = Open311Errors.reason(error);
			reasons.add(parameter == null ? reason
					: new Reason(reason.status(), reason.code(), "error.open311.parameter", parameter,
							new DefaultMessageSourceResolvable(new String[] { reason.messageCode() }, reason.args(),
									reason.messageCode())));
		}
		return new Open311Failure(reasons);
	}

	/** Whether the facade already said what is wrong with this parameter (a pin is lat and long together). */
	private static boolean reported(String parameter, java.util.Set<String> own) {
		boolean pin = parameter.equals("lat") || parameter.equals("long");
		boolean location = pin || parameter.startsWith("address_");
		return own.contains(parameter) || pin && (own.contains("lat") || own.contains("long"))
				|| location && own.contains("location");
	}

	/** The Open311 parameter that a field named in the feedback module's rules came from, if any. */
	static String parameter(String field) {
		if (field == null) {
			return null;
		}
		if (field.startsWith("attributes.")) {
			return "attribute[" + field.substring("attributes.".length()) + "]";
		}
		return switch (field) {
			case "title", "description" -> "description";
			case "fieldCode" -> "service_code";
			case "location.latitude" -> "lat";
			case "location.longitude" -> "long";
			case "location.address" -> "address_string";
			case "location.unitCode" -> "address_id";
			case "reporter.name" -> "first_name";
			case "reporter.phone" -> "phone";
			case "reporter.email" -> "email";
			default -> null;
		};
	}

	/** Which key filed the item; nothing on a retry that returned the first item. */
	private void record(String number, long keyId, String mediaUrl) {
		jdbc.sql("""
				INSERT INTO feedback_open311_request (item_id, key_id, media_url, created_at)
				SELECT i.id, :key, :media, :at FROM feedback_item i
				WHERE i.number = :number
				  AND NOT EXISTS (SELECT 1 FROM feedback_open311_request r WHERE r.item_id = i.id)""")
			.param("key", keyId)
			.param("media", mediaUrl)
			.param("at", OffsetDateTime.now(clock))
			.param("number", number)
			.update();
	}
}
