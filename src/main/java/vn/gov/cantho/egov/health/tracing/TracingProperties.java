package vn.gov.cantho.egov.health.tracing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code egov.health.tracing}. How long results are kept is {@code egov.health.retention.tracing}.
 *
 * @param lingering how long after a source left the venue others arriving still count as exposed (the air lingers);
 * CWA extends a warning by up to 30 minutes of aerosol decay
 * @param maxStay the longest stay counted: a check-out later than this after the check-in is cut to it, and it bounds
 * how far back before a window the check-ins are read (so the index range is known and a stay that began the day
 * before, in the previous daily partition, is still found)
 * @param maxWindow the longest infectious window a case may have
 * @param futureSkew how far past the clock a window may end (clock skew between devices)
 * @param cleanupInterval pause between two deletions of results past their retention
 * @param chunk windows sent in one query (a VALUES list), so thousands of F1 visits take a few statements
 */
@ConfigurationProperties("egov.health.tracing")
public record TracingProperties(@DefaultValue("30m") Duration lingering, @DefaultValue("24h") Duration maxStay,
		@DefaultValue("28d") Duration maxWindow, @DefaultValue("5m") Duration futureSkew,
		@DefaultValue("1h") Duration cleanupInterval, @DefaultValue("500") int chunk) {

	public TracingProperties {
		if (lingering.isNegative() || maxStay.isZero() || maxStay.isNegative() || maxWindow.isZero() || maxWindow.isNegative() || chunk < 1) {
			throw new IllegalArgumentException("egov.health.tracing: lingering >= 0, max-stay, max-window > 0, chunk >= 1");
		}
	}

	/** The settings a unit test uses when no Spring context is around. */
	public static TracingProperties defaults() {
		return new TracingProperties(Duration.ofMinutes(30), Duration.ofHours(24), Duration.ofDays(28),
				Duration.ofMinutes(5), Duration.ofHours(1), 500);
	}
}
