package vn.gov.cantho.egov.feedback.open311;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The {@code lang} parameter on Open311 (vi or en) chooses the language of that one answer. Pages remember the
 * choice in a cookie; an API whose clients keep no session should not, so the choice goes to the locale resolver
 * without a response to set a cookie on. Without the parameter, Accept-Language decides, then Vietnamese.
 */
@Configuration
class Open311Language implements WebMvcConfigurer {

	private final LocaleResolver locales;

	Open311Language(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang = Params.optional(request, "lang");
				if (lang != null) {
					locales.setLocale(request, null, Locale.forLanguageTag(lang));
				}
				return true;
			}
		}).addPathPatterns("/open311/**");
	}
}
