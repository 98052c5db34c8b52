package vn.gov.cantho.egov.notification.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.shared.BusinessException;

/**
 * Renders {@code notification.template.<name>.subject} and {@code .body} from the notification bundles with named
 * placeholders such as {@code {fullName}}. The result is plain text for every channel: SMS and Zalo show it as is and
 * e-mails are sent as text/plain, so nothing is escaped.
 */
@Component
public class TemplateRenderer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final MessageSource messages;

	public TemplateRenderer(MessageSource messages) {
		this.messages = messages;
	}

	public record Rendered(String subject, String body) {
	}

	/**
	 * @throws BusinessException {@code notification.unknown-template} when the bundles have no such template,
	 * {@code notification.missing-value} when the template needs a value the caller did not give
	 */
	public Rendered render(String template, Locale locale, Map<String, String> values) {
		if (template == null || !NAME.matcher(template).matches()) {
			throw BusinessException.invalid("notification.unknown-template", "template");
		}
		Locale language = supported(locale);
		String prefix = "notification.template." + template;
		// Without arguments the message source returns the text untouched, so {name} is left for fill() below.
		String body = messages.getMessage(prefix + ".body", null, null, language);
		if (body == null) {
			throw BusinessException.invalid("notification.unknown-template", "template");
		}
		String subject = messages.getMessage(prefix + ".subject", null, null, language);
		return new Rendered(subject == null ? null : fill(subject, values), fill(body, values));
	}

	/** Only Vietnamese and English texts exist; anything else gets Vietnamese, the default. */
	public static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher placeholders = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (placeholders.find()) {
			String value = values.get(placeholders.group(1));
			if (value == null) {
				throw BusinessException.invalid("notification.missing-value", "values", placeholders.group(1));
			}
			placeholders.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		placeholders.appendTail(out);
		return out.toString();
	}
}
