package vn.gov.cantho.egov.health.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the outbreak pages.
 *
 * @param repeatScanWindow a code scanned again at the same checkpoint within this time is a repeat (a scanner that
 *        read twice, a person shown twice), reported as such and not recorded again
 * @param recentScans how many of the last scans the checkpoint page keeps on screen
 * @param retention how long check-ins and declarations are kept, as told to people (the retention part's setting)
 */
@ConfigurationProperties("egov.health.web")
public record HealthWebProperties(Duration repeatScanWindow, int recentScans, Duration retention) {

	public HealthWebProperties {
		repeatScanWindow = repeatScanWindow == null ? Duration.ofMinutes(5) : repeatScanWindow;
		recentScans = recentScans <= 0 ? 10 : recentScans;
		retention = retention == null ? Duration.ofDays(21) : retention;
	}

	public long retentionDays() {
		return Math.max(1, retention.toDays());
	}
}
