package vn.gov.cantho.egov.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** W3C datetimes as clients send them, and what is not one. */
class RequestFiltersTest {

	@ParameterizedTest
	@CsvSource({ "2026-11-27T08:15:30+07:00, 2026-11-27T01:15:30Z", "2026-11-27T01:15:30Z, 2026-11-27T01:15:30Z",
			"2026-11-27T08:15+07:00, 2026-11-27T01:15:00Z", "2026-11-27T08:15:30.250+07:00, 2026-11-27T01:15:30.250Z",
			"'2026-11-27T08:15:30 07:00', 2026-11-27T01:15:30Z", "2026-11-27T08:15:30, 2026-11-27T01:15:30Z",
			"2026-11-27, 2026-11-26T17:00:00Z", "2010-01-01T00:00:00-05:00, 2010-01-01T05:00:00Z" })
	void readsTheW3cProfile(String sent, String expected) {
		assertThat(RequestFilters.parse(sent, false)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "27/11/2026", "2026-13-01", "yesterday", "2026-11-27T25:00:00Z", "1732671330",
			"2026-11-27T08:15:30+0700x" })
	void refusesWhatIsNotADatetime(String sent) {
		assertThat(RequestFilters.parse(sent, false)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-27" })
	void aDayEndingThePeriodCountsWhole(String sent) {
		assertThat(RequestFilters.parse(sent, true)).isEqualTo(Instant.parse("2026-11-27T16:59:59.999999Z"));
	}
}
