package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A positive test opens a case infectious from two days before the sample (MoH 11042/BYT-DP). */
class InfectiousWindowTest {

	@Test
	void theWindowStartsTwoDaysBeforeTheSample() {
		assertThat(LabResults.infectiousFrom(Instant.parse("2026-11-27T02:15:00Z")))
			.isEqualTo(Instant.parse("2026-11-25T02:15:00Z"));
	}
}
