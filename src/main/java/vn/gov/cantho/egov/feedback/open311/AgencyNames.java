package vn.gov.cantho.egov.feedback.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cantho.egov.directory.AgencyDirectory;
import vn.gov.cantho.egov.directory.AgencyView;

/**
 * Names of agencies for agency_responsible. A thousand requests name a few dozen agencies: the directory is read once
 * every few minutes per node instead of once per request, and a renamed agency shows its new name soon after.
 */
@Component
class AgencyNames {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final AgencyDirectory directory;
	private final Clock clock;
	private volatile Snapshot snapshot;

	AgencyNames(AgencyDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The agency's name in the caller's language; its code when the directory does not know it. */
	String name(String code, Locale locale) {
		if (code == null) {
			return null;
		}
		AgencyView agency = current().byCode().get(code);
		if (agency == null) {
			return code;
		}
		return Services.english(locale) && agency.nameEn() != null ? agency.nameEn() : agency.name();
	}

	private Snapshot current() {
		Snapshot kept = snapshot;
		Instant now = clock.instant();
		if (kept == null || kept.loadedAt().plus(KEPT).isBefore(now)) {
			kept = new Snapshot(now, directory.agencies()
				.stream()
				.collect(Collectors.toUnmodifiableMap(AgencyView::code, Function.identity(), (a, b) -> a)));
			snapshot = kept;
		}
		return kept;
	}

	private record Snapshot(Instant loadedAt, Map<String, AgencyView> byCode) {
	}
}
