package vn.gov.cantho.egov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in both languages: each module's messages_vi and messages_en have the same keys. */
class MessageBundlesTest {

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Resource[] vietnamese = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*/messages_vi.properties");
		assertThat(vietnamese).as("message bundles").isNotEmpty();
		for (Resource vi : vietnamese) {
			Resource en = vi.createRelative("messages_en.properties");
			assertThat(en.exists()).as("English bundle next to %s", vi).isTrue();
			Set<String> viKeys = keys(vi);
			Set<String> enKeys = keys(en);
			assertThat(enKeys).as("keys of %s", en).containsExactlyInAnyOrderElementsOf(viKeys);
			assertThat(viKeys).as("keys of %s", vi).isNotEmpty();
		}
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (Resource bundle : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:i18n/*/messages_*.properties")) {
			Properties texts = load(bundle);
			texts.forEach((key, value) -> assertThat(value.toString().trim()).as("%s in %s", key, bundle).isNotEmpty());
		}
	}

	private static Set<String> keys(Resource bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(Resource bundle) throws IOException {
		Properties texts = new Properties();
		try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}
}
