package vn.gov.cantho.egov.health.tracing.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.gov.cantho.egov.health.ContactOutreach;
import vn.gov.cantho.egov.health.ReachChannel;
import vn.gov.cantho.egov.health.ReachedContact;
import vn.gov.cantho.egov.identity.CurrentActor;
import vn.gov.cantho.egov.shared.BusinessException;

/**
 * The button on a case's contact list that records a contact reached; back to the same list (read again, with the
 * same purpose, which the trace log records once more), at that contact's row.
 */
@Controller
@PreAuthorize("hasAuthority('HEALTH_TRACE')")
class OutreachPages {

	private final ContactOutreach outreach;
	private final CurrentActor actor;
	private final MessageSource messages;

	OutreachPages(ContactOutreach outreach, CurrentActor actor, MessageSource messages) {
		this.outreach = outreach;
		this.actor = actor;
		this.messages = messages;
	}

	@PostMapping("/y-te/ca-benh/{code}/tiep-xuc/{personRef}/da-lien-he")
	String reached(@PathVariable String code, @PathVariable String personRef,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String purpose,
			@RequestParam(defaultValue = "2") int generation, RedirectAttributes redirect, Locale locale) {
		ReachChannel how = null;
		for (ReachChannel c : ReachChannel.values()) {
			how = c.name().equals(channel) ? c : how;
		}
		try {
			ReachedContact mark = outreach.reached(actor.current().orElse(null), code, personRef, how);
			redirect.addFlashAttribute("done", messages.getMessage(
					mark.earlier() ? "health.tracing.reached.earlier" : "health.tracing.reached.done",
					new Object[] { personRef }, locale));
		}
		catch (BusinessException e) {
			if (e.status().value() == 403 || "code".equals(e.field())) {
				throw e;
			}
			redirect.addFlashAttribute("refused", messages.getMessage(e.messageKey(), e.args(), locale));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/y-te/ca-benh/{code}")
			.queryParam("purpose", purpose == null ? "" : purpose)
			.queryParam("generation", generation)
			.fragment("reached-" + personRef)
			.buildAndExpand(code)
			.encode()
			.toUriString();
	}
}
