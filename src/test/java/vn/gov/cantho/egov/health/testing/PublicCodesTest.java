package vn.gov.cantho.egov.health.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Registration and sample codes: their form, their randomness and how typed codes are read. */
class PublicCodesTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@Test
	void aRegistrationCodeCarriesThePrefixTheDayAndSixUnambiguousCharacters() {
		String code = PublicCodes.dated(PublicCodes.REGISTRATION, DAY, c -> false);
		assertThat(code).matches("XN-261127-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}").hasSize(16);
		assertThat(PublicCodes.dated(PublicCodes.SAMPLE, DAY, c -> false)).startsWith("MX-261127-");
		assertThat(PublicCodes.site(c -> false)).matches("DXN-[2-9A-HJ-NP-Z]{6}");
	}

	@Test
	void codesAreRandomNotCounted() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			codes.add(PublicCodes.dated(PublicCodes.REGISTRATION, DAY, c -> false));
		}
		assertThat(codes).hasSize(2000);
	}

	@Test
	void aTakenCodeIsDrawnAgain() {
		AtomicInteger asked = new AtomicInteger();
		String code = PublicCodes.dated(PublicCodes.REGISTRATION, DAY, c -> asked.incrementAndGet() < 3);
		assertThat(asked).hasValue(3);
		assertThat(code).startsWith("XN-261127-");
		assertThatThrownBy(() -> PublicCodes.dated(PublicCodes.REGISTRATION, DAY, c -> true))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void typedCodesAreReadWithoutSpacesInCapitals() {
		assertThat(PublicCodes.normalise(" xn-261127-7kq3md ")).isEqualTo("XN-261127-7KQ3MD");
		assertThat(PublicCodes.normalise(null)).isEmpty();
	}
}
