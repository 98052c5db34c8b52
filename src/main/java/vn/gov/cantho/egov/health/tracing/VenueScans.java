package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.gov.cantho.egov.health.tracing.CheckInSource.VenueRange;

/**
 * The index ranges to read for a set of exposing windows. Each window needs the venue's check-ins from a maximum stay
 * before it to its end; windows at the same venue whose ranges meet are read as one range, so a busy venue visited by
 * many sources (or by one source day after day, whose 24-hour look-backs overlap) is read once rather than once per
 * window. Every row of a merged range is then held against each of its windows.
 */
final class VenueScans {

	/** One source's exposing window at a venue. */
	record Window(long personId, long venueId, Interval window, VenueRules venue) {
	}

	/** One range to read and the windows its rows are held against. */
	record Scan(VenueRange range, List<Window> windows) {
	}

	private VenueScans() {
	}

	static List<Scan> of(List<Window> windows, Duration maxStay) {
		List<Window> sorted = new ArrayList<>(windows);
		sorted.sort(Comparator.comparingLong(Window::venueId).thenComparing(w -> w.window().from()));
		List<Scan> scans = new ArrayList<>();
		List<Window> members = new ArrayList<>();
		Instant from = null;
		Instant until = null;
		for (Window window : sorted) {
			Instant start = window.window().from().minus(maxStay);
			boolean sameRange = !members.isEmpty() && members.get(0).venueId() == window.venueId()
					&& !start.isAfter(until);
			if (!sameRange && !members.isEmpty()) {
				scans.add(scan(members, from, until));
				members = new ArrayList<>();
			}
			if (members.isEmpty()) {
				from = start;
				until = window.window().until();
			}
			else if (window.window().until().isAfter(until)) {
				until = window.window().until();
			}
			members.add(window);
		}
		if (!members.isEmpty()) {
			scans.add(scan(members, from, until));
		}
		return scans;
	}

	/**
	 * The range of the merged windows. Its pre-filter keeps a row that any window could need: checked in after the
	 * earliest default-stay floor, or checked out after the earliest window began.
	 */
	private static Scan scan(List<Window> members, Instant from, Instant until) {
		Instant floor = null;
		Instant windowFrom = null;
		for (Window w : members) {
			Instant own = w.window().from().minusSeconds(60L * w.venue().defaultStayMinutes());
			floor = floor == null || own.isBefore(floor) ? own : floor;
			windowFrom = windowFrom == null || w.window().from().isBefore(windowFrom) ? w.window().from() : windowFrom;
		}
		return new Scan(new VenueRange(members.get(0).venueId(), from, until, floor, windowFrom), List.copyOf(members));
	}
}
