package vn.gov.cantho.egov.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tile servers the map pages may load images from: the origin of a plain http(s) template, nothing else. */
class FeedbackMapTest {

	@ParameterizedTest
	@CsvSource({ "https://tile.openstreetmap.org/{z}/{x}/{y}.png, https://tile.openstreetmap.org",
			"https://{s}.tile.example.vn/{z}/{x}/{y}.png, https://*.tile.example.vn",
			"http://tiles.cantho.gov.vn:8080/osm/{z}/{x}/{y}.png, http://tiles.cantho.gov.vn:8080",
			"HTTPS://Tiles.Example.vn/{z}/{x}/{y}{r}.png, https://Tiles.Example.vn" })
	void theOriginOfAPlainTemplate(String template, String origin) {
		assertThat(FeedbackMap.origin(template)).isEqualTo(origin);
		FeedbackMap map = new FeedbackMap(template, "© OpenStreetMap");
		assertThat(map.tileUrl()).isEqualTo(template);
		assertThat(map.policy()).contains("img-src 'self' data: blob: " + origin + ";").contains("script-src 'self';");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "javascript:alert(1)", "data:image/png;base64,AA", "//tile.example.vn/{z}/{x}/{y}.png",
			"https://user:pw@tile.example.vn/{z}.png", "https://tile.example.vn; script-src *;/{z}.png",
			"file:///etc/passwd" })
	void anythingElseMeansNoTilesAndTheSitesOwnPolicy(String template) {
		FeedbackMap map = new FeedbackMap(template, "© OpenStreetMap");
		assertThat(map.tileUrl()).isEmpty();
		assertThat(map.attribution()).isEmpty();
		assertThat(map.policy()).isEqualTo(FeedbackMap.BASE_POLICY);
	}
}
