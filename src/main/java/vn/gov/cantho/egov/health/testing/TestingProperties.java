package vn.gov.cantho.egov.health.testing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.health.testing}.
 *
 * @param retention how long a registration, its sample and its result are kept after their last activity (the result,
 * the sample, or the slot): 90 days by default, what the Corona-Warn-App test-result server documents
 * @param cleanupCron when the expired registrations, slots and lookup counters are deleted (Vietnam time)
 * @param publicUrl the portal's public address, for the link to the result page in messages
 * @param lookup flood control of the public result lookup
 */
@ConfigurationProperties("egov.health.testing")
public record TestingProperties(@DefaultValue("90d") Duration retention,
		@DefaultValue("0 20 3 * * *") String cleanupCron, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue Lookup lookup) {

	/**
	 * At most {@code perAddress} lookups per client address and {@code perCode} per registration code in each
	 * {@code window}: the date of birth has only some 36,500 values, so both a single address trying many dates and
	 * many addresses trying one code are stopped. Addresses in {@code exemptAddresses} (none by default) are not
	 * limited by address. Keys are stored as HMACs under {@code secret}, never the address or code.
	 */
	public record Lookup(@DefaultValue("20") int perAddress, @DefaultValue("10") int perCode,
			@DefaultValue("1h") Duration window, List<String> exemptAddresses,
			@DefaultValue("egov-health-test-lookup") String secret) {

		public Lookup {
			exemptAddresses = exemptAddresses == null ? List.of() : List.copyOf(exemptAddresses);
		}
	}
}
