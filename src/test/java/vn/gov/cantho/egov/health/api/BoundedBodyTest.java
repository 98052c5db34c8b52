package vn.gov.cantho.egov.health.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.Test;

/** A body without a declared length (chunked) is still cut at its bound. */
class BoundedBodyTest {

	@Test
	void readsUpToTheBoundAndRefusesBeyond() throws IOException {
		try (BoundedBody body = new BoundedBody(new ByteArrayInputStream(new byte[100]), 100)) {
			assertThat(body.readAllBytes()).hasSize(100);
		}
		try (BoundedBody body = new BoundedBody(new ByteArrayInputStream(new byte[101]), 100)) {
			assertThatThrownBy(body::readAllBytes).isInstanceOf(BoundedBody.TooLarge.class);
		}
		try (BoundedBody body = new BoundedBody(new ByteArrayInputStream(new byte[101]), 100)) {
			for (int i = 0; i < 100; i++) {
				body.read();
			}
			assertThatThrownBy(body::read).isInstanceOf(BoundedBody.TooLarge.class);
		}
	}
}
