package vn.gov.cantho.egov.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The city boundary (GeoJSON, kept by the feedback module on the class path) for the map, from the site itself, so
 * the map draws the city even when no tile server can be reached. Read once: it changes only with a release.
 */
@Controller
class FeedbackBoundary {

	static final String PATH = "/phan-anh/ban-do/ranh-gioi.geojson";
	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final byte[] boundary;

	FeedbackBoundary() throws IOException {
		ClassPathResource resource = new ClassPathResource("feedback/city-boundary.geojson");
		if (resource.exists()) {
			try (InputStream in = resource.getInputStream()) {
				boundary = in.readAllBytes();
			}
		}
		else {
			boundary = null;
		}
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> boundary() {
		if (boundary == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(boundary);
	}
}
