package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small random town for tracing tests: a few venues with random default stays and thresholds, a few dozen people
 * with visits over five days (some without check-out, many across local midnight), person 1 being the case. It also
 * serves its check-ins the way the database does ({@link CheckInSource}) and answers tracing the slow, obvious way,
 * pair by pair, as the reference the tracer must agree with.
 */
final class TracingWorld implements CheckInSource {

	final Map<Long, VenueRules> venues = new LinkedHashMap<>();
	final List<Visit> visits = new ArrayList<>();
	final long casePerson = 1;
	final Interval window;

	TracingWorld(Interval window) {
		this.window = window;
	}

	static TracingWorld random(long seed, Instant start) {
		Random random = new Random(seed);
		TracingWorld world = new TracingWorld(new Interval(start, start.plus(Duration.ofDays(3))));
		int venueCount = 3 + random.nextInt(5);
		for (long v = 1; v <= venueCount; v++) {
			world.venues.put(v, new VenueRules(5 + random.nextInt(240), random.nextInt(4) == 0 ? 0 : random.nextInt(45)));
		}
		int people = 20 + random.nextInt(40);
		for (long person = 1; person <= people; person++) {
			int count = person == world.casePerson ? 6 + random.nextInt(8) : 2 + random.nextInt(8);
			for (int i = 0; i < count; i++) {
				Instant in = start.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(random.nextInt(60 * 24 * 5)));
				Instant out = random.nextInt(10) < 4 ? null : in.plus(Duration.ofMinutes(random.nextInt(random.nextInt(10) == 0 ? 1800 : 300)));
				world.visits.add(new Visit(person, 1 + random.nextInt(venueCount), in, out));
			}
		}
		return world;
	}

	TracingWorld venue(long id, int defaultStay, int minOverlap) {
		venues.put(id, new VenueRules(defaultStay, minOverlap));
		return this;
	}

	TracingWorld visit(long person, long venue, Instant in, Instant out) {
		visits.add(new Visit(person, venue, in, out));
		return this;
	}

	@Override
	public List<Visit> visitsOf(List<PersonRange> people) {
		List<Visit> found = new ArrayList<>();
		for (PersonRange range : people) {
			visits.stream()
				.filter(v -> v.personId() == range.personId() && !v.checkedInAt().isBefore(range.from())
						&& v.checkedInAt().isBefore(range.until()))
				.forEach(found::add);
		}
		return found;
	}

	@Override
	public List<Hit> atVenues(List<VenueRange> ranges) {
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			VenueRange range = ranges.get(i);
			for (Visit v : visits) {
				if (v.venueId() == range.venueId() && !v.checkedInAt().isBefore(range.from())
						&& v.checkedInAt().isBefore(range.until()) && (!v.checkedInAt().isBefore(range.stayFloor())
								|| (v.checkedOutAt() != null && v.checkedOutAt().isAfter(range.windowFrom())))) {
					hits.add(new Hit(i, v));
				}
			}
		}
		return hits;
	}

	@Override
	public Map<Long, VenueRules> venues(Collection<Long> venueIds) {
		Map<Long, VenueRules> found = new HashMap<>();
		venueIds.forEach(id -> found.put(id, venues.get(id)));
		return found;
	}

	/** What tracing must find, computed pair by pair with no range or pre-filter: person to (generation, earliest). */
	Map<Long, Expected> naive(OverlapRule rule) {
		Map<Long, Expected> f1 = exposedBy(rule, Map.of(casePerson, window.from()), Map.of(), 1);
		Map<Long, Instant> sources = new HashMap<>();
		f1.forEach((person, e) -> sources.put(person, e.from()));
		Map<Long, Expected> all = new HashMap<>(f1);
		exposedBy(rule, sources, f1, 2).forEach(all::putIfAbsent);
		return all;
	}

	record Expected(int generation, Instant from) {
	}

	private Map<Long, Expected> exposedBy(OverlapRule rule, Map<Long, Instant> sources, Map<Long, Expected> before,
			int generation) {
		Map<Long, Expected> found = new HashMap<>();
		for (Visit source : visits) {
			Instant notBefore = sources.get(source.personId());
			if (notBefore == null) {
				continue;
			}
			VenueRules venue = venues.get(source.venueId());
			Interval exposing = rule.exposingWindow(
					rule.stay(source.checkedInAt(), source.checkedOutAt(), venue.defaultStayMinutes()), notBefore,
					window.until());
			if (exposing == null) {
				continue;
			}
			for (Visit other : visits) {
				if (other.venueId() != source.venueId() || other.personId() == casePerson
						|| sources.containsKey(other.personId()) || before.containsKey(other.personId())) {
					continue;
				}
				Interval overlap = rule.exposure(exposing,
						rule.stay(other.checkedInAt(), other.checkedOutAt(), venue.defaultStayMinutes()),
						venue.minOverlapMinutes());
				if (overlap != null) {
					found.merge(other.personId(), new Expected(generation, overlap.from()),
							(a, b) -> a.from().isAfter(b.from()) ? b : a);
				}
			}
		}
		return found;
	}

	static final Comparator<Visit> BY_TIME = Comparator.comparing(Visit::checkedInAt);
}
