package vn.gov.cantho.egov.feedback.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.gov.cantho.egov.shared.BusinessException;

/** What happened after an action posted from a feedback page, told on the page the browser is sent back to. */
@Component
class FeedbackOutcomes {

	static final String DONE = "done";

	private final MessageSource messages;

	FeedbackOutcomes(MessageSource messages) {
		this.messages = messages;
	}

	void done(RedirectAttributes redirect, String messageKey, Locale locale, Object... args) {
		redirect.addFlashAttribute(DONE, messages.getMessage(messageKey, args, locale));
	}

	/**
	 * Reports a refused action on the page it came from; an item the caller may not see stays a 404 (so numbers cannot
	 * be probed through actions either), and a failure of the system is not dressed up as a form error.
	 */
	void failed(RedirectAttributes redirect, String form, BusinessException refusal, Locale locale) {
		boolean unknownItem = refusal.status() == HttpStatus.NOT_FOUND
				&& (refusal.field() == null || "number".equals(refusal.field()));
		if (unknownItem || refusal.status().is5xxServerError()) {
			throw refusal;
		}
		redirect.addFlashAttribute(Refusal.FLASH, Refusal.of(form, refusal, messages, locale));
	}

	String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
