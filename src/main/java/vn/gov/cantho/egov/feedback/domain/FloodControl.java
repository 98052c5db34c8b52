package vn.gov.cantho.egov.feedback.domain;

import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.cantho.egov.feedback.FloodRefused;
import vn.gov.cantho.egov.shared.WindowCounter;

/**
 * Flood control shared by every node: hits per phone and per address in fixed windows, counted in
 * {@code feedback_intake_rate} so a burst from one phone or address cannot slip past it between nodes. Only accepted
 * submissions count: the check runs after the item's rules passed.
 */
@Component
class FloodControl {

	private final WindowCounter counter;
	private final FeedbackProperties.Rate rate;

	FloodControl(JdbcClient jdbc, PlatformTransactionManager transactions, FeedbackProperties properties,
			DataSource dataSource) {
		this.rate = properties.rate();
		this.counter = new WindowCounter(jdbc, transactions, dataSource, "feedback_intake_rate", rate.window(),
				rate.secret());
	}

	/**
	 * Counts one submission for the phone (when given) and the client address (unless exempt or a staff channel).
	 * @throws FloodRefused when either limit is already reached in the current window
	 */
	void count(String phone, String clientAddress, boolean staffChannel, Instant now) {
		WindowCounter.Window window = counter.window(now);
		if (phone != null && counter.hit("phone:" + phone, window) > rate.perPhone()) {
			throw new FloodRefused("reporter.phone", window.retryAfterSeconds(), rate.perPhone());
		}
		String address = clientAddress == null ? null : clientAddress.trim();
		if (!staffChannel && address != null && !address.isEmpty() && !rate.exemptAddresses().contains(address)
				&& counter.hit("address:" + address, window) > rate.perAddress()) {
			throw new FloodRefused("clientAddress", window.retryAfterSeconds(), rate.perAddress());
		}
	}

	/** Forgets windows that ended before {@code now}. */
	int deleteOld(Instant now) {
		return counter.forgetEnded(now);
	}
}
