package vn.gov.cantho.egov.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** 30 s, 60 s, 120 s ... up to the cap; exhausted at the maximum number of attempts. */
class RetryPolicyTest {

	final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);

	@Test
	void delaysDoubleFromTheBase() {
		assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
		assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void delaysAreCapped() {
		assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void exhaustedAtTheMaximumAttempts() {
		assertThat(policy.exhausted(7)).isFalse();
		assertThat(policy.exhausted(8)).isTrue();
	}
}
