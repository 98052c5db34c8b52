package vn.gov.cantho.egov.health.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Windows at one venue whose look-back ranges meet are read as one range; others stay apart. */
class VenueScansTest {

	static final Instant DAY = Instant.parse("2027-03-01T00:00:00Z");
	static final Duration MAX_STAY = Duration.ofHours(24);
	static final VenueRules SHOP = new VenueRules(30, 15);
	static final VenueRules MARKET = new VenueRules(45, 30);

	@Test
	void windowsAtOneVenueWithinAMaximumStayOfEachOtherAreOneRange() {
		VenueScans.Window morning = window(1, 7, hours(8), hours(9));
		VenueScans.Window nextDay = window(2, 7, hours(30), hours(31));
		VenueScans.Window elsewhere = window(3, 8, hours(8), hours(9));
		VenueScans.Window weekLater = window(4, 7, hours(24 * 7), hours(24 * 7 + 1));
		List<VenueScans.Scan> scans = VenueScans.of(List.of(weekLater, elsewhere, nextDay, morning), MAX_STAY);
		assertThat(scans).hasSize(3);
		VenueScans.Scan merged = scans.get(0);
		assertThat(merged.windows()).containsExactly(morning, nextDay);
		assertThat(merged.range().venueId()).isEqualTo(7);
		assertThat(merged.range().from()).isEqualTo(hours(8).minus(MAX_STAY));
		assertThat(merged.range().until()).isEqualTo(hours(31));
		assertThat(merged.range().windowFrom()).isEqualTo(hours(8));
		assertThat(merged.range().stayFloor()).isEqualTo(hours(8).minus(Duration.ofMinutes(30)));
		assertThat(scans.get(1).windows()).containsExactly(weekLater);
		assertThat(scans.get(2).windows()).containsExactly(elsewhere);
		assertThat(scans.get(2).range().stayFloor()).isEqualTo(hours(8).minus(Duration.ofMinutes(45)));
	}

	@Test
	void aWindowInsideAnotherDoesNotShortenTheRange() {
		VenueScans.Window all = window(1, 7, hours(8), hours(20));
		VenueScans.Window inside = window(2, 7, hours(9), hours(10));
		VenueScans.Scan scan = VenueScans.of(List.of(all, inside), MAX_STAY).get(0);
		assertThat(scan.range().until()).isEqualTo(hours(20));
		assertThat(scan.windows()).hasSize(2);
		assertThat(VenueScans.of(List.of(), MAX_STAY)).isEmpty();
	}

	static VenueScans.Window window(long person, long venue, Instant from, Instant until) {
		return new VenueScans.Window(person, venue, new Interval(from, until), venue == 8 ? MARKET : SHOP);
	}

	static Instant hours(long hours) {
		return DAY.plus(Duration.ofHours(hours));
	}
}
