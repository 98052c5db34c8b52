package vn.gov.cantho.egov.feedback.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.feedback.DuplicateCandidate;
import vn.gov.cantho.egov.feedback.FeedbackState;

/**
 * Likely duplicates: items of the same field created in the last days (30 by default), within a radius (300 m) when
 * both have a pin or in the same ward otherwise, whose words are similar enough; best similarity first, then the
 * nearest, at most five; never the item itself nor merged or rejected ones. The database narrows by field, time and a
 * bounding box; distance and words are measured here.
 */
@Component
class Duplicates {

	static final int MAX_RESULTS = 5;
	static final int MAX_CANDIDATES = 500;

	private final JdbcClient jdbc;
	private final FeedbackProperties.Duplicates settings;
	private final Clock clock;

	Duplicates(JdbcClient jdbc, FeedbackProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.duplicates();
		this.clock = clock;
	}

	/** What is compared: the field, where, and the words of title and description. */
	record Probe(String number, String fieldCode, Double latitude, Double longitude, String unitCode, String text) {
	}

	private record Candidate(String number, String title, String description, FeedbackState state,
			Instant createdAt, Double latitude, Double longitude, String unitCode) {
	}

	/**
	 * @param states the states candidates may be in
	 * @param publicOnly only items the reporter let be published (for suggestions to the public)
	 */
	List<DuplicateCandidate> find(Probe probe, List<FeedbackState> states, boolean publicOnly) {
		if (probe.fieldCode() == null) {
			return List.of();
		}
		boolean pin = probe.latitude() != null && probe.longitude() != null;
		if (!pin && probe.unitCode() == null) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("""
				SELECT number, title, description, state, created_at, latitude, longitude, unit_code FROM feedback_item
				WHERE field_code = :field AND created_at >= :since AND state IN (:states)""");
		Map<String, Object> params = new HashMap<>();
		params.put("field", probe.fieldCode());
		params.put("since", Times.utc(clock.instant().minus(Duration.ofDays(settings.days()))));
		params.put("states", ItemViews.names(states));
		if (probe.number() != null) {
			sql.append(" AND number <> :self");
			params.put("self", probe.number());
		}
		if (publicOnly) {
			sql.append(" AND public_allowed = TRUE");
		}
		List<String> near = new ArrayList<>();
		if (pin) {
			double[] box = Similarity.box(probe.latitude(), settings.radiusMetres());
			near.add("(latitude BETWEEN :latMin AND :latMax AND longitude BETWEEN :lonMin AND :lonMax)");
			params.put("latMin", probe.latitude() - box[0]);
			params.put("latMax", probe.latitude() + box[0]);
			params.put("lonMin", probe.longitude() - box[1]);
			params.put("lonMax", probe.longitude() + box[1]);
		}
		if (probe.unitCode() != null) {
			near.add("(latitude IS NULL AND unit_code = :unit)");
			params.put("unit", probe.unitCode());
			if (!pin) {
				near.add("(unit_code = :unit)");
			}
		}
		sql.append(" AND (").append(String.join(" OR ", near)).append(")");
		sql.append(" ORDER BY created_at DESC LIMIT ").append(MAX_CANDIDATES);
		List<Candidate> candidates = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Candidate(rs.getString("number"), rs.getString("title"),
					rs.getString("description"), FeedbackState.valueOf(rs.getString("state")),
					ItemViews.instant(rs, "created_at"), rs.getObject("latitude", Double.class),
					rs.getObject("longitude", Double.class), rs.getString("unit_code")))
			.list();
		return rank(probe, candidates);
	}

	private List<DuplicateCandidate> rank(Probe probe, List<Candidate> candidates) {
		Set<String> words = Similarity.words(probe.text());
		List<DuplicateCandidate> found = new ArrayList<>();
		for (Candidate c : candidates) {
			Double distance = null;
			if (probe.latitude() != null && probe.longitude() != null && c.latitude() != null
					&& c.longitude() != null) {
				distance = Similarity.metres(probe.latitude(), probe.longitude(), c.latitude(), c.longitude());
				if (distance > settings.radiusMetres()) {
					continue;
				}
			}
			else if (probe.unitCode() == null || !probe.unitCode().equals(c.unitCode())) {
				continue;
			}
			double similarity = Similarity.jaccard(words, Similarity.words(c.title() + " " + c.description()));
			if (similarity >= settings.threshold()) {
				found.add(new DuplicateCandidate(c.number(), c.title(), c.state(), c.createdAt(), distance,
						Math.round(similarity * 1000) / 1000.0));
			}
		}
		found.sort(Comparator.comparingDouble(DuplicateCandidate::similarity)
			.reversed()
			.thenComparing(d -> d.distanceMetres() == null ? Double.MAX_VALUE : d.distanceMetres())
			.thenComparing(DuplicateCandidate::createdAt, Comparator.reverseOrder()));
		return found.size() <= MAX_RESULTS ? found : List.copyOf(found.subList(0, MAX_RESULTS));
	}
}
