package vn.gov.cantho.egov.feedback.domain;

import java.util.HashSet;
import java.util.Set;

import vn.gov.cantho.egov.shared.TextFolding;

/**
 * Measures for duplicate suggestions: great-circle distance between two pins (haversine, metres) and word
 * similarity of two texts (Jaccard index of their sets of folded words, common function words left out).
 */
public final class Similarity {

	static final double EARTH_RADIUS_METRES = 6_371_008.8;
	private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "la", "co", "cac", "nhung", "cho", "voi",
			"tai", "tren", "duoc", "khong", "da", "nay", "khi", "thi", "rat", "mot", "de", "trong", "ra", "vao", "den",
			"tu", "o", "bi", "ma", "nen", "the", "and", "of", "in", "on", "at", "is", "a", "to");

	private Similarity() {
	}

	public static double metres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** The folded words of a text that say something (function words and single letters left out). */
	public static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String w : TextFolding.fold(text).split("[^a-z0-9]+")) {
			if (w.length() > 1 && !FUNCTION_WORDS.contains(w)) {
				words.add(w);
			}
		}
		return words;
	}

	/** Jaccard index: shared words over all words, 0 when either has none. */
	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return (double) shared.size() / (a.size() + b.size() - shared.size());
	}

	/** Degrees of latitude and longitude spanning {@code metres} around {@code latitude}, for a bounding box. */
	static double[] box(double latitude, double metres) {
		double dLat = Math.toDegrees(metres / EARTH_RADIUS_METRES);
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(latitude)));
		return new double[] { dLat, dLon };
	}
}
