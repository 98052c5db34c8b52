package vn.gov.cantho.egov.health.testing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.gov.cantho.egov.IntegrationTest;

/**
 * The public lookup is flood-limited per client address (trying many dates of birth from one place) and per code
 * (trying one code from many places), with Retry-After. Addresses are random documentation addresses (2001:db8::/32),
 * so reruns within the hour on a shared database start from zero.
 */
@IntegrationTest
class LookupFloodTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TestingProperties properties;

	@Test
	void oneAddressTryingManyCodesIsStopped() throws Exception {
		String address = randomAddress();
		for (int i = 0; i < properties.lookup().perAddress(); i++) {
			lookup(address, "XN-000101-" + String.format("%06d", i)).andExpect(status().isNotFound());
		}
		lookup(address, "XN-000101-ZZZZZZ").andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.code").value("health.testing.too-many-lookups"));
	}

	@Test
	void oneCodeTriedFromManyAddressesIsStopped() throws Exception {
		TestingFixtures fx = new TestingFixtures(mvc, jdbc, clock);
		String citizen = fx.citizen();
		fx.declare(citizen);
		String code = fx.register(citizen, fx.site(2));
		for (int i = 0; i < properties.lookup().perCode(); i++) {
			lookup(randomAddress(), code).andExpect(status().isNotFound());
		}
		lookup(randomAddress(), code).andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.field").value("code"));
	}

	private ResultActions lookup(String address, String code) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(TestingFixtures.BASE + "/lookup")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + code + "\",\"dateOfBirth\":\"1901-01-01\"}")
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

	private static String randomAddress() {
		byte[] bytes = new byte[8];
		ThreadLocalRandom.current().nextBytes(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
	}
}
