package vn.gov.cantho.egov.health.testing;

import java.time.Instant;

/** A time slot at a site: named by the site and its start, with how many places it has and how many are taken. */
public record TestSlot(String siteCode, Instant startsAt, Instant endsAt, int capacity, int booked) {

	public int free() {
		return Math.max(0, capacity - booked);
	}
}
