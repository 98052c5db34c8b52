package vn.gov.cantho.egov.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The regex-free bearer token reader answers as Spring Security's own on seeded random Authorization headers: the same
 * token, no token, or the same refusal of a malformed one.
 */
class BearerTokensTest {

	static final String CHARS = "aZ09-._~+/=  \t!%éBearerbEARER";
	static final String[] PREFIXES = { "Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "Bearerx ",
			"", " Bearer " };

	final BearerTokenResolver fast = new BearerTokens().bearerTokenResolver();
	final BearerTokenResolver spring = new DefaultBearerTokenResolver();

	static LongStream seeds() {
		return LongStream.range(0, 400);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void sameAnswerAsSpringSecurity(long seed) {
		Random random = new Random(seed);
		StringBuilder header = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			// Mostly token characters, so that well-formed tokens come up often.
			header.append(random.nextInt(4) > 0 ? "aZ09-._~+/".charAt(random.nextInt(10))
					: CHARS.charAt(random.nextInt(CHARS.length())));
		}
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/health/check-ins");
		request.addHeader("Authorization", header.toString());
		assertThat(answer(fast, request)).as("[%s]", header).isEqualTo(answer(spring, request));
	}

	private static String answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
		try {
			return "token:" + resolver.resolve(request);
		}
		catch (OAuth2AuthenticationException e) {
			return "refused:" + e.getError().getErrorCode() + ":" + e.getError().getDescription();
		}
	}
}
