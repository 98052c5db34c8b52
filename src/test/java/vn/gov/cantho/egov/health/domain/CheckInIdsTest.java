package vn.gov.cantho.egov.health.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Ids of check-ins: named ones repeat for the same name only; others are time-ordered version-7 UUIDs, all distinct. */
class CheckInIdsTest {

	@Test
	void namedIdsDependOnTheDeviceOrTheAccountAndTheOwnId() {
		UUID device = CheckInRules.derivedId("scanner-1", "checkpoint", "42");
		assertThat(CheckInRules.derivedId("scanner-1", "health", "42")).isEqualTo(device);
		assertThat(CheckInRules.derivedId("scanner-2", "checkpoint", "42")).isNotEqualTo(device);
		assertThat(CheckInRules.derivedId(null, "checkpoint", "42"))
			.isNotEqualTo(device)
			.isEqualTo(CheckInRules.derivedId(null, "checkpoint", "42"))
			.isNotEqualTo(CheckInRules.derivedId(null, "health", "42"));
		assertThat(device.version()).isEqualTo(3);
	}

	@Test
	void unnamedIdsAreVersion7InTimeOrderAndDistinct() {
		Instant at = Instant.parse("2026-11-27T03:00:00.123Z");
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			ids.add(CheckInRules.newId(at));
		}
		assertThat(ids).hasSize(100_000);
		UUID first = CheckInRules.newId(at);
		assertThat(first.version()).isEqualTo(7);
		assertThat(first.variant()).isEqualTo(2);
		assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
		UUID later = CheckInRules.newId(at.plusMillis(1));
		assertThat(Long.compareUnsigned(later.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();
	}
}
