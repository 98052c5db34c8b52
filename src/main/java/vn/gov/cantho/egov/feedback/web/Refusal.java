package vn.gov.cantho.egov.feedback.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Why an action posted from a feedback page was refused, carried across the redirect back to the page (a flash
 * attribute, so serialisable, with the texts already translated). Each problem links to the input it is about,
 * {@code FORM-FIELD} (e.g. {@code resolve-comment}), or to the action's form ({@code FORM-form}) when no field is
 * named.
 */
record Refusal(String form, List<Problem> problems) implements Serializable {

	static final String FLASH = "refusal";

	record Problem(String target, String text) implements Serializable {
	}

	static Refusal of(String form, BusinessException refusal, MessageSource messages, Locale locale) {
		return new Refusal(form, refusal.errors()
			.stream()
			.map(e -> new Problem(e.field() == null ? form + "-form" : form + "-" + input(e.field()),
					messages.getMessage(e.messageKey(), e.args(), e.code(), locale)))
			.toList());
	}

	/** The action form's input for a field the feedback module names: the reason or answer is the comment. */
	private static String input(String field) {
		return switch (field) {
			case "answer", "reason" -> "comment";
			case "agency" -> "agencyCode";
			case "field" -> "fieldCode";
			case "target", "mergedInto" -> "targetNumber";
			case "rating" -> "stars";
			default -> field;
		};
	}
}
