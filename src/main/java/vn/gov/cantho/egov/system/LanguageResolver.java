package vn.gov.cantho.egov.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The language a person chose with the switch (a cookie) wins; API clients may ask with {@code Accept-Language};
 * everyone else gets Vietnamese. Only Vietnamese and English are offered.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "egov-lang";
	private static final List<Locale> SUPPORTED = List.of(LocaleConfiguration.VIETNAMESE, Locale.ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(COOKIE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		var cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie != null) {
			return supported(Locale.forLanguageTag(cookie.getValue()));
		}
		String path = request.getRequestURI();
		if (request.getHeader("Accept-Language") != null
				&& (path.contains("/api/") || path.contains("/open311/"))) {
			Locale asked = Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), SUPPORTED);
			return asked == null ? LocaleConfiguration.VIETNAMESE : asked;
		}
		return LocaleConfiguration.VIETNAMESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = supported(locale);
		request.setAttribute(COOKIE, chosen);
		if (response != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.getLanguage())
				.path("/")
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.build();
			response.addHeader("Set-Cookie", cookie.toString());
		}
	}

	private static Locale supported(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : LocaleConfiguration.VIETNAMESE;
	}
}
