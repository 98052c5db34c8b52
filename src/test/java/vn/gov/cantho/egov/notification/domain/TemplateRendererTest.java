package vn.gov.cantho.egov.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import vn.gov.cantho.egov.shared.BusinessException;

/** Templates come from the notification bundles in Vietnamese or English with named placeholders filled in. */
class TemplateRendererTest {

	final TemplateRenderer renderer = new TemplateRenderer(bundles());

	static ReloadableResourceBundleMessageSource bundles() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasename("classpath:i18n/notification/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.forLanguageTag("vi"));
		return source;
	}

	@Test
	void rendersVietnameseWithValues() {
		TemplateRenderer.Rendered text = renderer.render("account-registered", Locale.forLanguageTag("vi"),
				Map.of("fullName", "Trần Thị Bình", "username", "binh.tran"));
		assertThat(text.subject()).isEqualTo("Chào mừng bạn đến với Cổng dịch vụ công Cần Thơ");
		assertThat(text.body()).startsWith("Xin chào Trần Thị Bình,\n\nTài khoản binh.tran của bạn");
	}

	@Test
	void rendersEnglish() {
		TemplateRenderer.Rendered text = renderer.render("password-changed", Locale.ENGLISH,
				Map.of("fullName", "Binh", "username", "binh.tran", "changedAt", "08:30 01/02/2025"));
		assertThat(text.subject()).isEqualTo("Your account password has been changed");
		assertThat(text.body()).contains("binh.tran").contains("08:30 01/02/2025");
	}

	@Test
	void otherLanguagesAndNoLanguageGetVietnamese() {
		assertThat(renderer.render("test-message", Locale.FRENCH, Map.of()).body()).startsWith("Đây là tin nhắn thử");
		assertThat(renderer.render("test-message", null, Map.of()).body()).startsWith("Đây là tin nhắn thử");
	}

	@Test
	void valuesAreInsertedAsTheyAreWithoutEscapingOrReinterpretation() {
		TemplateRenderer.Rendered text = renderer.render("account-registered", Locale.ENGLISH,
				Map.of("fullName", "<b>O'Brien</b> {username} $1 \\", "username", "x"));
		assertThat(text.body()).startsWith("Hello <b>O'Brien</b> {username} $1 \\,");
	}

	@Test
	void unknownTemplatesAreRefused() {
		assertThatThrownBy(() -> renderer.render("no-such-template", Locale.ENGLISH, Map.of()))
			.isInstanceOfSatisfying(BusinessException.class, e -> {
				assertThat(e.code()).isEqualTo("notification.unknown-template");
				assertThat(e.field()).isEqualTo("template");
			});
		assertThatThrownBy(() -> renderer.render("../admin", Locale.ENGLISH, Map.of()))
			.isInstanceOf(BusinessException.class);
	}

	@Test
	void aMissingValueIsRefusedRatherThanSentAsAPlaceholder() {
		assertThatThrownBy(() -> renderer.render("account-registered", Locale.ENGLISH, Map.of("fullName", "An")))
			.isInstanceOfSatisfying(BusinessException.class,
					e -> assertThat(e.code()).isEqualTo("notification.missing-value"));
	}
}
