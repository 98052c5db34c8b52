package vn.gov.cantho.egov.feedback.domain;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.feedback}.
 *
 * @param reopenDays days after the answer during which the reporter may reopen an item; then it closes
 * @param defaultDeadlineDays working days to answer an item that has no field yet (Zalo, Facebook)
 * @param photoExpiry how long an uploaded photo waits to be attached to an item before it is deleted
 * @param cleanupInterval pause between two runs of the photo and flood-counter clean-up
 * @param jobsCron when escalation and automatic closing run (Vietnam time)
 * @param rate flood control
 * @param duplicates duplicate suggestions
 */
@ConfigurationProperties("egov.feedback")
public record FeedbackProperties(@DefaultValue("7") int reopenDays, @DefaultValue("10") int defaultDeadlineDays,
		@DefaultValue("24h") Duration photoExpiry, @DefaultValue("1h") Duration cleanupInterval,
		@DefaultValue("0 */10 * * * *") String jobsCron, @DefaultValue Rate rate,
		@DefaultValue Duplicates duplicates) {

	/**
	 * Flood control: at most {@code perPhone} items per reporter phone and {@code perAddress} per client address in
	 * each {@code window}. Addresses in {@code exemptAddresses} (the machine itself: benchmarks, local tools) and the
	 * staff channels (hotline, in person) are not limited by address. Keys are stored as HMACs under {@code secret}.
	 */
	public record Rate(@DefaultValue("5") int perPhone, @DefaultValue("30") int perAddress,
			@DefaultValue("1h") Duration window,
			@DefaultValue({ "127.0.0.1", "0:0:0:0:0:0:0:1", "::1" }) List<String> exemptAddresses,
			@DefaultValue("egov-feedback-flood-control") String secret) {
	}

	/**
	 * Likely duplicates: same field, created within {@code days}, within {@code radiusMetres} when both have a pin (same
	 * ward otherwise), with word similarity at least {@code threshold} (0 to 1).
	 */
	public record Duplicates(@DefaultValue("30") int days, @DefaultValue("300") int radiusMetres,
			@DefaultValue("0.25") double threshold) {
	}
}
