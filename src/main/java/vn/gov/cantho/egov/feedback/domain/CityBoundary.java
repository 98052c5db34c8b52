package vn.gov.cantho.egov.feedback.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's outline from {@code feedback/city-boundary.geojson} (a GeoJSON Polygon or Feature, WGS84, longitude
 * first): whether a map pin lies inside, by ray casting over the outer ring. The outline is a simplified one of today's
 * Cần Thơ (since 1 July 2025 with the former Sóc Trăng and Hậu Giang provinces).
 */
@Component
public class CityBoundary {

	static final String RESOURCE = "feedback/city-boundary.geojson";

	private final double[] longitudes;
	private final double[] latitudes;

	@org.springframework.beans.factory.annotation.Autowired
	CityBoundary(JsonMapper json) {
		this(read(json));
	}

	private CityBoundary(List<double[]> ring) {
		longitudes = ring.stream().mapToDouble(p -> p[0]).toArray();
		latitudes = ring.stream().mapToDouble(p -> p[1]).toArray();
	}

	static CityBoundary of(List<double[]> ring) {
		return new CityBoundary(ring);
	}

	public boolean contains(double latitude, double longitude) {
		boolean inside = false;
		int n = longitudes.length;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			boolean crosses = (latitudes[i] > latitude) != (latitudes[j] > latitude);
			if (crosses && longitude < (longitudes[j] - longitudes[i]) * (latitude - latitudes[i])
					/ (latitudes[j] - latitudes[i]) + longitudes[i]) {
				inside = !inside;
			}
		}
		return inside;
	}

	private static List<double[]> read(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			JsonNode root = json.readTree(in);
			JsonNode geometry = root.has("geometry") ? root.get("geometry") : root;
			List<double[]> ring = new ArrayList<>();
			for (JsonNode point : geometry.get("coordinates").get(0)) {
				ring.add(new double[] { point.get(0).asDouble(), point.get(1).asDouble() });
			}
			if (ring.size() < 4) {
				throw new IllegalStateException(RESOURCE + ": a polygon needs at least four points");
			}
			return ring;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read " + RESOURCE, e);
		}
	}
}
