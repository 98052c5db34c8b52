package vn.gov.cantho.egov.health.tracing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.cantho.egov.health.tracing.CheckInSource.Hit;
import vn.gov.cantho.egov.health.tracing.CheckInSource.PersonRange;

/**
 * Breadth-first, time-respecting tracing from a case: generation 1 (F1) are the people exposed by the case during its
 * infectious window; generation 2 (F2) the people exposed by an F1 after that F1's own first exposure and before the
 * window ends. Each person is kept once, at their lowest generation and earliest exposure; the case's person is never
 * a contact. Every step reads the check-ins of all its sources in one set (a few statements), never one query per
 * visit.
 */
public final class Tracer {

	/** Depth is capped: beyond F2 the lists grow too fast to be useful to anyone phoning people. */
	public static final int MAX_GENERATION = 2;

	private final CheckInSource checkIns;
	private final OverlapRule rule;
	private final List<Step> steps = new ArrayList<>();

	public Tracer(CheckInSource checkIns, OverlapRule rule) {
		this.checkIns = checkIns;
		this.rule = rule;
	}

	/**
	 * What one generation took, for the logs and the benchmark: sources, their visits, the exposing windows, the index
	 * ranges read for them (windows at one venue merged), the check-ins read, the people found, and the milliseconds
	 * of the two reads.
	 */
	public record Step(int generation, int sources, int visits, int windows, int scans, int hits, int found,
			long visitsMillis, long venuesMillis) {
	}

	/** The steps of the last {@link #trace} call. */
	public List<Step> steps() {
		return List.copyOf(steps);
	}

	/** Contacts of the person over the window, F1 first, each list in order of exposure. */
	public List<Contact> trace(long casePersonId, Interval window, int generations) {
		steps.clear();
		Map<Long, VenueRules> venues = new HashMap<>();
		Set<Long> known = new HashSet<>(Set.of(casePersonId));
		List<Contact> all = new ArrayList<>();
		Map<Long, Instant> sources = Map.of(casePersonId, window.from());
		for (int generation = 1; generation <= Math.min(generations, MAX_GENERATION) && !sources.isEmpty(); generation++) {
			List<Contact> found = generation(generation, sources, window.until(), known, venues);
			all.addAll(found);
			Map<Long, Instant> next = new LinkedHashMap<>();
			for (Contact contact : found) {
				known.add(contact.personId());
				next.put(contact.personId(), contact.overlap().from());
			}
			sources = next;
		}
		return all;
	}

	/** The people exposed by the sources (each counting from its own time), minus those already known. */
	private List<Contact> generation(int generation, Map<Long, Instant> sources, Instant horizon, Set<Long> known,
			Map<Long, VenueRules> venues) {
		List<PersonRange> ranges = new ArrayList<>();
		sources.forEach((person, from) -> ranges.add(new PersonRange(person, from.minus(rule.maxStay()), horizon)));
		long started = System.nanoTime();
		List<Visit> visits = checkIns.visitsOf(ranges);
		load(venues, visits.stream().map(Visit::venueId).toList());
		List<VenueScans.Window> windows = new ArrayList<>();
		for (Visit visit : visits) {
			VenueRules venue = venues.get(visit.venueId());
			if (venue == null) {
				continue;
			}
			Interval stay = rule.stay(visit.checkedInAt(), visit.checkedOutAt(), venue.defaultStayMinutes());
			Interval window = rule.exposingWindow(stay, sources.get(visit.personId()), horizon);
			if (window != null) {
				windows.add(new VenueScans.Window(visit.personId(), visit.venueId(), window, venue));
			}
		}
		List<VenueScans.Scan> scans = VenueScans.of(windows, rule.maxStay());
		long read = System.nanoTime();
		List<Hit> hits = scans.isEmpty() ? List.of()
				: checkIns.atVenues(scans.stream().map(VenueScans.Scan::range).toList());
		long done = System.nanoTime();
		Map<Long, Contact> earliest = new HashMap<>();
		for (Hit hit : hits) {
			Visit visit = hit.visit();
			if (known.contains(visit.personId()) || sources.containsKey(visit.personId())) {
				continue;
			}
			for (VenueScans.Window source : scans.get(hit.range()).windows()) {
				Interval stay = rule.stay(visit.checkedInAt(), visit.checkedOutAt(), source.venue().defaultStayMinutes());
				Interval overlap = rule.exposure(source.window(), stay, source.venue().minOverlapMinutes());
				if (overlap != null) {
					earliest.merge(visit.personId(),
							new Contact(visit.personId(), generation, source.venueId(), overlap, source.personId(), 1),
							Tracer::earlier);
				}
			}
		}
		steps.add(new Step(generation, sources.size(), visits.size(), windows.size(), scans.size(), hits.size(),
				earliest.size(), (read - started) / 1_000_000, (done - read) / 1_000_000));
		return earliest.values().stream().sorted(ORDER).toList();
	}

	private void load(Map<Long, VenueRules> venues, List<Long> ids) {
		Set<Long> missing = new HashSet<>(ids);
		missing.removeAll(venues.keySet());
		if (!missing.isEmpty()) {
			venues.putAll(checkIns.venues(missing));
		}
	}

	static final Comparator<Contact> ORDER = Comparator.comparingInt(Contact::generation)
		.thenComparing(c -> c.overlap().from())
		.thenComparingLong(Contact::personId);

	/** The earlier exposure (then the longer, then the lower venue id: the same answer whatever the row order). */
	static Contact earlier(Contact a, Contact b) {
		int exposures = a.exposures() + b.exposures();
		Comparator<Contact> order = Comparator.<Contact, Instant>comparing(c -> c.overlap().from())
			.thenComparing(c -> c.overlap().length(), Comparator.reverseOrder())
			.thenComparingLong(Contact::venueId)
			.thenComparingLong(Contact::viaPersonId);
		Contact first = order.compare(a, b) <= 0 ? a : b;
		return new Contact(first.personId(), first.generation(), first.venueId(), first.overlap(),
				first.viaPersonId(), exposures);
	}
}
