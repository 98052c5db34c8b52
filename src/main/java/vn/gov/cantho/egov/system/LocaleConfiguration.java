package vn.gov.cantho.egov.system;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Each module keeps its texts in {@code i18n/<module>/messages_vi.properties}
 * and {@code messages_en.properties}; all bundles found on the class path are served by one message source.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*/messages_vi.properties");
		Set<String> basenames = new TreeSet<>();
		for (Resource bundle : bundles) {
			String url = bundle.getURL().toString();
			basenames.add("classpath:" + url.substring(url.lastIndexOf("i18n/")).replace("_vi.properties", ""));
		}
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(VIETNAMESE);
		source.setCacheSeconds(-1);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/** Official dates and deadlines are in Vietnam's time, whatever the server's zone. */
	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		// Open311 answers set no cookie: its lang parameter applies to the one request (feedback.open311).
		registry.addInterceptor(change).excludePathPatterns("/open311/**");
	}
}
