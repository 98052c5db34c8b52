package vn.gov.cantho.egov.health.testing;

import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.cantho.egov.shared.WindowCounter;

/**
 * Flood control of the public result lookup, shared by every node: hits per client address and per code in fixed
 * windows, counted in {@code health_test_lookup_rate} whether the lookup then succeeds or not (a wrong date of birth is
 * exactly what must be counted).
 */
@Component
class LookupFlood {

	private final WindowCounter counter;
	private final TestingProperties.Lookup rate;

	LookupFlood(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource,
			TestingProperties properties) {
		this.rate = properties.lookup();
		this.counter = new WindowCounter(jdbc, transactions, dataSource, "health_test_lookup_rate", rate.window(),
				rate.secret());
	}

	/**
	 * Counts one lookup for the address (unless exempt) and for the code.
	 * @throws LookupRefused when either limit is passed in the current window
	 */
	void count(String clientAddress, String code, Instant now) {
		WindowCounter.Window window = counter.window(now);
		String address = clientAddress == null ? "" : clientAddress.strip();
		if (!address.isEmpty() && !rate.exemptAddresses().contains(address)
				&& counter.hit("address:" + address, window) > rate.perAddress()) {
			throw new LookupRefused("clientAddress", window.retryAfterSeconds());
		}
		if (counter.hit("code:" + code, window) > rate.perCode()) {
			throw new LookupRefused("code", window.retryAfterSeconds());
		}
	}

	/** Forgets windows that ended before {@code now}. */
	int deleteOld(Instant now) {
		return counter.forgetEnded(now);
	}
}
