package vn.gov.cantho.egov.dossier.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Why an action posted from a dossier page was refused, carried across the redirect back to the page (a flash
 * attribute, so serialisable, with the texts already translated). Each problem links to the input it is about:
 * {@code ACTION-FIELD} (e.g. {@code refuse-comment}), or to the action's form when no field is named.
 */
record FailedAction(String action, List<Problem> problems) implements Serializable {

	static final String FLASH = "failed";

	record Problem(String target, String text) implements Serializable {
	}

	static FailedAction of(String action, BusinessException refusal, MessageSource messages, Locale locale) {
		return new FailedAction(action, refusal.errors()
			.stream()
			.map(e -> new Problem(e.field() == null ? action + "-form" : action + "-" + e.field(),
					messages.getMessage(e.messageKey(), e.args(), e.code(), locale)))
			.toList());
	}

	static FailedAction of(String action, String field, String messageKey, MessageSource messages, Locale locale) {
		return new FailedAction(action,
				List.of(new Problem(action + "-" + field, messages.getMessage(messageKey, null, messageKey, locale))));
	}
}
