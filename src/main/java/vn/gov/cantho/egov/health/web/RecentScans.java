package vn.gov.cantho.egov.health.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The last scans of one checkpoint device (its web session), newest first, and the device id its check-ins carry.
 * With JavaScript the page keeps its own list on screen as results arrive; this one serves the page without it and
 * recognises a code scanned again within the repeat window.
 */
final class RecentScans {

	private static final String SCANS = "health.web.recentScans";
	private static final String DEVICE = "health.web.deviceId";

	private RecentScans() {
	}

	@SuppressWarnings("unchecked")
	static List<ScanResult> of(HttpSession session, String venueCode) {
		Object kept = session.getAttribute(SCANS);
		List<ScanResult> all = kept instanceof ArrayList<?> list ? (List<ScanResult>) list : List.of();
		return all.stream().filter(r -> r.venueCode().equals(venueCode)).toList();
	}

	/** Whether the same person was accepted at this venue within {@code window} before {@code now}. */
	static boolean repeated(HttpSession session, String venueCode, String personRef, Instant now, Duration window) {
		return of(session, venueCode).stream()
			.anyMatch(r -> r.outcome() != ScanResult.Outcome.REFUSED && personRef.equals(r.personRef())
					&& r.at().isAfter(now.minus(window)));
	}

	@SuppressWarnings("unchecked")
	static void add(HttpSession session, ScanResult result, int kept) {
		Object old = session.getAttribute(SCANS);
		ArrayList<ScanResult> all = new ArrayList<>();
		all.add(result);
		if (old instanceof ArrayList<?> list) {
			all.addAll((List<ScanResult>) list);
		}
		while (all.size() > kept) {
			all.remove(all.size() - 1);
		}
		session.setAttribute(SCANS, all);
	}

	/** A random id for this device's check-ins, born with its session: it names no person and no account. */
	static String deviceId(HttpSession session) {
		Object id = session.getAttribute(DEVICE);
		if (id instanceof String text) {
			return text;
		}
		String made = "web-" + UUID.randomUUID();
		session.setAttribute(DEVICE, made);
		return made;
	}
}
