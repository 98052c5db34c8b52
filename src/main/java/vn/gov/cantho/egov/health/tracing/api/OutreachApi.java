package vn.gov.cantho.egov.health.tracing.api;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cantho.egov.health.ContactOutreach;
import vn.gov.cantho.egov.health.ReachChannel;
import vn.gov.cantho.egov.health.ReachedContact;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/** The tracing team records that it reached a contact of a case (HEALTH_TRACE). */
@RestController
@Tag(name = "Tracing")
@PreAuthorize("hasAuthority('HEALTH_TRACE')")
class OutreachApi {

	private final ContactOutreach outreach;
	private final CurrentActor actor;

	OutreachApi(ContactOutreach outreach, CurrentActor actor) {
		this.outreach = outreach;
		this.actor = actor;
	}

	/** How the contact was reached. */
	record ReachRequest(String channel) {
	}

	@PostMapping("/api/v1/health/cases/{code}/contacts/{personRef}/reached")
	@Operation(summary = "Record that a contact of the case was reached",
			description = "channel: PHONE, SMS or VISIT (422 health.reach-channel otherwise). 201 with the mark; a "
					+ "contact marked before answers 200 with its first mark (earlier=true). 404 "
					+ "health.case-not-found, or health.contact-not-found when the person is not in the case's list. "
					+ "Audited; counted as reached in the outbreak figures.")
	ResponseEntity<ReachedContact> reached(@PathVariable String code, @PathVariable String personRef,
			@RequestBody(required = false) ReachRequest request) {
		ReachedContact mark = outreach.reached(actor.current().orElse(null), code, personRef,
				channel(request == null ? null : request.channel()));
		return ResponseEntity.status(mark.earlier() ? HttpStatus.OK : HttpStatus.CREATED).body(mark);
	}

	static ReachChannel channel(String given) {
		return Arrays.stream(ReachChannel.values())
			.filter(c -> c.name().equals(given))
			.findFirst()
			.orElseThrow(() -> BusinessException.invalid("health.reach-channel", "channel"));
	}
}
